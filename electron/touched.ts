import { AsyncLocalStorage } from 'node:async_hooks';
import type { Entity } from '../shared/changed.ts';

// One set per request: the router opens it around a handler, writes deep in services add to it.
const current = new AsyncLocalStorage<Set<Entity>>();

/** Runs `fn` and collects what it touched; nothing is collected when it throws. */
export async function collectTouched<T>(fn: () => T | Promise<T>): Promise<[T, Entity[]]> {
  const touched = new Set<Entity>();
  const result = await current.run(touched, fn);
  return [result, [...touched]];
}

/** Marks a kind of record as written by the current request (no-op outside a request). */
export function touch(entity: Entity): void {
  current.getStore()?.add(entity);
}
