import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutInput, LayoutResult } from '../model.ts';
import { layoutOrgChart } from './layout.ts';

// The account map's layout off the main thread: one worker, reused; each request carries an id
// that its answer repeats, so that the caller can drop answers it no longer waits for.

export type LayoutRequest = { id: number; input: LayoutInput };
export type LayoutResponse =
  { id: number; ok: true; result: LayoutResult } | { id: number; ok: false; error: string };

type WorkerScope = {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutResponse): void;
};

const scope = self as unknown as WorkerScope;
const elk = new ELK();

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
