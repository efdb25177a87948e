/**
 * One map edit that can be taken back. `undo` and `redo` run against the store again, so they
 * look up current versions themselves rather than holding the ones seen when the edit was made.
 */
export type UndoCommand = {
  /** Translated, e.g. "move Zhang Wei"; shown in the undo/redo tooltips. */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
};

export type UndoState = {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  /** An undo or redo is on its way; further ones wait their turn rather than interleave. */
  busy: boolean;
};

export type UndoStack = {
  push: (command: UndoCommand) => void;
  /** 'empty' when there was nothing to undo; rejects (and keeps the command) when it failed. */
  undo: () => Promise<'done' | 'empty'>;
  redo: () => Promise<'done' | 'empty'>;
  clear: () => void;
  getState: () => UndoState;
  subscribe: (listener: () => void) => () => void;
};

/** A plain undo/redo history; a new edit clears what could be redone. */
export function createUndoStack(limit = 100): UndoStack {
  const past: UndoCommand[] = [];
  const future: UndoCommand[] = [];
  const listeners = new Set<() => void>();
  let busy = 0;
  let queue: Promise<unknown> = Promise.resolve();
  let state = snapshot();

  function snapshot(): UndoState {
    return {
      canUndo: past.length > 0,
      canRedo: future.length > 0,
      undoLabel: past.at(-1)?.label ?? null,
      redoLabel: future.at(-1)?.label ?? null,
      busy: busy > 0,
    };
  }
  function emit() {
    state = snapshot();
    for (const l of listeners) l();
  }

  // Undo and redo run one after another: pressing Ctrl+Z three times undoes three edits in order.
  function step(from: UndoCommand[], to: UndoCommand[], run: 'undo' | 'redo') {
    busy += 1;
    emit();
    const go = async (): Promise<'done' | 'empty'> => {
      const command = from.pop();
      if (!command) return 'empty';
      try {
        await command[run]();
      } catch (error) {
        from.push(command);
        throw error;
      }
      to.push(command);
      return 'done';
    };
    const next = queue.then(go, go).finally(() => {
      busy -= 1;
      emit();
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return {
    push(command) {
      past.push(command);
      if (past.length > limit) past.shift();
      future.length = 0;
      emit();
    },
    undo: () => step(past, future, 'undo'),
    redo: () => step(future, past, 'redo'),
    clear() {
      past.length = 0;
      future.length = 0;
      emit();
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
