import { z } from 'zod';
import {
  BUYING_STAGES,
  COLOR_SCHEMES,
  CURRENCIES,
  FUNNEL_STAGES,
  GRADES,
  LEVELS,
  LOCALES,
  OPPORTUNITY_STATUSES,
  PAYMENT_BEHAVIOURS,
  PURCHASE_TYPES,
  STATUSES_NEEDING_REASON,
} from './enums.ts';

// Building blocks. Text is trimmed; optional text is stored as '' rather than null.
export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'invalid_type' });
const requiredText = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);
const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date({ error: 'invalid_date' });
// A schema-wide `error` stands for every check of the schema: each check names its own code.
const money = z
  .number({ error: 'invalid_type' })
  .finite()
  .min(0, { error: 'negative_amount' })
  .max(1e15, { error: 'too_big' });
const version = z.number().int().min(1);
const timestamps = { version, createdAt: z.string(), updatedAt: z.string() };

/** Win probability in percent; the refusal names the range rather than a bare min/max. */
export const probability = z
  .number({ error: 'probability_range' })
  .int({ error: 'probability_range' })
  .min(0, { error: 'probability_range' })
  .max(100, { error: 'probability_range' });

/** A stage or criterion key: stable across renames, so history and snapshots stay readable. */
export const stageKey = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'invalid_option' });
export const stageSetId = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'invalid_option' });

// ---------- Accounts (DOMAIN.md §2: basic, business, logistics, business record) ----------

const accountFields = {
  // basic
  name: requiredText(200),
  address: text(500),
  phone: text(50),
  fax: text(50),
  bankAccount: text(100),
  website: text(300),
  industry: text(100),
  region: text(100),
  // business
  developmentPlans: text(4000),
  fiscalYearStartMonth: z.number().int().min(1).max(12).nullable(),
  listed: z.boolean(),
  revenue: money.nullable(),
  staffSize: z.number().int({ error: 'not_integer' }).min(0).max(10_000_000).nullable(),
  budget: money.nullable(),
  installedBase: text(4000),
  // logistics
  deliveryPreferences: text(2000),
  sites: text(2000),
  // business record
  pastDeals: text(4000),
  paymentBehaviour: z.enum(PAYMENT_BEHAVIOURS).nullable(),
  // classification and ownership
  grade: z.enum(GRADES).nullable(),
  funnelStage: z.enum(FUNNEL_STAGES),
  owner: text(100),
};

export const account = z.object({ id, ...accountFields, archived: z.boolean(), ...timestamps });
export type Account = z.infer<typeof account>;

export const accountListItem = account.extend({
  peopleCount: z.number().int(),
  openOpportunityCount: z.number().int(),
});
export type AccountListItem = z.infer<typeof accountListItem>;

const accountDefaults = {
  address: '',
  phone: '',
  fax: '',
  bankAccount: '',
  website: '',
  industry: '',
  region: '',
  developmentPlans: '',
  fiscalYearStartMonth: null,
  listed: false,
  revenue: null,
  staffSize: null,
  budget: null,
  installedBase: '',
  deliveryPreferences: '',
  sites: '',
  pastDeals: '',
  paymentBehaviour: null,
  grade: null,
  funnelStage: 'prospect',
  owner: '',
} as const satisfies Partial<Record<keyof typeof accountFields, unknown>>;

/** Fields of an account the user edits in a form (create and update share it). */
export const accountDraft = z.strictObject(accountFields);
export type AccountDraft = z.infer<typeof accountDraft>;
export const emptyAccountDraft: AccountDraft = { name: '', ...accountDefaults };

export const accountCreate = z.strictObject({
  ...accountFields,
  ...withDefaults(accountFields, accountDefaults),
});
export type AccountCreate = z.input<typeof accountCreate>;

export const accountUpdate = z.strictObject({ id, version, ...partial(accountFields) });
export type AccountUpdate = z.input<typeof accountUpdate>;

// ---------- People (stakeholders of one account) ----------

const personFields = {
  name: requiredText(100),
  title: text(100),
  department: text(100),
  level: z.enum(LEVELS).nullable(),
  /** Solid line: the formal reports-to. */
  managerId: id.nullable(),
  /** Dotted line: an optional second manager. */
  secondManagerId: id.nullable(),
  /** Outside the customer (consultant, design institute, official): on the map, no reporting line. */
  external: z.boolean(),
  /** An external person's own organisation, e.g. 华东电力设计院. */
  organization: text(100),
  phone: text(50),
  email: z.union([
    z.literal(''),
    z.email({ error: 'invalid_email' }).max(200, { error: 'too_long' }),
  ]),
  birthday: isoDate.nullable(),
  interests: text(2000),
  education: text(1000),
  notes: text(4000),
};

export const person = z.object({
  id,
  accountId: id,
  ...personFields,
  archived: z.boolean(),
  ...timestamps,
});
export type Person = z.infer<typeof person>;

const personDefaults = {
  title: '',
  department: '',
  level: null,
  managerId: null,
  secondManagerId: null,
  external: false,
  organization: '',
  phone: '',
  email: '',
  birthday: null,
  interests: '',
  education: '',
  notes: '',
} as const satisfies Partial<Record<keyof typeof personFields, unknown>>;

export const personDraft = z.strictObject(personFields);
export type PersonDraft = z.infer<typeof personDraft>;
export const emptyPersonDraft: PersonDraft = { name: '', ...personDefaults };

export const personCreate = z.strictObject({
  accountId: id,
  ...personFields,
  ...withDefaults(personFields, personDefaults),
});
export type PersonCreate = z.input<typeof personCreate>;

export const personUpdate = z.strictObject({
  id,
  version,
  ...partial(personFields),
  archived: z.boolean().optional(),
});
export type PersonUpdate = z.input<typeof personUpdate>;

// ---------- Opportunities ----------

const opportunityFields = {
  name: requiredText(200),
  products: text(1000),
  amount: money,
  currency: z.enum(CURRENCIES),
  expectedCloseDate: isoDate.nullable(),
  owner: text(100),
  purchaseType: z.enum(PURCHASE_TYPES),
  /** A stage key of the deal's stage set (checked by the main process against that set). */
  salesStage: stageKey,
  /** Win probability in percent: the stage's unless overridden (see probabilityOverride). */
  probability,
  buyingStage: z.enum(BUYING_STAGES).nullable(),
  status: z.enum(OPPORTUNITY_STATUSES),
  statusReason: text(1000),
};

export const opportunity = z.object({
  id,
  accountId: id,
  ...opportunityFields,
  /** The stage set the deal moves along; fixed when the deal is created. */
  stageSetId,
  /** The probability set by hand, kept across stage moves; null when it follows the stage. */
  probabilityOverride: probability.nullable(),
  ...timestamps,
});
export type Opportunity = z.infer<typeof opportunity>;

export const opportunityListItem = opportunity.extend({ accountName: z.string() });
export type OpportunityListItem = z.infer<typeof opportunityListItem>;

const opportunityDefaults = {
  products: '',
  amount: 0,
  currency: 'CNY',
  expectedCloseDate: null,
  owner: '',
  purchaseType: 'new_task',
  buyingStage: null,
  status: 'open',
  statusReason: '',
} as const satisfies Partial<Record<keyof typeof opportunityFields, unknown>>;

/** A lost or dropped deal needs its reason; checked on the merged record by the service too. */
export function reasonIssue(o: { status?: string; statusReason?: string }): boolean {
  return (
    STATUSES_NEEDING_REASON.includes(o.status as never) && (o.statusReason ?? '').trim() === ''
  );
}
const requireReason = (o: { status?: string; statusReason?: string }, ctx: z.RefinementCtx) => {
  if (reasonIssue(o))
    ctx.addIssue({ code: 'custom', path: ['statusReason'], message: 'reason_required' });
};

export const opportunityDraft = z.strictObject(opportunityFields).superRefine(requireReason);
export type OpportunityDraft = z.infer<typeof opportunityDraft>;
export const emptyOpportunityDraft: OpportunityDraft = {
  name: '',
  salesStage: 'account_planning',
  probability: 10,
  ...opportunityDefaults,
};

/**
 * Without stageSetId the deal gets the default stage set; without salesStage, that set's first
 * stage. A probability other than the stage's is stored as an override.
 */
export const opportunityCreate = z
  .strictObject({
    accountId: id,
    ...opportunityFields,
    ...withDefaults(opportunityFields, opportunityDefaults),
    stageSetId: stageSetId.optional(),
    salesStage: stageKey.optional(),
    probability: probability.optional(),
  })
  .superRefine(requireReason);
export type OpportunityCreate = z.input<typeof opportunityCreate>;

/**
 * A probability that differs from the stored one becomes the override; `probabilityOverride`
 * pins a number (even the stage's own) or, null, drops the override so the probability follows
 * the stage again. A new stage brings its probability unless the deal is overridden. The stage
 * set of a deal is not changed here.
 */
export const opportunityUpdate = z.strictObject({
  id,
  version,
  ...partial(opportunityFields),
  probabilityOverride: probability.nullable().optional(),
});
export type OpportunityUpdate = z.input<typeof opportunityUpdate>;

// ---------- Settings, history, app ----------

export const settings = z.object({
  locale: z.enum(LOCALES),
  /** A key person not contacted for longer than this is flagged in committee coverage. */
  reviewCadenceDays: z.number().int().min(1).max(365),
  /** A competitor entry not verified for longer than this is marked stale. */
  competitorStaleDays: z.number().int().min(1).max(3650),
  // The 1-15-30 review queue (DOMAIN.md §4); defaults DEFAULT_REVIEW_RULES (shared/pipeline.ts).
  /** "1": a deal not updated for this many days is due for review. */
  reviewNotUpdatedDays: z.number().int().min(1).max(365),
  /** "15": neither committee nor stage moved for this many days. */
  reviewStalledDays: z.number().int().min(1).max(365),
  /** "30": open this long with no exit criterion met. */
  reviewNoIntentDays: z.number().int().min(1).max(730),
  // Forecast categories from probability; best case ≤ commit is checked by the settings service.
  forecastCommitMin: z.number().int().min(0).max(100),
  forecastBestCaseMin: z.number().int().min(0).max(100),
  /** Chinese interface: wide money columns in 万 (740万元), the currency named in each cell. */
  moneyInWan: z.boolean(),
  /** Light or dark interface; 'system' follows the OS. Printed sheets are always light. */
  colorScheme: z.enum(COLOR_SCHEMES),
});
export type Settings = z.infer<typeof settings>;

export const HISTORY_ENTITIES = [
  'account',
  'person',
  'opportunity',
  'settings',
  'committee_member',
  'influence_line',
  'competitor',
  'deal_competitor',
  'criterion',
  'deal_outcome',
  'swot',
  'negotiation',
  'activity',
  'stage_evidence',
  'stage_confirmation',
  'stage_set',
  'deal_evaluation',
  'account_scoring',
  'team_member',
  // Where a card sits on the account map (issue 15): in history so a drag can be undone.
  'map_position',
] as const;
export const change = z.object({
  id: z.number().int(),
  entity: z.enum(HISTORY_ENTITIES),
  entityId: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  /** Changed fields only: before is null on create. */
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()),
  at: z.string(),
  /** The import that wrote it (issue 14), by id and name; absent for everything else. */
  import: z.object({ id: z.string(), name: z.string() }).optional(),
});
export type Change = z.infer<typeof change>;

export const appInfo = z.object({
  version: z.string(),
  schemaVersion: z.number().int(),
  workspacePath: z.string(),
  systemLocale: z.enum(LOCALES),
});
export type AppInfo = z.infer<typeof appInfo>;

// ---------- helpers ----------

type Shape = Record<string, z.ZodType>;

function partial<S extends Shape>(shape: S): { [K in keyof S]: z.ZodOptional<S[K]> } {
  return Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof S]: z.ZodOptional<S[K]>;
  };
}

/** The same fields, each defaulting to the given value when omitted. */
function withDefaults<S extends Shape, D extends { [K in keyof S]?: z.output<S[K]> }>(
  shape: S,
  defaults: D,
): { [K in keyof D & keyof S]: z.ZodDefault<S[K]> } {
  return Object.fromEntries(
    Object.entries(defaults).map(([k, v]) => [k, shape[k]!.default(v as never)]),
  ) as { [K in keyof D & keyof S]: z.ZodDefault<S[K]> };
}
