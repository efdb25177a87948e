import { describe, expect, it } from 'vitest';
import { normalise, rankGaps, weightedTotals, type CriterionMathInput } from './criteria.ts';

const c = (
  id: string,
  weight: number,
  scores: Record<string, number | null>,
): CriterionMathInput => ({
  id,
  name: id.toUpperCase(),
  weight,
  scores: Object.entries(scores).map(([vendor, score]) => ({ vendor, score })),
});

describe('normalise', () => {
  it('turns weights into percentages of their sum', () => {
    expect(normalise([1, 1, 2])).toEqual([25, 25, 50]);
    expect(normalise([30, 20, 50])).toEqual([30, 20, 50]);
    expect(normalise([1, 1, 1]).reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
  });

  it('counts negative and non-finite weights as zero', () => {
    expect(normalise([-5, 5, Number.NaN, Number.POSITIVE_INFINITY])).toEqual([0, 100, 0, 0]);
  });

  it('gives all zeros when no weight is above zero, and nothing for no criteria', () => {
    expect(normalise([0, 0])).toEqual([0, 0]);
    expect(normalise([-1, 0])).toEqual([0, 0]);
    expect(normalise([])).toEqual([]);
  });
});

describe('weightedTotals', () => {
  const vendors = [
    { vendor: 'us', name: 'King' },
    { vendor: 'k1', name: 'Haas' },
  ];

  it('weighs each score by its criterion and reports the scored share', () => {
    const criteria = [c('a', 3, { us: 8, k1: 6 }), c('b', 1, { us: 4, k1: 10 })];
    expect(weightedTotals(criteria, vendors)).toEqual([
      { vendor: 'us', name: 'King', weightedTotal: 7, scoredPercent: 100 },
      { vendor: 'k1', name: 'Haas', weightedTotal: 7, scoredPercent: 100 },
    ]);
  });

  it('leaves unscored criteria out of a vendor total instead of counting them as zero', () => {
    const criteria = [c('a', 3, { us: 8, k1: null }), c('b', 1, { us: 4, k1: 10 })];
    const [us, k1] = weightedTotals(criteria, vendors);
    expect(us).toMatchObject({ weightedTotal: 7, scoredPercent: 100 });
    expect(k1).toMatchObject({ weightedTotal: 10, scoredPercent: 25 });
  });

  it('gives null and 0% to a vendor scored nowhere, and for a vendor missing from every list', () => {
    const criteria = [c('a', 1, { us: 5 })];
    expect(weightedTotals(criteria, [...vendors, { vendor: 'k2', name: 'DMG' }])).toEqual([
      { vendor: 'us', name: 'King', weightedTotal: 5, scoredPercent: 100 },
      { vendor: 'k1', name: 'Haas', weightedTotal: null, scoredPercent: 0 },
      { vendor: 'k2', name: 'DMG', weightedTotal: null, scoredPercent: 0 },
    ]);
  });

  it('ignores scores on criteria of zero (or negative) weight', () => {
    const criteria = [c('a', 0, { us: 1 }), c('b', -2, { us: 1 }), c('c', 2, { us: 9 })];
    expect(weightedTotals(criteria, vendors)[0]).toMatchObject({
      weightedTotal: 9,
      scoredPercent: 100,
    });
    expect(weightedTotals([c('a', 0, { us: 1 })], vendors)[0]).toMatchObject({
      weightedTotal: null,
      scoredPercent: 0,
    });
  });

  it('handles a deal without criteria', () => {
    expect(weightedTotals([], vendors).map((v) => [v.weightedTotal, v.scoredPercent])).toEqual([
      [null, 0],
      [null, 0],
    ]);
  });
});

describe('rankGaps', () => {
  const competitors = [
    { id: 'k1', name: 'Haas' },
    { id: 'k2', name: 'DMG' },
  ];

  it('lists only where a competitor scores above us, costliest first', () => {
    const criteria = [
      c('price', 30, { us: 6, k1: 8, k2: 5 }),
      c('service', 20, { us: 9, k1: 7, k2: 9 }),
      c('product', 50, { us: 7, k1: 8, k2: 7 }),
    ];
    expect(rankGaps(criteria, competitors)).toEqual([
      {
        competitorId: 'k1',
        competitorName: 'Haas',
        criterionId: 'price',
        criterionName: 'PRICE',
        weightPercent: 30,
        ourScore: 6,
        theirScore: 8,
        gap: 2,
        weightedGap: 0.6,
      },
      {
        competitorId: 'k1',
        competitorName: 'Haas',
        criterionId: 'product',
        criterionName: 'PRODUCT',
        weightPercent: 50,
        ourScore: 7,
        theirScore: 8,
        gap: 1,
        weightedGap: 0.5,
      },
    ]);
  });

  it('breaks equal weighted gaps by the larger gap, then criterion order, then competitor order', () => {
    const criteria = [
      c('a', 1, { us: 5, k1: 7, k2: 7 }), // 25%: weighted 0.5 for both
      c('b', 2, { us: 5, k1: 6, k2: 6 }), // 50%: weighted 0.5 for both, gap 1
      c('d', 1, { us: 5, k2: 7 }), // 25%: weighted 0.5, gap 2
    ];
    expect(rankGaps(criteria, competitors).map((g) => [g.criterionId, g.competitorId])).toEqual([
      ['a', 'k1'],
      ['a', 'k2'],
      ['d', 'k2'],
      ['b', 'k1'],
      ['b', 'k2'],
    ]);
  });

  it('skips criteria where either side is unscored, and competitors not given', () => {
    const criteria = [
      c('a', 1, { us: null, k1: 9 }),
      c('b', 1, { us: 3, k1: null }),
      c('d', 1, { us: 3, k3: 9 }),
    ];
    expect(rankGaps(criteria, competitors)).toEqual([]);
  });

  it('still lists a gap on a criterion of zero weight, last', () => {
    const criteria = [c('a', 0, { us: 2, k1: 9 }), c('b', 1, { us: 5, k1: 6 })];
    expect(rankGaps(criteria, competitors).map((g) => [g.criterionId, g.weightedGap])).toEqual([
      ['b', 1],
      ['a', 0],
    ]);
  });
});
