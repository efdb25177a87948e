// The one clock of the e2e run. The browser shell starts at this instant (DEAL_WORKBENCH_NOW),
// the page's clock too (Playwright's clock.install), both in this time zone, and time runs on
// from there, so timers, transitions and the order of writes behave as usual. A new workspace's
// demo is moved to this day (electron/demo/storyTime.ts), so the specs can expect its exact dates.

/** Monday 23 November 2026, 10:00 in Shanghai: the day the demo story is written on. */
export const E2E_NOW = '2026-11-23T10:00:00+08:00';

export const E2E_TIME_ZONE = 'Asia/Shanghai';

/** "Today" in the app during a test: the local day of E2E_NOW in E2E_TIME_ZONE. */
export const E2E_TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: E2E_TIME_ZONE }).format(
  new Date(E2E_NOW),
);
