import ELK from 'elkjs/lib/elk.bundled.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LayoutInput } from '../model.ts';
import { layoutOrgChart } from './layout.ts';
import type { LayoutRequest, LayoutResponse } from './layout.worker.ts';

const input = (n: number): LayoutInput => ({
  people: Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    managerId: i === 0 ? null : 'p0',
    external: false,
    organization: '',
    department: '',
  })),
  positions: [],
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('computeLayout', () => {
  it('runs on the main thread when there is no Worker (jsdom)', async () => {
    expect(typeof Worker).toBe('undefined');
    const { computeLayout } = await import('./computeLayout.ts');
    const result = await computeLayout(input(4));
    expect(result).toEqual(await layoutOrgChart(input(4), new ELK()));
  });

  it('uses one worker and matches answers to requests by id, whatever their order', async () => {
    const elk = new ELK();
    const instances: FakeWorker[] = [];
    class FakeWorker {
      onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null = null;
      onerror: ((event: Event) => void) | null = null;
      requests: LayoutRequest[] = [];
      constructor() {
        instances.push(this);
      }
      postMessage(request: LayoutRequest) {
        this.requests.push(request);
      }
      terminate() {}
      /** Answers the waiting requests, the last one first. */
      async flush() {
        for (const request of [...this.requests].reverse()) {
          const result = await layoutOrgChart(request.input, elk);
          this.onmessage?.({ data: { id: request.id, ok: true, result } } as MessageEvent);
        }
        this.onmessage?.({ data: { id: 999, ok: false, error: 'stale' } } as MessageEvent);
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const { computeLayout } = await import('./computeLayout.ts');
    const first = computeLayout(input(2));
    const second = computeLayout(input(5));
    expect(instances).toHaveLength(1);
    expect(instances[0]!.requests.map((r) => r.id)).toEqual([1, 2]);
    await instances[0]!.flush();
    expect((await first).cards).toHaveLength(2);
    expect((await second).cards).toHaveLength(5);
  });

  it('falls back to the main thread when the worker fails to load', async () => {
    const instances: { onerror: ((event: Event) => void) | null }[] = [];
    class BrokenWorker {
      onmessage = null;
      onerror: ((event: Event) => void) | null = null;
      constructor() {
        instances.push(this);
      }
      postMessage() {}
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const { computeLayout } = await import('./computeLayout.ts');
    const waiting = computeLayout(input(3));
    instances[0]!.onerror?.(new Event('error'));
    expect((await waiting).cards).toHaveLength(3);
    // Later requests go straight to the main thread.
    expect((await computeLayout(input(2))).cards).toHaveLength(2);
    expect(instances).toHaveLength(1);
  });

  it('warms up by starting the one worker with a one-card layout, once', async () => {
    const instances: { requests: LayoutRequest[] }[] = [];
    class FakeWorker {
      onmessage = null;
      onerror = null;
      requests: LayoutRequest[] = [];
      constructor() {
        instances.push(this);
      }
      postMessage(request: LayoutRequest) {
        this.requests.push(request);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', FakeWorker);
    const { computeLayout, warmLayout } = await import('./computeLayout.ts');
    warmLayout();
    warmLayout();
    expect(instances).toHaveLength(1);
    expect(instances[0]!.requests.map((r) => r.input.people.length)).toEqual([1]);
    // The map's own layout goes to the same, already warm worker.
    void computeLayout(input(3));
    expect(instances).toHaveLength(1);
    expect(instances[0]!.requests).toHaveLength(2);
  });
});
