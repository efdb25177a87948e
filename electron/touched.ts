import { AsyncLocalStorage } from 'node:async_hooks';
import type { Entity } from '../shared/changed.ts';
import type { StepEntry } from '../shared/history.ts';

/**
 * The undo step of a request: `kind` names it (the channel), null when the request makes none
 * (imports, erasure, settings, undo itself…). The changes repository creates the step with the
 * request's first history entry and keeps its id here.
 */
export type StepSlot = {
  kind: string | null;
  id?: number;
  entries: StepEntry[];
  /** It wrote a kind of record undo cannot write back: dropped, never offered. */
  dropped?: boolean;
};

type Request = { touched: Set<Entity>; step: StepSlot };

// One per request: the router opens it around a handler, writes deep in services add to it.
const current = new AsyncLocalStorage<Request>();

/**
 * Runs `fn` and collects what it touched and the undo step its history entries went into;
 * nothing is collected when it throws.
 */
export async function collectTouched<T>(
  fn: () => T | Promise<T>,
  stepKind: string | null = null,
): Promise<[T, Entity[], StepSlot]> {
  const request: Request = { touched: new Set(), step: { kind: stepKind, entries: [] } };
  const result = await current.run(request, fn);
  return [result, [...request.touched], request.step];
}

/** Marks a kind of record as written by the current request (no-op outside a request). */
export function touch(entity: Entity): void {
  current.getStore()?.touched.add(entity);
}

/** The current request's undo step (undefined outside a request). */
export function currentStep(): StepSlot | undefined {
  return current.getStore()?.step;
}
