import { afterEach, describe, expect, it, vi } from 'vitest';
import { addDays, dayOf, daysBetween, localDay } from './localDate.ts';

describe('localDate', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = tz;
  });

  it('today at 00:30 in Shanghai is the Shanghai day, not the UTC one', () => {
    process.env.TZ = 'Asia/Shanghai';
    vi.useFakeTimers({ now: new Date('2026-12-05T00:30:00+08:00') });
    // eslint-disable-next-line no-restricted-syntax -- the UTC day this helper replaces
    expect(new Date().toISOString().slice(0, 10)).toBe('2026-12-04');
    expect(localDay()).toBe('2026-12-05');
    expect(dayOf(new Date().toISOString())).toBe('2026-12-05');
  });

  it('counts and adds calendar days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3);
    expect(daysBetween('2027-01-02', '2026-12-30')).toBe(-3);
  });

  it('a day passed through dayOf is unchanged', () => {
    expect(dayOf('2026-02-28')).toBe('2026-02-28');
  });
});
