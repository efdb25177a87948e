import { z } from 'zod';
import { committeeMember } from './committee.ts';
import { INFLUENCE_DIRECTIONS, INFLUENCE_LINE_KINDS, INFLUENCE_STRENGTHS } from './enums.ts';
import { id, person } from './schemas.ts';

// The account map (DOMAIN.md §3): the customer's people with their reporting lines (people.managerId,
// solid; people.secondManagerId, dotted), the influence lines of the decision chain, and the
// positions a user chose by hand. Re-parenting goes through `people.update { id, version, managerId }`.

const version = z.number().int().min(1);
const note = z.string().trim().max(2000);

export const influenceLine = z.object({
  id,
  accountId: id,
  fromPersonId: id,
  toPersonId: id,
  kind: z.enum(INFLUENCE_LINE_KINDS),
  direction: z.enum(INFLUENCE_DIRECTIONS),
  strength: z.enum(INFLUENCE_STRENGTHS),
  note: z.string(),
  version,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type InfluenceLine = z.infer<typeof influenceLine>;

/**
 * A new line. Refused (nothing written): a self-line (`influence_self`), an end in another
 * account (`influence_other_account`), an unknown person (`person_not_found`), or a second line of
 * the same kind between the same two people in either direction (`influence_duplicate`).
 */
export const influenceCreate = z.strictObject({
  fromPersonId: id,
  toPersonId: id,
  kind: z.enum(INFLUENCE_LINE_KINDS),
  direction: z.enum(INFLUENCE_DIRECTIONS).default('one_way'),
  strength: z.enum(INFLUENCE_STRENGTHS).default('medium'),
  note: note.default(''),
});
export type InfluenceCreate = z.input<typeof influenceCreate>;

/** Changing the kind can also make a duplicate; the ends of a line do not change. */
export const influenceUpdate = z.strictObject({
  id,
  version,
  kind: z.enum(INFLUENCE_LINE_KINDS).optional(),
  direction: z.enum(INFLUENCE_DIRECTIONS).optional(),
  strength: z.enum(INFLUENCE_STRENGTHS).optional(),
  note: note.optional(),
});
export type InfluenceUpdate = z.input<typeof influenceUpdate>;

/** Top-left corner of a card the user placed by hand, in map pixels. */
export const mapPosition = z.object({
  personId: id,
  x: z.number().finite().min(-1e6).max(1e6),
  y: z.number().finite().min(-1e6).max(1e6),
});
export type MapPosition = z.infer<typeof mapPosition>;

/** What the map shows of a committee member when a deal is selected. */
export const mapCommitteeMember = committeeMember.pick({
  personId: true,
  roles: true,
  attitude: true,
  attitudeScore: true,
  influence: true,
  contact: true,
  lastContactDate: true,
});
export type MapCommitteeMember = z.infer<typeof mapCommitteeMember>;

export const orgChart = z.object({
  accountId: id,
  accountName: z.string(),
  /** Active (not archived) people of the account, external ones included. */
  people: z.array(person),
  /** Lines whose both ends are active people. */
  lines: z.array(influenceLine),
  positions: z.array(mapPosition),
  /** Present when `opportunityId` was given: that deal's committee. */
  committee: z
    .object({
      opportunityId: id,
      opportunityName: z.string(),
      members: z.array(mapCommitteeMember),
    })
    .nullable(),
});
export type OrgChart = z.infer<typeof orgChart>;

/** A reporting line that `orgchart.removePerson` moved, so the renderer can undo it. */
export const reassignment = z.object({
  personId: id,
  field: z.enum(['managerId', 'secondManagerId']),
  from: id,
  to: id.nullable(),
});
export type Reassignment = z.infer<typeof reassignment>;

export const orgchartChannels = {
  /** `opportunity_other_account` when the deal is not this account's. */
  'orgchart.get': {
    input: z.strictObject({ accountId: id, opportunityId: id.optional() }),
    output: orgChart,
  },
  /** Upserts manual positions; people of other accounts are refused (`person_other_account`). */
  'orgchart.savePositions': {
    input: z.strictObject({ accountId: id, positions: z.array(mapPosition).min(1).max(5000) }),
    output: z.array(mapPosition),
  },
  /** Forgets manual positions (all of the account's, or the listed people's): auto layout again. */
  'orgchart.resetPositions': {
    input: z.strictObject({ accountId: id, personIds: z.array(id).max(5000).optional() }),
    output: z.array(mapPosition),
  },
  /**
   * Deletes a person from the map: archives them; their direct reports move up to their manager
   * and dotted lines to them are cleared, all in one transaction. Undo = unarchive + move back.
   */
  'orgchart.removePerson': {
    input: z.strictObject({ id, version }),
    output: z.object({ person, reassigned: z.array(reassignment) }),
  },
  'influences.create': { input: influenceCreate, output: influenceLine },
  'influences.update': { input: influenceUpdate, output: influenceLine },
  /** Returns the deleted line so that undo can draw it again. */
  'influences.delete': { input: z.strictObject({ id }), output: influenceLine },
} as const;
