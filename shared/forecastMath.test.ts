import { describe, expect, it } from 'vitest';
import type { ForecastLine } from './forecast.ts';
import {
  categoryOf,
  diffSnapshots,
  monthOf,
  periodOf,
  quarterOf,
  rollUp,
  snapshotDue,
  weekOf,
  weightedAmount,
} from './forecastMath.ts';

const line = (o: Partial<ForecastLine> & { opportunityId: string }): ForecastLine => ({
  name: o.opportunityId,
  accountId: 'acc',
  accountName: 'Temp',
  owner: '郑鹏',
  amount: 1000,
  currency: 'CNY',
  probability: 50,
  stageSetId: 'sales8',
  stageKey: 'formal_proposal',
  status: 'open',
  expectedCloseDate: '2026-11-20',
  categoryOverride: null,
  ...o,
});

describe('periods', () => {
  it('names months, quarters and ISO weeks', () => {
    expect(monthOf('2026-11-23')).toBe('2026-11');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(periodOf(null, 'quarter')).toBe('undated');
    expect(weekOf('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(weekOf('2026-11-29')).toBe('2026-11-23'); // Sunday belongs to the week before
    expect(weekOf('2026-01-01')).toBe('2025-12-29'); // across a year
  });

  it('takes the weekly snapshot once per week', () => {
    expect(snapshotDue('2026-11-23', null)).toBe(true);
    expect(snapshotDue('2026-11-27', '2026-11-23')).toBe(false);
    expect(snapshotDue('2026-11-30', '2026-11-23')).toBe(true);
  });
});

describe('weighted pipeline and categories', () => {
  it('weights amount by probability, rounded to cents', () => {
    expect(weightedAmount({ amount: 1_200_000, probability: 70 })).toBe(840_000);
    expect(weightedAmount({ amount: 333.33, probability: 33 })).toBe(110);
  });

  it('derives the category from the thresholds unless overridden', () => {
    expect(categoryOf({ probability: 90, categoryOverride: null })).toBe('commit');
    expect(categoryOf({ probability: 89, categoryOverride: null })).toBe('best_case');
    expect(categoryOf({ probability: 50, categoryOverride: null })).toBe('best_case');
    expect(categoryOf({ probability: 49, categoryOverride: null })).toBe('pipeline');
    expect(categoryOf({ probability: 10, categoryOverride: 'commit' })).toBe('commit');
    expect(
      categoryOf({ probability: 60, categoryOverride: null }, { commitMin: 60, bestCaseMin: 30 }),
    ).toBe('commit');
  });

  it('rolls up by quarter: weighted sum, categories adding up to the total, won apart, lost left out', () => {
    const groups = rollUp(
      [
        line({
          opportunityId: 'a',
          amount: 1000,
          probability: 90,
          expectedCloseDate: '2026-10-05',
        }),
        line({
          opportunityId: 'b',
          amount: 2000,
          probability: 50,
          expectedCloseDate: '2026-11-05',
        }),
        line({
          opportunityId: 'c',
          amount: 4000,
          probability: 10,
          expectedCloseDate: '2026-12-05',
        }),
        line({
          opportunityId: 'd',
          amount: 500,
          status: 'won',
          probability: 100,
          expectedCloseDate: '2026-12-01',
        }),
        line({ opportunityId: 'e', amount: 9999, status: 'lost', expectedCloseDate: '2026-12-01' }),
        line({
          opportunityId: 'f',
          amount: 9999,
          status: 'dropped',
          expectedCloseDate: '2026-12-01',
        }),
      ],
      { groupBy: 'quarter' },
    );
    expect(groups).toEqual([
      {
        period: '2026-Q4',
        owner: null,
        currency: 'CNY',
        count: 3,
        total: 7000,
        weighted: 900 + 1000 + 400,
        commit: 1000,
        bestCase: 2000,
        pipeline: 4000,
        won: 500,
      },
    ]);
  });

  it('rolls up by month and owner, keeps currencies apart and puts undated deals last', () => {
    const groups = rollUp(
      [
        line({ opportunityId: 'a', owner: '郑鹏', expectedCloseDate: '2026-12-01' }),
        line({ opportunityId: 'b', owner: '陈明', expectedCloseDate: '2026-12-15' }),
        line({ opportunityId: 'c', owner: '陈明', expectedCloseDate: '2026-11-15' }),
        line({
          opportunityId: 'd',
          owner: '陈明',
          expectedCloseDate: '2026-11-16',
          currency: 'USD',
        }),
        line({ opportunityId: 'e', owner: '陈明', expectedCloseDate: null }),
      ],
      { groupBy: 'month', byOwner: true },
    );
    // Owners in localeCompare order (郑 U+90D1 before 陈 U+9648 under the root collation).
    expect(groups.map((g) => [g.period, g.owner, g.currency, g.count, g.weighted])).toEqual([
      ['2026-11', '陈明', 'CNY', 1, 500],
      ['2026-11', '陈明', 'USD', 1, 500],
      ['2026-12', '郑鹏', 'CNY', 1, 500],
      ['2026-12', '陈明', 'CNY', 1, 500],
      ['undated', '陈明', 'CNY', 1, 500],
    ]);
  });
});

describe('week-over-week movements', () => {
  const Q = '2026-Q4';
  const kinds = (ms: ReturnType<typeof diffSnapshots>) => ms.map((m) => [m.opportunityId, m.kind]);

  it('finds nothing when nothing changed', () => {
    const l = [line({ opportunityId: 'a' })];
    expect(diffSnapshots(l, l, Q)).toEqual([]);
  });

  it('reports new, won and lost deals, with the weighted change inside the quarter', () => {
    const ms = diffSnapshots(
      [
        line({ opportunityId: 'won' }),
        line({ opportunityId: 'lost' }),
        line({ opportunityId: 'gone' }),
      ],
      [
        line({ opportunityId: 'won', status: 'won', probability: 100 }),
        line({ opportunityId: 'lost', status: 'lost' }),
        line({ opportunityId: 'new', amount: 2000, probability: 20 }),
      ],
      Q,
    );
    expect(kinds(ms)).toEqual([
      ['won', 'won'],
      ['lost', 'lost'],
      ['new', 'new'],
      ['gone', 'lost'],
    ]);
    expect(ms.find((m) => m.opportunityId === 'new')!.weightedDelta).toBe(400);
    expect(ms.find((m) => m.opportunityId === 'won')!.weightedDelta).toBe(-500);
    expect(ms.find((m) => m.opportunityId === 'gone')!.after).toBeNull();
  });

  it('reports moves in and out of the quarter by close date', () => {
    const ms = diffSnapshots(
      [
        line({ opportunityId: 'in', expectedCloseDate: '2027-01-10' }),
        line({ opportunityId: 'out' }),
      ],
      [
        line({ opportunityId: 'in', expectedCloseDate: '2026-12-10' }),
        line({ opportunityId: 'out', expectedCloseDate: null }),
      ],
      Q,
    );
    expect(kinds(ms)).toEqual([
      ['in', 'moved_in'],
      ['out', 'moved_out'],
    ]);
    expect(ms.map((m) => m.weightedDelta)).toEqual([500, -500]);
  });

  it('reports amount and stage changes, both when both changed', () => {
    const ms = diffSnapshots(
      [line({ opportunityId: 'a' }), line({ opportunityId: 'b' })],
      [
        line({ opportunityId: 'a', amount: 1500 }),
        line({ opportunityId: 'b', amount: 800, stageKey: 'evaluation', probability: 70 }),
      ],
      Q,
    );
    expect(kinds(ms)).toEqual([
      ['a', 'amount_changed'],
      ['b', 'amount_changed'],
      ['b', 'stage_changed'],
    ]);
    expect(ms[0]!.weightedDelta).toBe(250);
    // b: 1000 at 50% → 800 at 70% is +60 in all: −100 for the amount, +160 for the stage.
    expect(ms.slice(1).map((m) => m.weightedDelta)).toEqual([-100, 160]);
  });

  it('shares a deal’s weighted change among its movements instead of counting it twice', () => {
    const ms = diffSnapshots(
      [line({ opportunityId: 'a', expectedCloseDate: '2027-01-10' })],
      [line({ opportunityId: 'a', amount: 2000, probability: 60 })],
      Q,
    );
    // Moved in at 1000 × 50% = 500, then +500 for the amount, then +200 for the probability:
    // 2000 × 60% = 1200 in all.
    expect(ms.map((m) => [m.kind, m.weightedDelta])).toEqual([
      ['moved_in', 500],
      ['amount_changed', 500],
      ['probability_changed', 200],
    ]);
  });

  it('counts a new deal closing in another quarter with its real weighted change', () => {
    // The new user's case: a new deal closing next quarter showed CN¥0 under this quarter.
    const next = line({ opportunityId: 'n', amount: 3000, expectedCloseDate: '2027-02-10' });
    const all = diffSnapshots([], [next], null);
    expect(all.map((m) => [m.kind, m.weightedDelta])).toEqual([['new', 1500]]);
    // Filtered to this quarter it is not a change of this quarter's forecast: not listed.
    expect(diffSnapshots([], [next], Q)).toEqual([]);
    expect(diffSnapshots([], [next], '2027-Q1').map((m) => m.weightedDelta)).toEqual([1500]);
  });

  it('with a quarter, lists only deals whose close date before or after is in it', () => {
    const before = [
      line({ opportunityId: 'far', expectedCloseDate: '2027-05-01' }),
      line({ opportunityId: 'slips', expectedCloseDate: '2026-12-01' }),
    ];
    const after = [
      line({ opportunityId: 'far', amount: 5000, expectedCloseDate: '2027-05-01' }),
      line({ opportunityId: 'slips', expectedCloseDate: '2027-01-15' }),
    ];
    expect(kinds(diffSnapshots(before, after, Q))).toEqual([['slips', 'moved_out']]);
    // All periods: the slip leaves the total alone, the bigger deal adds 2000.
    expect(
      diffSnapshots(before, after, null).map((m) => [m.opportunityId, m.kind, m.weightedDelta]),
    ).toEqual([
      ['far', 'amount_changed', 2000],
      ['slips', 'close_date_changed', 0],
    ]);
  });

  it('reports a probability change without a stage change', () => {
    const ms = diffSnapshots(
      [line({ opportunityId: 'p' })],
      [line({ opportunityId: 'p', probability: 80 })],
      null,
    );
    expect(ms.map((m) => [m.kind, m.weightedDelta])).toEqual([['probability_changed', 300]]);
  });

  it('adds up to the change of the team’s weighted total over all periods', () => {
    const before = [
      line({ opportunityId: 'a', expectedCloseDate: '2026-10-01' }),
      line({ opportunityId: 'b', expectedCloseDate: '2027-03-01' }),
      line({ opportunityId: 'c', expectedCloseDate: null }),
    ];
    const after = [
      line({ opportunityId: 'a', amount: 4000, probability: 30, expectedCloseDate: '2027-07-01' }),
      line({ opportunityId: 'b', status: 'won', probability: 100 }),
      line({ opportunityId: 'd', amount: 700, probability: 10, expectedCloseDate: '2028-01-01' }),
    ];
    const total = (ls: typeof before) =>
      ls.filter((l) => l.status === 'open').reduce((n, l) => n + weightedAmount(l), 0);
    const net = diffSnapshots(before, after, null).reduce((n, m) => n + m.weightedDelta, 0);
    expect(net).toBeCloseTo(total(after) - total(before), 2);
  });

  it('treats a closed deal reopened as new again; closed deals staying closed are quiet', () => {
    const ms = diffSnapshots(
      [line({ opportunityId: 'r', status: 'lost' }), line({ opportunityId: 'q', status: 'won' })],
      [line({ opportunityId: 'r' }), line({ opportunityId: 'q', status: 'won' })],
      Q,
    );
    expect(kinds(ms)).toEqual([['r', 'new']]);
  });
});
