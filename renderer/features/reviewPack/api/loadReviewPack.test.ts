import { afterEach, describe, expect, it, vi } from 'vitest';
import { baselineOf, latestSheet } from './loadReviewPack.ts';

const snap = (id: string, takenAt: string, weekOf: string) => ({ id, takenAt, weekOf });

describe('baselineOf', () => {
  const now = new Date('2026-11-25T10:00:00Z'); // a Wednesday; its week starts 2026-11-23

  it('takes the latest snapshot of an earlier week', () => {
    expect(
      baselineOf(
        [
          snap('this', '2026-11-23T08:00:00Z', '2026-11-23'),
          snap('last', '2026-11-16T08:00:00Z', '2026-11-16'),
          snap('older', '2026-11-09T08:00:00Z', '2026-11-09'),
        ],
        now,
      ),
    ).toEqual({
      kind: 'snapshot',
      since: '2026-11-16T08:00:00Z',
      snapshotId: 'last',
      weekOf: '2026-11-16',
      thisWeek: false,
    });
  });

  it("falls back to this week's snapshot, then to the last 7 days", () => {
    expect(baselineOf([snap('this', '2026-11-23T08:00:00Z', '2026-11-23')], now)).toMatchObject({
      kind: 'snapshot',
      snapshotId: 'this',
      thisWeek: true,
    });
    expect(baselineOf([], now)).toEqual({ kind: 'none', since: '2026-11-18T10:00:00.000Z' });
  });
});

describe('baselineOf at 00:30 in Shanghai', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = tz;
  });

  it("reads this week from the local day: Monday's snapshot is this week's, last Monday's the baseline", () => {
    process.env.TZ = 'Asia/Shanghai';
    // Monday 7 December, 00:30 in Shanghai: still Sunday 6 December in UTC.
    vi.useFakeTimers({ now: new Date('2026-12-07T00:30:00+08:00'), toFake: ['Date'] });
    const baseline = baselineOf(
      [
        snap('monday', '2026-12-06T16:20:00Z', '2026-12-07'),
        snap('lastWeek', '2026-11-30T01:00:00Z', '2026-11-30'),
      ],
      new Date(),
    );
    expect(baseline).toMatchObject({ kind: 'snapshot', snapshotId: 'lastWeek', thisWeek: false });
  });
});

describe('latestSheet', () => {
  it('picks the latest meeting, then the latest change', () => {
    const sheets = [
      { id: 'a', meetingDate: '2026-03-10', updatedAt: '2026-03-01' },
      { id: 'b', meetingDate: '2026-03-10', updatedAt: '2026-03-05' },
      { id: 'c', meetingDate: null, updatedAt: '2026-04-01' },
    ];
    expect(latestSheet(sheets)?.id).toBe('b');
    expect(latestSheet([])).toBeUndefined();
  });
});
