import { z } from 'zod';
import { CURRENCIES, GRADES, OPPORTUNITY_STATUSES } from './enums.ts';
import { FORECAST_CATEGORIES } from './forecast.ts';
import { stageKey, stageSetId } from './pipeline.ts';
import { id } from './schemas.ts';
import { teamFilter } from './team.ts';

// Pipeline views (issue 6): board, table and funnel read one lean list of deals with the
// facets their filter pickers offer. Built to stay quick at 20,000 deals.

/** A calendar quarter such as 2025-Q3. */
export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;
export const closeQuarter = z.string().regex(QUARTER_PATTERN, { error: 'invalid_quarter' });

export const pipelineListInput = z.strictObject({
  owner: z.string().trim().min(1).max(100).optional(),
  /** Deals owned by a team member, or by a manager's whole team (checked in main). */
  team: teamFilter.optional(),
  accountId: id.optional(),
  closeQuarter: closeQuarter.optional(),
  /** The account's grade (A/B/C/D). */
  grade: z.enum(GRADES).optional(),
  status: z.enum(OPPORTUNITY_STATUSES).default('open'),
  stageSetId: stageSetId.optional(),
});
export type PipelineListInput = z.input<typeof pipelineListInput>;

export const pipelineRow = z.object({
  id,
  name: z.string(),
  accountId: id,
  accountName: z.string(),
  accountGrade: z.enum(GRADES).nullable(),
  owner: z.string(),
  stageSetId,
  stageKey,
  amount: z.number(),
  currency: z.enum(CURRENCIES),
  probability: z.number().int(),
  /** amount × probability / 100, rounded to cents. */
  weighted: z.number(),
  category: z.enum(FORECAST_CATEGORIES),
  closeDate: z.iso.date().nullable(),
  status: z.enum(OPPORTUNITY_STATUSES),
  updatedAt: z.string(),
  /** Optimistic-lock version, so the board can move the card without reading the deal first. */
  version: z.number().int(),
});
export type PipelineRow = z.infer<typeof pipelineRow>;

/**
 * Facets come from every deal of the requested status and stage set, not from the filtered rows,
 * so a picker never loses the options that would widen the current selection.
 */
export const pipelineFacets = z.object({
  owners: z.array(z.string()),
  accounts: z.array(z.object({ id, name: z.string() })),
  /** 'YYYY-Qn', ascending. */
  quarters: z.array(z.string()),
});
export type PipelineFacets = z.infer<typeof pipelineFacets>;

export const pipelineListOutput = z.object({
  rows: z.array(pipelineRow),
  facets: pipelineFacets,
});
export type PipelineList = z.infer<typeof pipelineListOutput>;

export const pipelineListChannels = {
  'pipeline.list': { input: pipelineListInput, output: pipelineListOutput },
} as const;
