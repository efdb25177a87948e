import type ElkConstructor from 'elkjs/lib/elk.bundled.js';
import elkScriptUrl from 'elkjs/lib/elk.bundled.js?url';
import type { LayoutInput, LayoutResult } from '../model.ts';
import { layoutOrgChart } from './layout.ts';

// The account map's layout off the main thread: one worker, reused; each request carries an id
// that its answer repeats, so that the caller can drop answers it no longer waits for.
//
// ELK (1.4 MB) is not bundled into this worker: it is shipped once, as a file of its own that
// this classic worker loads with importScripts and the main thread, when it must lay out itself,
// with a script element (computeLayout.ts).

export type LayoutRequest = { id: number; input: LayoutInput };
export type LayoutResponse =
  { id: number; ok: true; result: LayoutResult } | { id: number; ok: false; error: string };

type WorkerScope = {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
  importScripts(...urls: string[]): void;
  /** What elk.bundled.js defines when loaded as a script. */
  ELK?: typeof ElkConstructor;
};

const scope = self as unknown as WorkerScope;
scope.importScripts(elkScriptUrl);
const elk = new scope.ELK!();

// elk.bundled.js installs its own `self.onmessage` when loaded in a worker; this one replaces it.
scope.onmessage = (event) => {
  const { id, input } = event.data;
  layoutOrgChart(input, elk).then(
    (result) => scope.postMessage({ id, ok: true, result }),
    (error: unknown) =>
      scope.postMessage({
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
};
