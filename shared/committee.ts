import { z } from 'zod';
import {
  ATTITUDES,
  CONTACT_STRENGTHS,
  COVERAGE_FLAGS,
  DEPARTMENT_FUNCTIONS,
  INFLUENCES,
  MOTIVES,
} from './enums.ts';
import { id } from './schemas.ts';

// The buying committee of one opportunity (DOMAIN.md §3): who takes part, in which roles, how they
// feel about us, how well we know them, what moves them, and our plan to reach them.

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date({ error: 'invalid_date' });

/** A buying role's stable code: a built-in one (DEFAULT_BUYING_ROLES) or one a user added. */
export const roleCode = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, { error: 'unknown_role' });

export const motives = z.strictObject({
  jobDuties: z.array(z.enum(MOTIVES.jobDuties)).max(MOTIVES.jobDuties.length),
  personality: z.array(z.enum(MOTIVES.personality)).max(MOTIVES.personality.length),
  personalNeeds: z.array(z.enum(MOTIVES.personalNeeds)).max(MOTIVES.personalNeeds.length),
  notes: text(4000),
});
export type Motives = z.infer<typeof motives>;

/** 项目成单 = 公司利益 + 个人利益 + 人情 */
export const winFormula = z.strictObject({
  companyInterest: text(2000),
  personalInterest: text(2000),
  humanTouch: text(2000),
});
export type WinFormula = z.infer<typeof winFormula>;

/** Three steps (table 4-6): motives → routes that reach them → our route and key points. */
export const relationshipPlan = z.strictObject({
  routes: text(2000),
  ourRoute: text(2000),
  keyPoints: text(2000),
  owner: text(100),
  dueDate: isoDate.nullable(),
});
export type RelationshipPlan = z.infer<typeof relationshipPlan>;

const memberFields = {
  function: z.enum(DEPARTMENT_FUNCTIONS).nullable(),
  roles: z.array(roleCode).max(20),
  attitude: z.enum(ATTITUDES),
  /** A finer −3…+3 reading under the attitude; optional. */
  attitudeScore: z.number().int({ error: 'not_integer' }).min(-3).max(3).nullable(),
  influence: z.enum(INFLUENCES).nullable(),
  contact: z.enum(CONTACT_STRENGTHS),
  /** Who on our side owns the relationship. */
  relationshipOwner: text(100),
  lastContactDate: isoDate.nullable(),
  concerns: text(2000),
  motives,
  winFormula,
  plan: relationshipPlan,
};

export const committeeMember = z.object({
  id,
  opportunityId: id,
  personId: id,
  ...memberFields,
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CommitteeMember = z.infer<typeof committeeMember>;

export const emptyMotives: Motives = {
  jobDuties: [],
  personality: [],
  personalNeeds: [],
  notes: '',
};
export const emptyWinFormula: WinFormula = {
  companyInterest: '',
  personalInterest: '',
  humanTouch: '',
};
export const emptyPlan: RelationshipPlan = {
  routes: '',
  ourRoute: '',
  keyPoints: '',
  owner: '',
  dueDate: null,
};

/** What a new member starts with when the upsert leaves a field out. */
export const memberDefaults = {
  function: null,
  roles: [],
  attitude: 'neutral',
  attitudeScore: null,
  influence: null,
  contact: 'none',
  relationshipOwner: '',
  lastContactDate: null,
  concerns: '',
  motives: emptyMotives,
  winFormula: emptyWinFormula,
  plan: emptyPlan,
} as const satisfies { [K in keyof typeof memberFields]: z.output<(typeof memberFields)[K]> };

/**
 * Adds a person of the opportunity's account to its committee, or changes their entry: only the
 * given fields change. `version`, when given, must match the stored one (optimistic concurrency).
 */
export const upsertMemberInput = z.strictObject({
  opportunityId: id,
  personId: id,
  version: z.number().int().min(1).optional(),
  function: memberFields.function.optional(),
  roles: memberFields.roles.optional(),
  attitude: memberFields.attitude.optional(),
  attitudeScore: memberFields.attitudeScore.optional(),
  influence: memberFields.influence.optional(),
  contact: memberFields.contact.optional(),
  relationshipOwner: memberFields.relationshipOwner.optional(),
  lastContactDate: memberFields.lastContactDate.optional(),
  concerns: memberFields.concerns.optional(),
  motives: motives.optional(),
  winFormula: winFormula.optional(),
  plan: relationshipPlan.optional(),
});
export type UpsertMemberInput = z.input<typeof upsertMemberInput>;

/** A temporary change for the what-if view: never saved. */
export const whatIfChange = z.strictObject({
  personId: id,
  attitude: z.enum(ATTITUDES).optional(),
  contact: z.enum(CONTACT_STRENGTHS).optional(),
  influence: z.enum(INFLUENCES).nullable().optional(),
});
export type WhatIfChange = z.infer<typeof whatIfChange>;

export const coverageFlag = z.object({
  code: z.enum(COVERAGE_FLAGS),
  personId: id.optional(),
  /** One line in English; the renderer translates `code` with `params`. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** Points this flag takes off the coverage score. */
  points: z.number().int().min(0),
});
export type CoverageFlag = z.infer<typeof coverageFlag>;

export const coverage = z.object({
  /** 100 minus the points of every flag, never below 0. */
  score: z.number().int().min(0).max(100),
  flags: z.array(coverageFlag),
});
export type Coverage = z.infer<typeof coverage>;

export const COMMITTEE_TRACKED_FIELDS = [
  'roles',
  'attitude',
  'attitudeScore',
  'influence',
  'contact',
] as const;

export const committeeChange = z.object({
  at: z.string(),
  personId: id,
  personName: z.string(),
  /** added / removed, or a change of one of COMMITTEE_TRACKED_FIELDS. */
  kind: z.enum(['added', 'removed', 'changed']),
  field: z.enum(COMMITTEE_TRACKED_FIELDS).nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type CommitteeChange = z.infer<typeof committeeChange>;

// ---------- Buying roles (settings) ----------

export const buyingRole = z.object({
  code: roleCode,
  labelZh: z.string(),
  labelEn: z.string(),
  position: z.number().int(),
  hidden: z.boolean(),
  /** Built-in roles can be renamed and hidden but not removed; coverage rules use some of them. */
  builtIn: z.boolean(),
});
export type BuyingRole = z.infer<typeof buyingRole>;

const roleLabel = z.string().trim().min(1, { error: 'required' }).max(40);

export const committeeChannels = {
  'committee.get': {
    input: z.strictObject({ opportunityId: id }),
    output: z.object({ members: z.array(committeeMember) }),
  },
  'committee.upsertMember': { input: upsertMemberInput, output: committeeMember },
  'committee.removeMember': {
    input: z.strictObject({ opportunityId: id, personId: id }),
    output: committeeMember,
  },
  'committee.coverage': {
    input: z.strictObject({ opportunityId: id, whatIf: z.array(whatIfChange).max(200).optional() }),
    output: coverage,
  },
  'committee.changesSince': {
    input: z.strictObject({
      opportunityId: id,
      since: z.union([isoDate, z.iso.datetime({ offset: true })]),
    }),
    output: z.array(committeeChange),
  },
  'buyingRoles.list': { input: z.strictObject({}), output: z.array(buyingRole) },
  'buyingRoles.create': {
    input: z.strictObject({ labelZh: roleLabel, labelEn: roleLabel }),
    output: buyingRole,
  },
  'buyingRoles.update': {
    input: z.strictObject({
      code: roleCode,
      labelZh: roleLabel.optional(),
      labelEn: roleLabel.optional(),
      hidden: z.boolean().optional(),
    }),
    output: buyingRole,
  },
  'buyingRoles.reorder': {
    input: z.strictObject({ codes: z.array(roleCode).min(1).max(200) }),
    output: z.array(buyingRole),
  },
} as const;
