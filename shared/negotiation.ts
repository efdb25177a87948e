import { z } from 'zod';
import {
  NEGOTIATION_ISSUES,
  NEGOTIATION_PRINCIPLES,
  NEGOTIATION_ROLES,
  PRIORITIES,
} from './enums.ts';
import { id } from './schemas.ts';

// Negotiation preparation (DOMAIN.md §7): one sheet per meeting round of a deal.

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1, { error: 'required' }).max(max);
const isoDate = z.iso.date({ error: 'invalid_date' });
const version = z.number().int().min(1);
// The checks name their own codes: the type error would otherwise stand for them too.
const amount = z
  .number({ error: 'invalid_type' })
  .finite()
  .min(-1e15, { error: 'too_small' })
  .max(1e15, { error: 'too_big' });

/** For the terms we negotiate, better means higher (our price) or lower (our penalty). */
export const DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Ideal ≥ target ≥ walk-away when higher is better, the other way round when lower is. */
export const objective = z.strictObject({
  term: requiredText(200),
  direction: z.enum(DIRECTIONS),
  ideal: amount,
  target: amount,
  walkAway: amount,
  unit: text(20),
});
export type Objective = z.infer<typeof objective>;

/** A built-in issue's code, or `custom_<n>` for one the user added (its label is then required). */
export const issueKey = z.union([
  z.enum(NEGOTIATION_ISSUES),
  z.string().regex(/^custom_[0-9]{1,4}$/, { error: 'invalid_option' }),
]);
export type IssueKey = z.infer<typeof issueKey>;

export const negotiationIssue = z.strictObject({
  key: issueKey,
  /** Required for custom issues; built-in ones are labelled by their code in the UI language. */
  label: text(100),
  ourPriority: z.enum(PRIORITIES).nullable(),
  theirPriority: z.enum(PRIORITIES).nullable(),
  opening: text(500),
  /** Optional number behind the opening. */
  openingValue: amount.nullable(),
  /**
   * Our one limit on this issue: a concession that goes past it is warned about. With a number
   * the direction is required (`limit_needs_direction`), since "past" depends on it.
   */
  limit: amount.nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  /** Words beside the limit, e.g. "at least 20% down"; never read as the limit. */
  limitNote: text(500),
  /** What we could trade on this issue. */
  trade: text(1000),
});
export type NegotiationIssue = z.infer<typeof negotiationIssue>;

/** Give → get: what we concede on one issue for what we ask on another. */
export const concession = z.strictObject({
  giveIssue: issueKey,
  give: requiredText(500),
  /** The value the concession moves that issue to, compared with the issue's limit. */
  giveValue: amount.nullable(),
  getIssue: issueKey,
  get: requiredText(500),
});
export type Concession = z.infer<typeof concession>;

export const attendee = z.strictObject({
  side: z.enum(['ours', 'theirs']),
  /** Customer side: a member of the deal's committee; our side: null. */
  personId: id.nullable(),
  /** Our side's name; for the customer side the person's name is shown. */
  name: text(100),
  role: z.enum(NEGOTIATION_ROLES),
});
export type Attendee = z.infer<typeof attendee>;

const sheetFields = {
  title: requiredText(200),
  meetingDate: isoDate.nullable(),
  objectives: z.array(objective).max(20),
  ourBatna: text(4000),
  theirBatna: text(4000),
  issues: z.array(negotiationIssue).max(40),
  concessions: z.array(concession).max(40),
  attendees: z.array(attendee).max(40),
  agenda: text(4000),
  risks: text(4000),
  /** Principles ticked on the pre-meeting checklist. */
  principles: z.array(z.enum(NEGOTIATION_PRINCIPLES)).max(NEGOTIATION_PRINCIPLES.length),
  outcome: text(8000),
};

/** A concession past the limit of its issue: allowed, but the sheet warns. */
export const concessionWarning = z.object({
  index: z.number().int(),
  code: z.literal('beyond_limit'),
  issue: issueKey,
});
export type ConcessionWarning = z.infer<typeof concessionWarning>;

export const negotiationSheet = z.object({
  id,
  opportunityId: id,
  ...sheetFields,
  warnings: z.array(concessionWarning),
  version,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NegotiationSheet = z.infer<typeof negotiationSheet>;

export const negotiationSummary = negotiationSheet.pick({
  id: true,
  opportunityId: true,
  title: true,
  meetingDate: true,
  version: true,
  updatedAt: true,
});
export type NegotiationSummary = z.infer<typeof negotiationSummary>;

/**
 * Refused, nothing written: an objective whose walk-away is better than its target
 * (`walk_away_better_than_target`) or ideal worse than target (`ideal_worse_than_target`), an
 * issue listed twice (`duplicate_issue`), a custom issue without a label (`required`), a limit
 * without its direction (`limit_needs_direction`), a
 * concession on an issue not on the sheet (`unknown_issue`), a customer attendee who is not on the
 * committee (`not_a_member`). Checked on the whole sheet after the change.
 */
export const negotiationCreate = z.strictObject({
  opportunityId: id,
  title: sheetFields.title,
  meetingDate: sheetFields.meetingDate.default(null),
  objectives: sheetFields.objectives.default([]),
  ourBatna: sheetFields.ourBatna.default(''),
  theirBatna: sheetFields.theirBatna.default(''),
  /** Omitted: the eight built-in issues, empty. */
  issues: sheetFields.issues.optional(),
  concessions: sheetFields.concessions.default([]),
  attendees: sheetFields.attendees.default([]),
  agenda: sheetFields.agenda.default(''),
  risks: sheetFields.risks.default(''),
  principles: sheetFields.principles.default([]),
  outcome: sheetFields.outcome.default(''),
});
export type NegotiationCreate = z.input<typeof negotiationCreate>;

export const negotiationUpdate = z.strictObject({
  id,
  version,
  title: sheetFields.title.optional(),
  meetingDate: sheetFields.meetingDate.optional(),
  objectives: sheetFields.objectives.optional(),
  ourBatna: sheetFields.ourBatna.optional(),
  theirBatna: sheetFields.theirBatna.optional(),
  issues: sheetFields.issues.optional(),
  concessions: sheetFields.concessions.optional(),
  attendees: sheetFields.attendees.optional(),
  agenda: sheetFields.agenda.optional(),
  risks: sheetFields.risks.optional(),
  principles: sheetFields.principles.optional(),
  outcome: sheetFields.outcome.optional(),
});
export type NegotiationUpdate = z.input<typeof negotiationUpdate>;

export const negotiationChannels = {
  'negotiations.list': {
    input: z.strictObject({ opportunityId: id }),
    output: z.array(negotiationSummary),
  },
  'negotiations.get': { input: z.strictObject({ id }), output: negotiationSheet },
  'negotiations.create': { input: negotiationCreate, output: negotiationSheet },
  'negotiations.update': { input: negotiationUpdate, output: negotiationSheet },
} as const;
