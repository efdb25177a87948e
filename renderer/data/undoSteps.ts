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
