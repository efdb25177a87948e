import { hashKey, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BRIDGE_KEY, type Bridge } from '../../shared/bridge.ts';
import type { Result } from '../../shared/errors.ts';
import { createQueryClient } from './queryClient.ts';
import { readKey, readQuery } from './read.ts';
import { onUndoableWrite } from './undoSteps.ts';
import { refreshAfter, useWrite, type WriteTools } from './write.ts';

function seeded() {
  const queryClient = new QueryClient();
  const forecast = readKey('forecast.get', { groupBy: 'quarter' });
  const swot = readKey('swot.get', { opportunityId: 'o1' });
  queryClient.setQueryData(forecast, { rows: [] });
  queryClient.setQueryData(swot, null);
  const invalidated = (key: readonly unknown[]) =>
    queryClient.getQueryState(key)?.isInvalidated ?? false;
  return { queryClient, forecast, swot, invalidated };
}

describe('refreshAfter', () => {
  it('marks stale exactly the cached reads that show what changed', async () => {
    const { queryClient, forecast, swot, invalidated } = seeded();
    await refreshAfter(queryClient, ['opportunity']);
    expect(invalidated(forecast)).toBe(true);
    expect(invalidated(swot)).toBe(false);
  });

  it('leaves alone a read the write already put its own answer into', async () => {
    const { queryClient, forecast, invalidated } = seeded();
    await refreshAfter(queryClient, ['opportunity'], new Set([hashKey(forecast)]));
    expect(invalidated(forecast)).toBe(false);
  });

  it('leaves everything alone when nothing changed', async () => {
    const { queryClient, forecast, invalidated } = seeded();
    await refreshAfter(queryClient, []);
    expect(invalidated(forecast)).toBe(false);
  });
});

/** A fake bridge: each call waits for the test to answer it, so the order can be watched. */
function fakeBridge(answer: (channel: string, input: unknown) => Result<unknown>) {
  const calls: string[] = [];
  const pending: (() => void)[] = [];
  const bridge: Bridge = {
    invoke: (channel, input) =>
      new Promise((resolve) => {
        calls.push(channel);
        pending.push(() => resolve(answer(channel, input)));
      }),
  };
  Object.assign(window, { [BRIDGE_KEY]: bridge });
  return { calls, answerNext: () => pending.shift()?.() };
}

function wrapper({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={createQueryClient()}>{children}</QueryClientProvider>;
}

describe('useWrite', () => {
  afterEach(() => {
    cleanup();
    Reflect.deleteProperty(window, BRIDGE_KEY);
  });

  it('refreshes an open view that shows what the write changed, without being told which', async () => {
    let total = 100;
    const bridge = fakeBridge((channel) =>
      channel === 'forecast.get'
        ? { ok: true, data: { total } }
        : { ok: true, data: {}, changed: ['opportunity'] },
    );
    const { result } = renderHook(
      () => ({
        forecast: useQuery(readQuery('forecast.get', { groupBy: 'quarter' })),
        move: useWrite((id: string, { write }) =>
          write('stages.advance', { id, version: 1, toStage: 'won' }),
        ),
      }),
      { wrapper },
    );
    await waitFor(() => expect(bridge.calls).toEqual(['forecast.get']));
    bridge.answerNext();
    await waitFor(() => expect(result.current.forecast.data).toEqual({ total: 100 }));

    total = 250;
    act(() => result.current.move.mutate('o1'));
    await waitFor(() => expect(bridge.calls).toHaveLength(2));
    bridge.answerNext();
    // The forecast is read again because the server said an opportunity changed.
    await waitFor(() => expect(bridge.calls).toHaveLength(3));
    bridge.answerNext();
    await waitFor(() => expect(result.current.forecast.data).toEqual({ total: 250 }));
  });

  it('runs writes of one scope one after another, others at once', async () => {
    const bridge = fakeBridge(() => ({ ok: true, data: {}, changed: [] }));
    const { result } = renderHook(
      () => ({
        first: useWrite(
          (_: void, { write }) => write('swot.save', { opportunityId: 'o1' } as never),
          {
            scope: 'sheet',
          },
        ),
        second: useWrite((_: void, { write }) => write('criteria.remove', { id: 'c1' }), {
          scope: 'sheet',
        }),
        elsewhere: useWrite((_: void, { write }) => write('forecast.snapshot', { note: '' }), {
          scope: 'other',
        }),
      }),
      { wrapper },
    );
    act(() => {
      result.current.first.mutate();
      result.current.second.mutate();
      result.current.elsewhere.mutate();
    });
    await waitFor(() => expect(bridge.calls).toEqual(['swot.save', 'forecast.snapshot']));
    bridge.answerNext();
    await waitFor(() =>
      expect(bridge.calls).toEqual(['swot.save', 'forecast.snapshot', 'criteria.remove']),
    );
    bridge.answerNext();
    bridge.answerNext();
    await waitFor(() => expect(result.current.second.isSuccess).toBe(true));
  });

  it('announces the undo steps a write made, unless it opts out', async () => {
    const step = { id: 7, action: 'archive', entity: 'account' } as const;
    const bridge = fakeBridge(() => ({ ok: true, data: {}, changed: ['account'], step }));
    const announced: unknown[] = [];
    const stop = onUndoableWrite((steps) => announced.push(steps));
    const archive = (_: void, { write }: WriteTools) =>
      write('accounts.archive', { id: 'a1', version: 1, archived: true });
    const { result } = renderHook(
      () => ({ offered: useWrite(archive), quiet: useWrite(archive, { undo: false }) }),
      { wrapper },
    );
    act(() => result.current.quiet.mutate());
    await waitFor(() => expect(bridge.calls).toHaveLength(1));
    bridge.answerNext();
    await waitFor(() => expect(result.current.quiet.isSuccess).toBe(true));
    expect(announced).toEqual([]);

    act(() => result.current.offered.mutate());
    await waitFor(() => expect(bridge.calls).toHaveLength(2));
    bridge.answerNext();
    await waitFor(() => expect(announced).toEqual([[step]]));
    stop();
  });
});
