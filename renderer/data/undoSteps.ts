import type { StepRef } from '../../shared/history.ts';

type Listener = (steps: StepRef[]) => void;
type DoneListener = (message: string) => void;
const listeners = new Set<Listener>();
const doneListeners = new Set<DoneListener>();

/**
 * Tells whoever offers Undo (the app's toast) that a write made these undo steps, oldest first.
 * Writes that opt out (useWrite's `undo: false`) are not announced.
 */
export function announceSteps(steps: StepRef[]): void {
  if (steps.length === 0) return;
  for (const listener of listeners) listener(steps);
}

/**
 * A feature's own words for the write it has just finished ("Moved to Proposal."), said right
 * after the write settles. The app shows ONE toast: the Undo toast says them when the write made
 * a step, a plain notice otherwise (nothing changed, a personal preference).
 */
export function announceDone(message: string): void {
  for (const listener of doneListeners) listener(message);
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

/** Subscribes to the features' words for their finished writes; returns the unsubscribe. */
export function onDone(listener: DoneListener): () => void {
  doneListeners.add(listener);
  return () => doneListeners.delete(listener);
}
