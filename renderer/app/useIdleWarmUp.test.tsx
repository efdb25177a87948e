import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useIdleWarmUp, WARM_UP_AFTER_MS } from './useIdleWarmUp.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useIdleWarmUp', () => {
  const idleQueue = () => {
    const waiting = new Map<number, () => void>();
    let next = 1;
    vi.stubGlobal('requestIdleCallback', (fn: () => void) => {
      waiting.set(next, fn);
      return next++;
    });
    vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
    return {
      waiting,
      runIdle: () => {
        for (const fn of waiting.values()) fn();
        waiting.clear();
      },
    };
  };

  it('warms up once, when the browser is idle after the first screen, however often it renders', () => {
    vi.useFakeTimers();
    const { waiting, runIdle } = idleQueue();
    const warm = vi.fn();
    const { rerender, unmount } = renderHook(() => useIdleWarmUp(warm));
    rerender();
    vi.advanceTimersByTime(WARM_UP_AFTER_MS - 1);
    expect(waiting.size).toBe(0);
    rerender();
    vi.advanceTimersByTime(1);
    // Asked for an idle moment, not run yet: the first screen may still be busy.
    expect([waiting.size, warm.mock.calls.length]).toEqual([1, 0]);
    runIdle();
    expect(warm).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(WARM_UP_AFTER_MS * 10);
    expect(waiting.size).toBe(0);
    unmount();
  });

  it('warms nothing once the shell is gone', () => {
    vi.useFakeTimers();
    const { waiting } = idleQueue();
    const warm = vi.fn();
    const first = renderHook(() => useIdleWarmUp(warm));
    first.unmount();
    vi.advanceTimersByTime(WARM_UP_AFTER_MS);
    expect(waiting.size).toBe(0);
    const second = renderHook(() => useIdleWarmUp(warm));
    vi.advanceTimersByTime(WARM_UP_AFTER_MS);
    expect(waiting.size).toBe(1);
    second.unmount();
    expect(waiting.size).toBe(0);
    expect(warm).not.toHaveBeenCalled();
  });
});
