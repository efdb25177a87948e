import { z } from 'zod';
import {
  COMPETITIVE_POSITIONS,
  CONTACT_STRENGTHS,
  CRITERIA_AREAS,
  LOCALES,
  PRICE_LEVELS,
  THREAT_LEVELS,
  WIN_LOSS_REASONS,
} from './enums.ts';
import { id } from './schemas.ts';

// Competitors (DOMAIN.md §6): a library of competitor entries that honestly shows how old it is,
// each deal's competitors with their rep's ties to the committee, the deal's weighted buying
// criteria scored for us and each competitor, win/loss records and the deal's SWOT.

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);
const isoDate = z.iso.date({ error: 'invalid_date' });
const version = z.number().int().min(1);
const timestamps = { version, createdAt: z.string(), updatedAt: z.string() };

type Shape = Record<string, z.ZodType>;
const optional = <S extends Shape>(shape: S) =>
  Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof S]: z.ZodOptional<S[K]>;
  };

// ---------- Competitor library ----------

const competitorFields = {
  name: requiredText(200),
  products: text(2000),
  priceLevel: z.enum(PRICE_LEVELS).nullable(),
  strengths: text(4000),
  weaknesses: text(4000),
  tactics: text(4000),
  referenceCustomers: text(4000),
  notes: text(4000),
};

export const competitor = z.object({
  id,
  ...competitorFields,
  /** YYYY-MM-DD of the last check that the entry is still true; set on create. */
  lastVerifiedAt: isoDate.nullable(),
  lastVerifiedBy: z.string(),
  archived: z.boolean(),
  ...timestamps,
});
export type Competitor = z.infer<typeof competitor>;

/** Our record against a competitor: closed deals they were in (won + lost; dropped ones left out). */
export const competitorRecord = z.object({
  won: z.number().int().min(0),
  lost: z.number().int().min(0),
  /** won / (won + lost); null before the first closed deal. */
  winRate: z.number().min(0).max(1).nullable(),
  /** Reasons recorded on those deals' outcomes, most cited first. */
  topReasons: z.array(
    z.object({ reason: z.enum(WIN_LOSS_REASONS), won: z.number().int(), lost: z.number().int() }),
  ),
});
export type CompetitorRecord = z.infer<typeof competitorRecord>;

export const competitorListItem = competitor.extend({
  /** Not verified within settings.competitorStaleDays (or never). */
  stale: z.boolean(),
  daysSinceVerified: z.number().int().nullable(),
  /** Open deals they are in. */
  openDeals: z.number().int().min(0),
  record: competitorRecord,
});
export type CompetitorListItem = z.infer<typeof competitorListItem>;

export const competitorDetail = competitorListItem.extend({
  deals: z.array(
    z.object({
      opportunityId: id,
      opportunityName: z.string(),
      accountName: z.string(),
      status: z.string(),
      position: z.enum(COMPETITIVE_POSITIONS).nullable(),
      winner: z.enum(['us', 'competitor', 'none']).nullable(),
      winnerCompetitorId: id.nullable(),
    }),
  ),
});
export type CompetitorDetail = z.infer<typeof competitorDetail>;

/** Whoever checked the entry; marks it verified today. */
const verifiedBy = requiredText(100);

export const competitorCreate = z.strictObject({
  ...competitorFields,
  products: competitorFields.products.default(''),
  priceLevel: competitorFields.priceLevel.default(null),
  strengths: competitorFields.strengths.default(''),
  weaknesses: competitorFields.weaknesses.default(''),
  tactics: competitorFields.tactics.default(''),
  referenceCustomers: competitorFields.referenceCustomers.default(''),
  notes: competitorFields.notes.default(''),
  verifiedBy: verifiedBy.optional(),
});
export type CompetitorCreate = z.input<typeof competitorCreate>;

export const competitorUpdate = z.strictObject({
  id,
  version,
  ...optional(competitorFields),
  archived: z.boolean().optional(),
  verifiedBy: verifiedBy.optional(),
});
export type CompetitorUpdate = z.input<typeof competitorUpdate>;

// ---------- A deal's competitors ----------

/** How close a competitor's rep is to a person of the customer. */
export const repRelation = z.strictObject({
  personId: id,
  closeness: z.enum(CONTACT_STRENGTHS).exclude(['none']),
});
export type RepRelation = z.infer<typeof repRelation>;

const dealCompetitorFields = {
  /** They already supply the customer. */
  incumbent: z.boolean(),
  /** The customer's satisfaction with the incumbent, 1 (poor) to 5 (very satisfied). */
  satisfaction: z.number().int({ error: 'not_integer' }).min(1).max(5).nullable(),
  repName: text(100),
  repStyle: text(1000),
  repRelations: z.array(repRelation).max(200),
  position: z.enum(COMPETITIVE_POSITIONS).nullable(),
  threat: z.enum(THREAT_LEVELS).nullable(),
  theirStrategy: text(4000),
  ourCounter: text(4000),
};

export const dealCompetitor = z.object({
  opportunityId: id,
  competitorId: id,
  competitorName: z.string(),
  ...dealCompetitorFields,
  ...timestamps,
});
export type DealCompetitor = z.infer<typeof dealCompetitor>;

/**
 * Puts a competitor in the deal or changes their entry; omitted fields keep their value (or the
 * default for a new entry). Refused: an unknown or archived competitor (`competitor_not_found`),
 * a rep relation to a person of another account (`person_other_account`) or listed twice
 * (`duplicate_person`).
 */
export const dealCompetitorUpsert = z.strictObject({
  opportunityId: id,
  competitorId: id,
  version: version.optional(),
  ...optional(dealCompetitorFields),
});
export type DealCompetitorUpsert = z.input<typeof dealCompetitorUpsert>;

// ---------- Buying criteria ----------

/** 'us' or the id of a competitor in the deal. */
export const vendorKey = z.union([z.literal('us'), id]);
export type VendorKey = z.infer<typeof vendorKey>;

export const criterionScore = z.strictObject({
  vendor: vendorKey,
  /** 1 (poor) … 10 (excellent); null = not scored yet. */
  score: z.number().int({ error: 'not_integer' }).min(1).max(10).nullable(),
  note: text(1000),
});
export type CriterionScore = z.infer<typeof criterionScore>;

export const criterion = z.object({
  id,
  opportunityId: id,
  area: z.enum(CRITERIA_AREAS).nullable(),
  name: z.string(),
  /** Relative weight as entered (≥ 0); weightPercent is it normalised over the deal's criteria. */
  weight: z.number().min(0),
  weightPercent: z.number().min(0).max(100),
  position: z.number().int(),
  scores: z.array(criterionScore),
  ...timestamps,
});
export type Criterion = z.infer<typeof criterion>;

/**
 * Creates (no id) or changes (id + version) a criterion. `scores` are merged by vendor. Refused:
 * a negative weight (`too_small`), a change that leaves every weight at zero (`weights_all_zero`),
 * a score outside 1–10, a vendor that is neither us nor a competitor in the deal
 * (`competitor_not_in_deal`).
 */
export const criterionUpsert = z.strictObject({
  opportunityId: id,
  id: id.optional(),
  version: version.optional(),
  area: z.enum(CRITERIA_AREAS).nullable().optional(),
  name: requiredText(200).optional(),
  weight: z.number({ error: 'invalid_type' }).finite().min(0).max(1000).optional(),
  scores: z.array(criterionScore).max(50).optional(),
});
export type CriterionUpsert = z.input<typeof criterionUpsert>;

export const vendorTotal = z.object({
  vendor: vendorKey,
  name: z.string(),
  /** Σ weight × score / Σ weight over the criteria this vendor is scored on: 1–10, null if none. */
  weightedTotal: z.number().nullable(),
  /** Share of the total weight that is scored for this vendor, 0–100. */
  scoredPercent: z.number().min(0).max(100),
});
export type VendorTotal = z.infer<typeof vendorTotal>;

export const criterionGap = z.object({
  competitorId: id,
  competitorName: z.string(),
  criterionId: id,
  criterionName: z.string(),
  weightPercent: z.number(),
  ourScore: z.number().int(),
  theirScore: z.number().int(),
  /** theirScore − ourScore, > 0: we trail. */
  gap: z.number().int(),
  /** gap × weightPercent / 100: what the gap costs in weighted points. */
  weightedGap: z.number(),
});
export type CriterionGap = z.infer<typeof criterionGap>;

export const comparison = z.object({
  criteria: z.array(criterion),
  /** Us first, then the deal's competitors in their order. */
  vendors: z.array(vendorTotal),
  /** Where we trail, the costliest first (weightedGap, then gap, then criterion order). */
  gaps: z.array(criterionGap),
});
export type Comparison = z.infer<typeof comparison>;

// ---------- Win/loss and SWOT ----------

export const dealOutcome = z.object({
  opportunityId: id,
  winner: z.enum(['us', 'competitor', 'none']),
  winnerCompetitorId: id.nullable(),
  reasons: z.array(z.enum(WIN_LOSS_REASONS)),
  note: z.string(),
  ...timestamps,
});
export type DealOutcome = z.infer<typeof dealOutcome>;

/**
 * Refused: an open deal (`deal_not_closed`); 'us' unless the deal is won and 'us' when it is won
 * (`winner_mismatch`); 'competitor' without a competitor of the deal (`competitor_not_in_deal`).
 */
export const dealOutcomeRecord = z.strictObject({
  opportunityId: id,
  version: version.optional(),
  winner: z.enum(['us', 'competitor', 'none']),
  winnerCompetitorId: id.nullable().default(null),
  reasons: z.array(z.enum(WIN_LOSS_REASONS)).max(WIN_LOSS_REASONS.length).default([]),
  note: text(2000).default(''),
});
export type DealOutcomeRecord = z.input<typeof dealOutcomeRecord>;

const swotFields = {
  strengths: text(4000),
  weaknesses: text(4000),
  opportunities: text(4000),
  threats: text(4000),
};
export const swot = z.object({ opportunityId: id, ...swotFields, ...timestamps });
export type Swot = z.infer<typeof swot>;

export const competitionChannels = {
  'competitors.list': {
    input: z.strictObject({ includeArchived: z.boolean().default(false) }),
    output: z.array(competitorListItem),
  },
  'competitors.get': { input: z.strictObject({ id }), output: competitorDetail },
  /** `duplicate_name` when an active competitor already has the name. */
  'competitors.create': { input: competitorCreate, output: competitor },
  'competitors.update': { input: competitorUpdate, output: competitor },

  'dealCompetitors.list': {
    input: z.strictObject({ opportunityId: id }),
    output: z.array(dealCompetitor),
  },
  'dealCompetitors.upsert': { input: dealCompetitorUpsert, output: dealCompetitor },
  /** Also removes the competitor's scores from the deal's criteria. */
  'dealCompetitors.remove': {
    input: z.strictObject({ opportunityId: id, competitorId: id }),
    output: dealCompetitor,
  },

  'criteria.list': { input: z.strictObject({ opportunityId: id }), output: z.array(criterion) },
  'criteria.upsert': { input: criterionUpsert, output: criterion },
  'criteria.remove': { input: z.strictObject({ id }), output: criterion },
  /** Adds the five default areas (equal weights), named in `locale`, when the deal has none. */
  'criteria.addDefaults': {
    input: z.strictObject({ opportunityId: id, locale: z.enum(LOCALES) }),
    output: z.array(criterion),
  },
  'criteria.comparison': { input: z.strictObject({ opportunityId: id }), output: comparison },

  'outcomes.get': {
    input: z.strictObject({ opportunityId: id }),
    output: dealOutcome.nullable(),
  },
  'outcomes.record': { input: dealOutcomeRecord, output: dealOutcome },

  'swot.get': { input: z.strictObject({ opportunityId: id }), output: swot.nullable() },
  'swot.save': {
    input: z.strictObject({ opportunityId: id, version: version.optional(), ...swotFields }),
    output: swot,
  },
} as const;
