import type { StepRef } from '../../shared/history.ts';

type Listener = (steps: StepRef[]) => void;
const listeners = new Set<Listener>();

/**
 * Tells whoever offers Undo (the app's toast) that a write made these undo steps, oldest first.
 * Writes that opt out (useWrite's `undo: false`) are not announced.
 */
export function announceSteps(steps: StepRef[]): void {
  if (steps.length === 0) return;
  for (const listener of listeners) listener(steps);
}

/** Subscribes to the writes that can be undone; returns the unsubscribe. */
export function onUndoableWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type Runner = (which: 'undo' | 'redo') => Promise<void>;
let runner: Runner | undefined;

/**
 * The app's undo (renderer/app/UndoRedo.tsx) takes the requests of buttons elsewhere (the map's
 * toolbar), so they undo the same history with the same toasts as Ctrl+Z; returns the release.
 */
export function takeUndoRequests(run: Runner): () => void {
  runner = run;
  return () => {
    if (runner === run) runner = undefined;
  };
}

/** Undoes the newest step (or redoes the last undone) as Ctrl+Z (Ctrl+Shift+Z) would. */
export function requestUndo(which: 'undo' | 'redo'): Promise<void> {
  return runner ? runner(which) : Promise.resolve();
}
