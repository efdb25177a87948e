import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EVALUATION_WEIGHTS,
  evaluationScore,
  quadrant,
  rfm,
  rfmPoints,
  rfmScoresFromFigures,
  rfmTier,
} from './scoring.ts';

describe('RFM', () => {
  it("gives seed 002's example 84 points: last deal a month ago, 4 purchases, 20,000", () => {
    const scores = rfmScoresFromFigures({ recencyDays: 30, frequency: 4, monetary: 20_000 });
    expect(scores).toEqual({ r: 5, f: 4, m: 4 });
    expect(rfm(scores)).toEqual({ points: 84, tier: 'vip1' });
  });

  it('spans 20 to 100 points with the default weights', () => {
    expect(rfmPoints({ r: 1, f: 1, m: 1 })).toBe(20);
    expect(rfmPoints({ r: 5, f: 5, m: 5 })).toBe(100);
  });

  it('uses configured weights and tiers', () => {
    expect(rfmPoints({ r: 5, f: 4, m: 4 }, { r: 1, f: 1, m: 1 })).toBe(13);
    const tiers = [
      { key: 'gold', min: 12 },
      { key: 'silver', min: 8 },
    ];
    expect(rfmTier(13, tiers)).toBe('gold');
    expect(rfmTier(8, tiers)).toBe('silver');
    expect(rfmTier(7, tiers)).toBeNull();
    expect(rfmTier(84)).toBe('vip1');
    expect(rfmTier(79)).toBe('vip2');
    expect(rfmTier(20)).toBe('regular');
  });

  it('scores figures against bands, 1 below the lowest band', () => {
    expect(rfmScoresFromFigures({ recencyDays: 400, frequency: 1, monetary: 100 })).toEqual({
      r: 1,
      f: 1,
      m: 1,
    });
    expect(rfmScoresFromFigures({ recencyDays: 91, frequency: 6, monetary: 50_000 })).toEqual({
      r: 3,
      f: 5,
      m: 5,
    });
  });

  it('refuses scores outside 1–5', () => {
    expect(() => rfmPoints({ r: 0, f: 1, m: 1 })).toThrow(RangeError);
    expect(() => rfmPoints({ r: 6, f: 1, m: 1 })).toThrow(RangeError);
    expect(() => rfmPoints({ r: 2.5, f: 1, m: 1 })).toThrow(RangeError);
  });
});

describe('opportunity evaluation', () => {
  it('default weights add up to 100 %', () => {
    expect(Object.values(DEFAULT_EVALUATION_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('weights the factor scores (DOMAIN.md §4 defaults)', () => {
    const r = evaluationScore({
      account_size: 8,
      profitability: 6,
      investment: 5,
      credit: 9,
      project_size: 7,
      customer_value: 6,
      customer_importance: 10,
    });
    // (8+6+5+6)×0.1 + (9+7+10)×0.2 = 2.5 + 5.2
    expect(r).toEqual({ score: 7.7, missing: [] });
  });

  it('leaves unscored factors out and reports them; null when nothing is scored', () => {
    expect(evaluationScore({ credit: 8, project_size: 4 })).toEqual({
      score: 6,
      missing: [
        'account_size',
        'profitability',
        'investment',
        'customer_value',
        'customer_importance',
      ],
    });
    expect(evaluationScore({}).score).toBeNull();
    expect(
      evaluationScore({ credit: 8 }, { ...DEFAULT_EVALUATION_WEIGHTS, credit: 0 }).score,
    ).toBeNull();
  });

  it('uses edited weights and refuses scores outside 1–10', () => {
    expect(
      evaluationScore(
        { credit: 10, project_size: 1 },
        { ...DEFAULT_EVALUATION_WEIGHTS, credit: 90, project_size: 10 },
      ).score,
    ).toBe(9.1);
    expect(() => evaluationScore({ credit: 11 })).toThrow(RangeError);
    expect(() => evaluationScore({ credit: 0 })).toThrow(RangeError);
  });

  it('places a deal in the attractiveness × feasibility quadrant', () => {
    expect(quadrant(8, 8)).toBe('pursue');
    expect(quadrant(8, 3)).toBe('develop');
    expect(quadrant(3, 8)).toBe('opportunistic');
    expect(quadrant(3, 3)).toBe('avoid');
    expect(quadrant(5.5, 5.5)).toBe('pursue');
  });
});
