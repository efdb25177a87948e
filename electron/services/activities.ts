import type { Activity } from '../../shared/activities.ts';
import type { ChannelArgs } from '../../shared/channels.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import {
  applyPatch,
  checkVersion,
  invalidInput,
  notFound,
  requireAccount,
  requireOpenAccount,
  requireOpportunity,
  writeTransaction,
  type ServiceContext,
} from './common.ts';
import type { HandlersOf } from '../handlers.ts';

const ENTITY = 'activity';

export type ActivitiesService = ReturnType<typeof createActivitiesService>;

/** Activities of an account and its deals (DOMAIN.md §5). */
export function createActivitiesService({ db, repos, writer }: ServiceContext) {
  const { activities, accounts, opportunities, people } = repos;

  function load(id: string): Activity {
    const activity = activities.get(id);
    if (!activity) throw notFound('Activity');
    return activity;
  }

  /** The activity as it would be saved: refused with every issue, nothing written. */
  function check(a: Activity): void {
    const issues: Issue[] = [];
    if (a.opportunityId !== null) {
      const deal = opportunities.get(a.opportunityId);
      if (!deal) throw notFound('Opportunity');
      if (deal.accountId !== a.accountId)
        issues.push(makeIssue(['opportunityId'], 'opportunity_other_account'));
    }
    const seen = new Set<string>();
    a.personIds.forEach((personId, i) => {
      const person = people.get(personId);
      if (!person) issues.push(makeIssue(['personIds', i], 'person_not_found'));
      else if (person.accountId !== a.accountId)
        issues.push(makeIssue(['personIds', i], 'person_other_account'));
      else if (seen.has(personId)) issues.push(makeIssue(['personIds', i], 'duplicate_person'));
      seen.add(personId);
    });
    if (a.nextDate !== null && a.nextDate < a.date)
      issues.push(makeIssue(['nextDate'], 'next_date_before_date'));
    if (issues.length > 0) throw invalidInput(issues);
  }

  return {
    list({ accountId, opportunityId, personId, from, to, limit }: ChannelArgs<'activities.list'>) {
      if (accountId !== undefined) requireAccount(accounts, accountId);
      if (opportunityId !== undefined) requireOpportunity(opportunities, opportunityId);
      return activities.list({
        accountId: accountId ?? null,
        opportunityId: opportunityId ?? null,
        personId: personId ?? null,
        from: from ?? null,
        to: to ?? null,
        limit,
      });
    },

    create(fields: ChannelArgs<'activities.create'>): Activity {
      return writeTransaction(db, () => {
        requireOpenAccount(accounts, fields.accountId);
        const activity: Activity = writer.stamp(fields);
        check(activity);
        return writer.insert(ENTITY, activities, activity);
      });
    },

    update({ version, ...patch }: ChannelArgs<'activities.update'>): Activity {
      return writeTransaction(db, () => {
        const current = load(patch.id);
        checkVersion(current, version, 'activity');
        const next = applyPatch(current, patch);
        check(next);
        return writer.update(ENTITY, activities, current, next);
      });
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function activitiesHandlers(s: ActivitiesService): HandlersOf<'activities'> {
  return {
    'activities.list': (input) => s.list(input),
    'activities.create': (input) => s.create(input),
    'activities.update': (input) => s.update(input),
  };
}
