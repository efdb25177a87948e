import { z } from 'zod';
import { CURRENCIES, OPPORTUNITY_STATUSES } from './enums.ts';
import { probability, stageKey, stageSetId } from './pipeline.ts';
import { id } from './schemas.ts';
import { teamFilter } from './team.ts';

// Forecast (DOMAIN.md §4 "Forecast"): weighted pipeline Σ amount × probability, forecast
// categories, weekly snapshots (immutable) and week-over-week movements.

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date({ error: 'invalid_date' });

export const FORECAST_CATEGORIES = ['commit', 'best_case', 'pipeline'] as const;
export type ForecastCategory = (typeof FORECAST_CATEGORIES)[number];

/** Category from probability unless the deal sets one by hand. */
export const categoryThresholds = z
  .strictObject({
    commitMin: probability,
    bestCaseMin: probability,
  })
  .refine((t) => t.bestCaseMin <= t.commitMin, {
    path: ['bestCaseMin'],
    error: 'too_big',
  });
export type CategoryThresholds = z.infer<typeof categoryThresholds>;
export const DEFAULT_CATEGORY_THRESHOLDS: CategoryThresholds = { commitMin: 90, bestCaseMin: 50 };

export const FORECAST_GROUP_BY = ['month', 'quarter'] as const;
export type ForecastGroupBy = (typeof FORECAST_GROUP_BY)[number];

/** One deal as the forecast sees it: the same shape is frozen into a snapshot. */
export const forecastLine = z.object({
  opportunityId: id,
  name: z.string(),
  accountId: id,
  accountName: z.string(),
  owner: z.string(),
  amount: z.number(),
  currency: z.enum(CURRENCIES),
  probability: z.number().int().min(0).max(100),
  /** The deal's stage set, so a stage key is read in its own set. */
  stageSetId,
  stageKey,
  status: z.enum(OPPORTUNITY_STATUSES),
  /** Null: the deal has no close date; shown in an "undated" bucket. */
  expectedCloseDate: isoDate.nullable(),
  /** Manual category; null follows the thresholds. */
  categoryOverride: z.enum(FORECAST_CATEGORIES).nullable(),
});
export type ForecastLine = z.infer<typeof forecastLine>;

export const forecastGroup = z.object({
  /** 'YYYY-MM', 'YYYY-Qn' or 'undated'. */
  period: z.string(),
  /** Present when grouped by owner. */
  owner: z.string().nullable(),
  /** Amounts are never converted: one group per currency. */
  currency: z.enum(CURRENCIES),
  count: z.number().int(),
  /** Σ amount of open deals. */
  total: z.number(),
  /** Σ amount × probability / 100 of open deals. */
  weighted: z.number(),
  commit: z.number(),
  bestCase: z.number(),
  pipeline: z.number(),
  /** Σ amount of deals won with a close date in the period. */
  won: z.number(),
});
export type ForecastGroup = z.infer<typeof forecastGroup>;

export const forecastGetInput = z.strictObject({
  groupBy: z.enum(FORECAST_GROUP_BY),
  byOwner: z.boolean().default(false),
  owner: text(100).optional(),
  /** Deals owned by a team member, or by a manager's whole team (checked in main). */
  team: teamFilter.optional(),
  accountId: id.optional(),
  /** Close-date window, inclusive. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const forecastResult = z.object({
  groups: z.array(forecastGroup),
  thresholds: categoryThresholds,
});
export type ForecastResult = z.infer<typeof forecastResult>;

export const SNAPSHOT_KINDS = ['manual', 'automatic'] as const;

/** Immutable once taken: there is no update or delete channel, and the table refuses UPDATE. */
export const forecastSnapshot = z.object({
  id,
  takenAt: z.string(),
  /** Monday (YYYY-MM-DD) of the ISO week the snapshot belongs to. */
  weekOf: isoDate,
  kind: z.enum(SNAPSHOT_KINDS),
  note: z.string(),
  lines: z.array(forecastLine),
});
export type ForecastSnapshot = z.infer<typeof forecastSnapshot>;

/** Open deals of a snapshot per currency (never converted), for the list of snapshots. */
export const snapshotTotal = z.object({
  currency: z.enum(CURRENCIES),
  count: z.number().int(),
  total: z.number(),
  weighted: z.number(),
});
export type SnapshotTotal = z.infer<typeof snapshotTotal>;

export const snapshotSummary = forecastSnapshot.omit({ lines: true }).extend({
  lineCount: z.number().int(),
  totals: z.array(snapshotTotal),
});
export type SnapshotSummary = z.infer<typeof snapshotSummary>;

export const MOVEMENT_KINDS = [
  'new',
  'moved_in',
  'moved_out',
  'close_date_changed',
  'amount_changed',
  'stage_changed',
  'probability_changed',
  'won',
  'lost',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const movement = z.object({
  opportunityId: id,
  name: z.string(),
  owner: z.string(),
  currency: z.enum(CURRENCIES),
  kind: z.enum(MOVEMENT_KINDS),
  /** The line in the earlier and later picture; null when absent there. */
  before: forecastLine.nullable(),
  after: forecastLine.nullable(),
  /** Change of the weighted forecast (after − before): of all periods, or of the quarter asked. */
  weightedDelta: z.number(),
});
export type Movement = z.infer<typeof movement>;

export const forecastChannels = {
  'forecast.get': { input: forecastGetInput, output: forecastResult },
  'forecast.snapshot': {
    input: z.strictObject({ note: text(1000).default('') }),
    output: forecastSnapshot,
  },
  'forecast.snapshots': {
    input: z.strictObject({ limit: z.number().int().min(1).max(520).default(52) }),
    output: z.array(snapshotSummary),
  },
  'forecast.movements': {
    input: z.strictObject({
      /**
       * Earlier snapshot; default: the latest one taken in an earlier week than the later
       * picture (last week's review, even after this week's automatic snapshot), else the latest.
       */
      from: id.optional(),
      /** Later snapshot; default: the live pipeline now. */
      to: id.optional(),
      /**
       * Only deals whose close date before or after is in this quarter, 'YYYY-Qn', with the
       * change of its forecast; default: all periods (the team's whole forecast).
       */
      quarter: z
        .string()
        .regex(/^\d{4}-Q[1-4]$/, { error: 'invalid_option' })
        .optional(),
      /** Only this deal's movements (a deal's review pack); default: every deal's. */
      opportunityId: id.optional(),
    }),
    output: z.object({
      /** The quarter asked; null: all periods. */
      quarter: z.string().nullable(),
      /** The earlier snapshot compared; null when none was taken yet (every open deal is new). */
      fromSnapshotId: id.nullable(),
      movements: z.array(movement),
    }),
  },
} as const;
