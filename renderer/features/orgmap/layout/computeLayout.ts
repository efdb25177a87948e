import type ElkConstructor from 'elkjs/lib/elk.bundled.js';
import elkScriptUrl from 'elkjs/lib/elk.bundled.js?url';
import type { LayoutInput, LayoutResult } from '../model.ts';
import type { ElkLayouter } from './layout.ts';
import type { LayoutRequest, LayoutResponse } from './layout.worker.ts';

// computeLayout runs the layout in one reused Web Worker. Without Worker (jsdom tests), or when
// the worker cannot start, it runs on the main thread (elkjs loaded on first use). ELK is shipped
// once, as its own file (elkScriptUrl): the worker and this fallback both load that one.

type Pending = { resolve: (result: LayoutResult) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;
const pending = new Map<number, Pending & { input: LayoutInput }>();
let mainThreadElk: Promise<ElkLayouter> | null = null;

/** ELK on the main thread: the shipped file as a script; vitest (jsdom runs no scripts) imports it. */
async function loadElk(): Promise<ElkLayouter> {
  if (import.meta.env.MODE === 'test') {
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    return new ELK();
  }
  const scope = window as Window & { ELK?: typeof ElkConstructor };
  if (!scope.ELK) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = elkScriptUrl;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('The layout engine could not be loaded.'));
      document.head.append(script);
    });
  }
  if (!scope.ELK) throw new Error('The layout engine could not be loaded.');
  return new scope.ELK();
}

async function onMainThread(input: LayoutInput): Promise<LayoutResult> {
  mainThreadElk ??= loadElk();
  const [{ layoutOrgChart }, elk] = await Promise.all([import('./layout.ts'), mainThreadElk]);
  return layoutOrgChart(input, elk);
}

function startWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    // Classic, not a module: it loads the one ELK file with importScripts.
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url));
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

/** A layout of one card, thrown away: the worker starts and ELK loads and compiles. */
const WARM_UP: LayoutInput = {
  people: [{ id: 'warm-up', managerId: null, external: false, organization: '', department: '' }],
  positions: [],
};

/**
 * Starts the worker and ELK before the first map is opened (call when the browser is idle):
 * the first map then waits only for its own layout. Errors are left to the map's own call.
 */
export function warmLayout(): void {
  if (worker || workerBroken) return;
  computeLayout(WARM_UP).catch(() => undefined);
}

/** Stops the worker (tests, hot reload); requests still waiting are rejected. */
export function disposeLayoutWorker(): void {
  worker?.terminate();
  worker = null;
  workerBroken = false;
  for (const request of pending.values()) request.reject(new Error('layout worker stopped'));
  pending.clear();
}
