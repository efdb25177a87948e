import { z } from 'zod';
import { CREDIT_RISK_FLAGS, CURRENCIES, RFM_TIERS } from './enums.ts';
import { id } from './schemas.ts';
import {
  DEFAULT_EVALUATION_WEIGHTS,
  DEFAULT_RFM_TIERS,
  DEFAULT_RFM_WEIGHTS,
  EVALUATION_FACTORS,
  QUADRANTS,
  type EvaluationFactor,
} from './scoring.ts';

// Opportunity evaluation and account grading (DOMAIN.md §2 and §4, issue 6): per-deal factor
// scores with the attractiveness × feasibility position, per-account RFM figures and credit-risk
// flags, and the workspace's weights and tiers. The arithmetic is shared/scoring.ts.

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date({ error: 'invalid_date' });
/** 0 = never saved: the first save must send 0, later saves the version they saw. */
const version = z.number().int().min(0);

/** Factor, attractiveness and feasibility scores: 1 (poor) … 10 (excellent). */
export const score10 = z
  .number({ error: 'score_range' })
  .int({ error: 'score_range' })
  .min(1, { error: 'score_range' })
  .max(10, { error: 'score_range' });

type FactorRecord<T extends z.ZodType> = z.ZodObject<Record<EvaluationFactor, T>, z.core.$strict>;
const perFactor = <T extends z.ZodType>(schema: T): FactorRecord<T> =>
  z.strictObject(
    Object.fromEntries(EVALUATION_FACTORS.map((f) => [f, schema])) as Record<EvaluationFactor, T>,
  );

export const factorScores = perFactor(score10.nullable());
export type FactorScores = z.infer<typeof factorScores>;

// ---------- Settings: weights and tiers ----------

const weight = z
  .number({ error: 'invalid_type' })
  .int({ error: 'not_integer' })
  .min(0, { error: 'too_small' })
  .max(100, { error: 'too_big' });

/** Percent per factor; they need not add up to 100 (the score divides by their sum). */
export const evaluationWeights = perFactor(weight).superRefine((w, ctx) => {
  if (Object.values(w).every((v) => v === 0)) {
    ctx.addIssue({ code: 'custom', path: [], message: 'weights_zero' });
  }
});
export type EvaluationWeights = z.infer<typeof evaluationWeights>;

export const rfmWeights = z
  .strictObject({ r: weight, f: weight, m: weight })
  .superRefine((w, ctx) => {
    if (w.r === 0 && w.f === 0 && w.m === 0) {
      ctx.addIssue({ code: 'custom', path: [], message: 'weights_zero' });
    }
  });
export type RfmWeightsSetting = z.infer<typeof rfmWeights>;

const tierMin = z
  .number({ error: 'invalid_type' })
  .int({ error: 'not_integer' })
  .min(1, { error: 'too_small' })
  .max(500, { error: 'too_big' });

/** Minimum points of each VIP tier; `regular` starts at 0. Each tier above the one below it. */
export const rfmTierMins = z
  .strictObject({ vip1: tierMin, vip2: tierMin, vip3: tierMin })
  .superRefine((t, ctx) => {
    if (!(t.vip1 > t.vip2))
      ctx.addIssue({ code: 'custom', path: ['vip1'], message: 'tiers_order' });
    if (!(t.vip2 > t.vip3))
      ctx.addIssue({ code: 'custom', path: ['vip2'], message: 'tiers_order' });
  });
export type RfmTierMins = z.infer<typeof rfmTierMins>;

export const scoringSettings = z.object({
  evaluationWeights,
  rfmWeights,
  rfmTiers: rfmTierMins,
});
export type ScoringSettings = z.infer<typeof scoringSettings>;

const tierMinOf = (key: string) => DEFAULT_RFM_TIERS.find((t) => t.key === key)?.min ?? 0;
export const DEFAULT_SCORING_SETTINGS: ScoringSettings = {
  evaluationWeights: { ...DEFAULT_EVALUATION_WEIGHTS },
  rfmWeights: { ...DEFAULT_RFM_WEIGHTS },
  rfmTiers: { vip1: tierMinOf('vip1'), vip2: tierMinOf('vip2'), vip3: tierMinOf('vip3') },
};

/** The tiers as shared/scoring.ts's rfmTier takes them. */
export function tierList(mins: RfmTierMins): { key: (typeof RFM_TIERS)[number]; min: number }[] {
  return [
    { key: 'vip1', min: mins.vip1 },
    { key: 'vip2', min: mins.vip2 },
    { key: 'vip3', min: mins.vip3 },
    { key: 'regular', min: 0 },
  ];
}

/** Replaces whole groups: each group sent is checked as a whole. */
export const scoringSettingsSave = z.strictObject({
  evaluationWeights: evaluationWeights.optional(),
  rfmWeights: rfmWeights.optional(),
  rfmTiers: rfmTierMins.optional(),
});
export type ScoringSettingsSave = z.input<typeof scoringSettingsSave>;

// ---------- A deal's evaluation ----------

const evaluationFields = {
  scores: factorScores,
  /** Win analysis (seed 004 fig. 4-2): price, cost, project value. */
  attractiveness: score10.nullable(),
  /** Resources needed, our capability, the competition, the customer's internal factors. */
  feasibility: score10.nullable(),
  note: text(2000),
};

export const dealEvaluation = z.object({
  opportunityId: id,
  ...evaluationFields,
  version,
  updatedAt: z.string().nullable(),
  /** Weighted score 1–10 over the scored factors; null when none is scored. */
  score: z.number().nullable(),
  /** Factors not scored yet (left out of the score, not counted as zero). */
  missing: z.array(z.enum(EVALUATION_FACTORS)),
  quadrant: z.enum(QUADRANTS).nullable(),
  weights: evaluationWeights,
});
export type DealEvaluation = z.infer<typeof dealEvaluation>;

/**
 * Omitted fields keep their value; `scores` is merged by factor (null clears one). Refused: a
 * score that is not a whole number 1–10 (`score_range`), a stale version (conflict).
 */
export const dealEvaluationSave = z.strictObject({
  opportunityId: id,
  version,
  scores: factorScores.partial().optional(),
  attractiveness: evaluationFields.attractiveness.optional(),
  feasibility: evaluationFields.feasibility.optional(),
  note: evaluationFields.note.optional(),
});
export type DealEvaluationSave = z.input<typeof dealEvaluationSave>;

export const quadrantDeal = z.object({
  opportunityId: id,
  name: z.string(),
  accountId: id,
  accountName: z.string(),
  amount: z.number(),
  currency: z.enum(CURRENCIES),
  score: z.number().nullable(),
  attractiveness: z.number().nullable(),
  feasibility: z.number().nullable(),
  /** Null until both attractiveness and feasibility are scored. */
  quadrant: z.enum(QUADRANTS).nullable(),
});
export type QuadrantDeal = z.infer<typeof quadrantDeal>;

export const quadrantView = z.object({
  /** The boundary between low and high on both axes (≥ is high). */
  split: z.number(),
  /** Every open deal, the unpositioned ones included. */
  deals: z.array(quadrantDeal),
});
export type QuadrantView = z.infer<typeof quadrantView>;

// ---------- An account's grading ----------

export const creditFlag = z.strictObject({
  flag: z.enum(CREDIT_RISK_FLAGS),
  /** When the sign was noticed. */
  date: isoDate,
  note: text(1000),
});
export type CreditFlag = z.infer<typeof creditFlag>;

const accountScoringFields = {
  /** The last purchase from us; recency is counted from it to today. */
  lastPurchaseDate: isoDate.nullable(),
  /** Purchases from us (seed 002's "bought 4 times"). */
  purchaseCount: z
    .number({ error: 'invalid_type' })
    .int({ error: 'not_integer' })
    .min(0, { error: 'too_small' })
    .max(1_000_000, { error: 'too_big' })
    .nullable(),
  /** Amount bought from us (seed 002's 20,000). */
  purchaseAmount: z
    .number({ error: 'invalid_type' })
    .finite()
    .min(0, { error: 'too_small' })
    .max(1e15, { error: 'too_big' })
    .nullable(),
  creditFlags: z.array(creditFlag).max(CREDIT_RISK_FLAGS.length),
  creditNote: text(4000),
};

export const rfmResult = z.object({
  recencyDays: z.number().int(),
  scores: z.object({ r: z.number().int(), f: z.number().int(), m: z.number().int() }),
  points: z.number(),
  tier: z.enum(RFM_TIERS).nullable(),
});
export type RfmResult = z.infer<typeof rfmResult>;

export const accountScoring = z.object({
  accountId: id,
  ...accountScoringFields,
  version,
  updatedAt: z.string().nullable(),
  /** Null until all three figures are known. */
  rfm: rfmResult.nullable(),
});
export type AccountScoring = z.infer<typeof accountScoring>;

/**
 * Omitted fields keep their value; `creditFlags` replaces the list. Refused: a date in the
 * future (`date_in_future`), a sign flagged twice (`duplicate_flag`), a stale version (conflict).
 */
export const accountScoringSave = z.strictObject({
  accountId: id,
  version,
  lastPurchaseDate: accountScoringFields.lastPurchaseDate.optional(),
  purchaseCount: accountScoringFields.purchaseCount.optional(),
  purchaseAmount: accountScoringFields.purchaseAmount.optional(),
  creditFlags: accountScoringFields.creditFlags.optional(),
  creditNote: accountScoringFields.creditNote.optional(),
});
export type AccountScoringSave = z.input<typeof accountScoringSave>;

export const scoringChannels = {
  'evaluation.get': { input: z.strictObject({ opportunityId: id }), output: dealEvaluation },
  'evaluation.save': { input: dealEvaluationSave, output: dealEvaluation },
  'evaluation.quadrant': { input: z.strictObject({}), output: quadrantView },
  'scoringSettings.get': { input: z.strictObject({}), output: scoringSettings },
  'scoringSettings.save': { input: scoringSettingsSave, output: scoringSettings },
  'accountScoring.get': { input: z.strictObject({ accountId: id }), output: accountScoring },
  'accountScoring.save': { input: accountScoringSave, output: accountScoring },
} as const;
