import { useEffect } from 'react';

/** How long the first screen has before anything warms up beside it. */
export const WARM_UP_AFTER_MS = 2000;

const warmMapLayout = () =>
  void import('../features/orgmap/index.ts').then(({ warmLayout }) => warmLayout());

/**
 * Once the first screen is drawn and the browser is idle, starts the account map's layout worker
 * and ELK (1.4 MB to load and compile), so that the first map opened waits only for its layout.
 */
export function useIdleWarmUp(warm: () => void = warmMapLayout): void {
  useEffect(() => {
    // Without requestIdleCallback (tests, old engines) nothing is warmed: it would only compete.
    if (typeof requestIdleCallback !== 'function') return;
    let idle: number | undefined;
    const timer = window.setTimeout(() => {
      idle = requestIdleCallback(warm, { timeout: 10_000 });
    }, WARM_UP_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [warm]);
}
