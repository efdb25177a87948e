import { z } from 'zod';
import { id } from './schemas.ts';

// Activities (DOMAIN.md §5): calls, visits, technical exchanges… with the people involved, what
// was promised and what comes next. They feed the account and deal timelines and the committee's
// last-contact dates.

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.iso.date({ error: 'invalid_date' });
const version = z.number().int().min(1);

export const ACTIVITY_KINDS = [
  'call',
  'visit',
  'technical_exchange',
  'demo',
  'dinner',
  'site_visit',
  'email',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

const activityFields = {
  kind: z.enum(ACTIVITY_KINDS),
  date: isoDate,
  /** People of the account involved; on a deal, usually committee members (checked by the service). */
  personIds: z.array(id).max(50),
  summary: text(8000),
  promises: text(4000),
  nextStep: text(2000),
  nextDate: isoDate.nullable(),
  /** Our side: who did it (rep's name, as `owner` elsewhere). */
  owner: text(100),
};

const nextNotBefore = (a: { date?: string; nextDate?: string | null }, ctx: z.RefinementCtx) => {
  if (a.date && a.nextDate && a.nextDate < a.date)
    ctx.addIssue({ code: 'custom', path: ['nextDate'], message: 'next_date_before_date' });
};

export const activity = z.object({
  id,
  accountId: id,
  /** Null for account-level activities not tied to a deal. */
  opportunityId: id.nullable(),
  ...activityFields,
  version,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Activity = z.infer<typeof activity>;

export const activityCreate = z
  .strictObject({
    accountId: id,
    opportunityId: id.nullable().default(null),
    kind: activityFields.kind,
    date: activityFields.date,
    personIds: activityFields.personIds.default([]),
    summary: activityFields.summary.default(''),
    promises: activityFields.promises.default(''),
    nextStep: activityFields.nextStep.default(''),
    nextDate: activityFields.nextDate.default(null),
    owner: activityFields.owner.default(''),
  })
  .superRefine(nextNotBefore);
export type ActivityCreate = z.input<typeof activityCreate>;

/** On update the merged record is checked again by the service (date vs nextDate). */
export const activityUpdate = z
  .strictObject({
    id,
    version,
    kind: activityFields.kind.optional(),
    date: activityFields.date.optional(),
    personIds: activityFields.personIds.optional(),
    summary: activityFields.summary.optional(),
    promises: activityFields.promises.optional(),
    nextStep: activityFields.nextStep.optional(),
    nextDate: activityFields.nextDate.optional(),
    owner: activityFields.owner.optional(),
    opportunityId: id.nullable().optional(),
  })
  .superRefine(nextNotBefore);
export type ActivityUpdate = z.input<typeof activityUpdate>;

export const activitiesListInput = z.strictObject({
  /** All activities of the account, deal-level ones included. */
  accountId: id.optional(),
  /** Only the deal's activities. */
  opportunityId: id.optional(),
  personId: id.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.number().int().min(1).max(5000).default(500),
});

export const activityChannels = {
  /** Newest first (date, then createdAt). */
  'activities.list': { input: activitiesListInput, output: z.array(activity) },
  'activities.create': { input: activityCreate, output: activity },
  'activities.update': { input: activityUpdate, output: activity },
} as const;

/** Last contact per person from activities: what the committee's last-contact dates come from. */
export function lastContactByPerson(
  activities: readonly Pick<Activity, 'date' | 'personIds'>[],
): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of activities)
    for (const p of a.personIds) {
      const prev = out.get(p);
      if (prev === undefined || a.date > prev) out.set(p, a.date);
    }
  return out;
}
