import type { LayoutInput, LayoutResult } from '../model.ts';
import type { ElkLayouter } from './layout.ts';
import type { LayoutRequest, LayoutResponse } from './layout.worker.ts';

// computeLayout runs the layout in one reused Web Worker. Without Worker (jsdom tests), or when
// the worker cannot start, it runs on the main thread (elkjs loaded on first use).

type Pending = { resolve: (result: LayoutResult) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending & { input: LayoutInput }>();
let mainThreadElk: Promise<ElkLayouter> | null = null;

async function onMainThread(input: LayoutInput): Promise<LayoutResult> {
  mainThreadElk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  const [{ layoutOrgChart }, elk] = await Promise.all([import('./layout.ts'), mainThreadElk]);
  return layoutOrgChart(input, elk);
}

function startWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    workerBroken = true;
    return null;
  }
  worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
    const answer = event.data;
    const request = pending.get(answer.id);
    if (!request) return; // an answer nobody waits for any more
    pending.delete(answer.id);
    if (answer.ok) request.resolve(answer.result);
    else request.reject(new Error(answer.error));
  };
  worker.onerror = (event) => {
    // The worker could not load (e.g. blocked): finish the waiting requests on the main thread.
    event.preventDefault();
    workerBroken = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const request of waiting)
      onMainThread(request.input).then(request.resolve, request.reject);
  };
  return worker;
}

/** The account map's layout, computed off the main thread when possible. */
export function computeLayout(input: LayoutInput): Promise<LayoutResult> {
  const target = startWorker();
  if (!target) return onMainThread(input);
  const id = nextId;
  nextId += 1;
  return new Promise<LayoutResult>((resolve, reject) => {
    pending.set(id, { resolve, reject, input });
    const request: LayoutRequest = { id, input };
    target.postMessage(request);
  });
}

/** Stops the worker (tests, hot reload); requests still waiting are rejected. */
export function disposeLayoutWorker(): void {
  worker?.terminate();
  worker = null;
  workerBroken = false;
  for (const request of pending.values()) request.reject(new Error('layout worker stopped'));
  pending.clear();
}
