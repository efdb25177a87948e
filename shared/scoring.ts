// Pure scoring: RFM account score (DOMAIN.md §2, seed 002) and the opportunity evaluation
// (DOMAIN.md §4, seed 004 tables 4-1/4-2). Weights, bands and tiers are settings.

// ---------- RFM ----------

export type RfmScores = { r: number; f: number; m: number };
export type RfmWeights = { r: number; f: number; m: number };
/** A tier reached at `min` points or more; the highest tier reached wins. */
export type RfmTier = { key: string; min: number };

/** Seed 002: R × 4 + F × 8 + M × 8, each score 1–5, so 20–100 points. */
export const DEFAULT_RFM_WEIGHTS: RfmWeights = { r: 4, f: 8, m: 8 };

/**
 * Bands turn raw figures into 1–5. Recency: a score for "last deal at most N days ago"; frequency
 * and monetary: a score for "at least N". Listed from score 5 down to 2; anything else scores 1.
 * Chosen so that seed 002's example (last deal a month ago, 4 purchases, 20,000) scores 5/4/4.
 */
export type RfmBands = {
  recencyMaxDays: [number, number, number, number];
  frequencyMin: [number, number, number, number];
  monetaryMin: [number, number, number, number];
};
export const DEFAULT_RFM_BANDS: RfmBands = {
  recencyMaxDays: [31, 90, 180, 365],
  frequencyMin: [6, 4, 3, 2],
  monetaryMin: [50_000, 20_000, 10_000, 5_000],
};

/** Tier keys are labels the settings translate; seed 002 calls 84 points a top VIP. */
export const DEFAULT_RFM_TIERS: RfmTier[] = [
  { key: 'vip1', min: 80 },
  { key: 'vip2', min: 60 },
  { key: 'vip3', min: 40 },
  { key: 'regular', min: 0 },
];

export function rfmScoresFromFigures(
  figures: { recencyDays: number; frequency: number; monetary: number },
  bands: RfmBands = DEFAULT_RFM_BANDS,
): RfmScores {
  const atMost = (v: number, limits: readonly number[]) => {
    const i = limits.findIndex((l) => v <= l);
    return i < 0 ? 1 : 5 - i;
  };
  const atLeast = (v: number, limits: readonly number[]) => {
    const i = limits.findIndex((l) => v >= l);
    return i < 0 ? 1 : 5 - i;
  };
  return {
    r: atMost(figures.recencyDays, bands.recencyMaxDays),
    f: atLeast(figures.frequency, bands.frequencyMin),
    m: atLeast(figures.monetary, bands.monetaryMin),
  };
}

export function rfmPoints(scores: RfmScores, weights: RfmWeights = DEFAULT_RFM_WEIGHTS): number {
  for (const k of ['r', 'f', 'm'] as const) {
    const s = scores[k];
    if (!Number.isInteger(s) || s < 1 || s > 5) throw new RangeError(`RFM ${k} must be 1–5`);
  }
  return scores.r * weights.r + scores.f * weights.f + scores.m * weights.m;
}

export function rfmTier(
  points: number,
  tiers: readonly RfmTier[] = DEFAULT_RFM_TIERS,
): string | null {
  let best: RfmTier | null = null;
  for (const t of tiers) if (points >= t.min && (best === null || t.min > best.min)) best = t;
  return best?.key ?? null;
}

export function rfm(
  scores: RfmScores,
  weights: RfmWeights = DEFAULT_RFM_WEIGHTS,
  tiers: readonly RfmTier[] = DEFAULT_RFM_TIERS,
): { points: number; tier: string | null } {
  const points = rfmPoints(scores, weights);
  return { points, tier: rfmTier(points, tiers) };
}

// ---------- Opportunity evaluation ----------

export const EVALUATION_FACTORS = [
  'account_size',
  'profitability',
  'investment',
  'credit',
  'project_size',
  'customer_value',
  'customer_importance',
] as const;
export type EvaluationFactor = (typeof EVALUATION_FACTORS)[number];

/** DOMAIN.md §4 default weights, in percent (they add up to 100). */
export const DEFAULT_EVALUATION_WEIGHTS: Record<EvaluationFactor, number> = {
  account_size: 10,
  profitability: 10,
  investment: 10,
  credit: 20,
  project_size: 20,
  customer_value: 10,
  customer_importance: 20,
};

/**
 * Weighted score on the 1–10 scale of the factors: Σ score × weight / Σ weight over the factors
 * scored. Unscored factors are left out (and reported), so a half-filled sheet is not dragged
 * down by zeros. Null when nothing is scored or all weights of scored factors are zero.
 */
export function evaluationScore(
  scores: Partial<Record<EvaluationFactor, number | null>>,
  weights: Record<EvaluationFactor, number> = DEFAULT_EVALUATION_WEIGHTS,
): { score: number | null; missing: EvaluationFactor[] } {
  let sum = 0;
  let weightSum = 0;
  const missing: EvaluationFactor[] = [];
  for (const f of EVALUATION_FACTORS) {
    const s = scores[f];
    if (s === null || s === undefined) {
      missing.push(f);
      continue;
    }
    if (!(s >= 1 && s <= 10)) throw new RangeError(`${f} must be scored 1–10`);
    const w = weights[f];
    if (!(w >= 0)) throw new RangeError(`weight of ${f} must be ≥ 0`);
    sum += s * w;
    weightSum += w;
  }
  const score = weightSum > 0 ? Math.round((sum / weightSum) * 100) / 100 : null;
  return { score, missing };
}

export const QUADRANTS = ['pursue', 'develop', 'opportunistic', 'avoid'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * Win analysis (seed 004 fig. 4-2): attractiveness × feasibility, both 1–10.
 * High/high → pursue; attractive but hard → develop (invest to make it feasible);
 * easy but unattractive → opportunistic; low/low → avoid. `split` is the boundary (≥ is high).
 */
export function quadrant(attractiveness: number, feasibility: number, split = 5.5): Quadrant {
  const a = attractiveness >= split;
  const f = feasibility >= split;
  if (a && f) return 'pursue';
  if (a) return 'develop';
  if (f) return 'opportunistic';
  return 'avoid';
}
