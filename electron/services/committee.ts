import type { ChannelArgs } from '../../shared/channels.ts';
import {
  COMMITTEE_TRACKED_FIELDS,
  memberDefaults,
  type CommitteeChange,
  type CommitteeMember,
  type Coverage,
} from '../../shared/committee.ts';
import { applyWhatIf, computeCoverage } from '../../shared/coverage.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import { localDay } from '../../shared/localDate.ts';
import type { Change, Opportunity } from '../../shared/schemas.ts';
import {
  applyPatch,
  checkVersion,
  writeTransaction,
  type ServiceContext,
  requireOpportunity,
} from './common.ts';
import type { SettingsService } from './settings.ts';
import { createLastContact } from './lastContact.ts';
import type { HandlersOf } from '../handlers.ts';

const ENTITY = 'committee_member';

function invalid(issue: Issue): AppError {
  return new AppError('invalid_input', issue.message, [issue]);
}

/** A date-only `since` means the start of that local day; any offset is normalised to UTC. */
export function sinceInstant(since: string): string {
  // `YYYY-MM-DDT00:00:00` without an offset is local time, like the day the user picked.
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(since) ? `${since}T00:00:00` : since).toISOString();
}

export type CommitteeService = ReturnType<typeof createCommitteeService>;

/** The buying committee of each opportunity: members, their history, and coverage red flags. */
export function createCommitteeService(
  { db, now, repos, writer }: ServiceContext,
  settings: Pick<SettingsService, 'get'>,
) {
  const {
    opportunities,
    people,
    committeeMembers: members,
    buyingRoles: roles,
    changes,
    dealCompetitors,
    competitors,
  } = repos;
  const withContacts = createLastContact(repos.activities);

  /** Every competitor rep's tie to a person of the deal, for competitor_closer. */
  function repRelations(opportunityId: string) {
    return dealCompetitors.list(opportunityId).flatMap((entry) => {
      const competitorName = competitors.get(entry.competitorId)?.name ?? '';
      return entry.repRelations.map((r) => ({
        competitorId: entry.competitorId,
        competitorName,
        repName: entry.repName,
        personId: r.personId,
        closeness: r.closeness,
      }));
    });
  }

  const loadOpportunity = (id: string) => requireOpportunity(opportunities, id);

  /** Only people of the deal's own account sit on its committee. */
  function checkPerson(opportunity: Opportunity, personId: string): void {
    const person = people.get(personId);
    if (!person) throw invalid(makeIssue(['personId'], 'person_not_found'));
    if (person.accountId !== opportunity.accountId) {
      throw invalid(makeIssue(['personId'], 'person_other_account'));
    }
  }

  /** Known codes (hidden ones too), each once, in the order of the workspace's role list. */
  function normaliseRoles(codes: readonly string[]): string[] {
    const order = new Map(roles.list().map((r) => [r.code, r.position] as const));
    const issues = codes.flatMap((code, i) =>
      order.has(code) ? [] : [makeIssue(['roles', i], 'unknown_role')],
    );
    if (issues.length > 0) {
      throw new AppError('invalid_input', issues[0]!.message, issues);
    }
    return [...new Set(codes)].sort((a, b) => order.get(a)! - order.get(b)!);
  }

  return {
    get({ opportunityId }: ChannelArgs<'committee.get'>): { members: CommitteeMember[] } {
      const opportunity = loadOpportunity(opportunityId);
      return { members: withContacts(opportunity.accountId, members.listActive(opportunityId)) };
    },

    /**
     * Adds the person to the committee or changes their entry; given fields only. A person who
     * was removed comes back with their earlier entry, so removing by mistake loses nothing.
     */
    upsertMember({
      version,
      roles: roleCodes,
      ...patch
    }: ChannelArgs<'committee.upsertMember'>): CommitteeMember {
      const saved = writeTransaction(db, () => {
        const opportunity = loadOpportunity(patch.opportunityId);
        checkPerson(opportunity, patch.personId);
        const fields = {
          ...patch,
          ...(roleCodes === undefined ? {} : { roles: normaliseRoles(roleCodes) }),
        };
        const stored = members.find(patch.opportunityId, patch.personId);
        if (stored && stored.removedAt === null) {
          if (version !== undefined) checkVersion(stored.member, version, 'committee member');
          return writer.update(ENTITY, members, stored.member, applyPatch(stored.member, fields));
        }
        // A version means the caller saw an active member that is gone by now.
        if (version !== undefined) {
          throw new AppError(
            'conflict',
            'Someone else removed this committee member; reload the committee and try again.',
          );
        }
        if (stored) {
          return writer.restore(ENTITY, members, stored.member, applyPatch(stored.member, fields));
        }
        const fresh: CommitteeMember = writer.stamp({
          ...memberDefaults,
          roles: [],
          opportunityId: patch.opportunityId,
          personId: patch.personId,
        });
        return writer.insert(ENTITY, members, applyPatch(fresh, fields));
      });
      return withContacts(loadOpportunity(patch.opportunityId).accountId, [saved])[0]!;
    },

    /** Takes a person off the committee; the entry and its history are kept. */
    removeMember({
      opportunityId,
      personId,
    }: ChannelArgs<'committee.removeMember'>): CommitteeMember {
      return writeTransaction(db, () => {
        loadOpportunity(opportunityId);
        const stored = members.find(opportunityId, personId);
        if (!stored || stored.removedAt !== null) {
          throw invalid(makeIssue(['personId'], 'not_a_member'));
        }
        return writer.remove(ENTITY, members, stored.member);
      });
    },

    /**
     * Red flags and score of the saved committee, or of a what-if variant that is never saved;
     * the competitors' rep relations in the deal count in both.
     */
    coverage({ opportunityId, whatIf }: ChannelArgs<'committee.coverage'>): Coverage {
      const opportunity = loadOpportunity(opportunityId);
      const saved = withContacts(opportunity.accountId, members.listActive(opportunityId));
      const memberIds = new Set(saved.map((m) => m.personId));
      const issues = (whatIf ?? []).flatMap((change, i) =>
        memberIds.has(change.personId)
          ? []
          : [makeIssue(['whatIf', i, 'personId'], 'not_a_member')],
      );
      if (issues.length > 0) throw new AppError('invalid_input', issues[0]!.message, issues);
      const date = localDay(now());
      return computeCoverage({
        members: whatIf ? applyWhatIf(saved, whatIf, date) : saved,
        people: people
          .list(opportunity.accountId, true)
          .map(({ id, name, level, managerId }) => ({ id, name, level, managerId })),
        today: date,
        cadenceDays: settings.get().reviewCadenceDays,
        repRelations: repRelations(opportunityId),
      });
    },

    /**
     * What changed on the committee since a date, newest first: people added and removed, and
     * one entry per tracked field (roles, attitude, score, influence, contact) that changed.
     */
    changesSince({
      opportunityId,
      since,
    }: ChannelArgs<'committee.changesSince'>): CommitteeChange[] {
      loadOpportunity(opportunityId);
      const personOf = new Map(members.listAll(opportunityId).map((m) => [m.id, m.personId]));
      const names = new Map<string, string>();
      const nameOf = (personId: string) => {
        if (!names.has(personId)) names.set(personId, people.get(personId)?.name ?? '');
        return names.get(personId)!;
      };
      return changes.listOf(ENTITY, [...personOf.keys()], sinceInstant(since)).flatMap((change) => {
        const personId = personOf.get(change.entityId)!;
        const base = { at: change.at, personId, personName: nameOf(personId) };
        return toCommitteeChanges(change).map((c) => ({ ...base, ...c }));
      });
    },
  };
}

type ChangeBody = Pick<CommitteeChange, 'kind' | 'field' | 'before' | 'after'>;

/** The tracked fields of a history snapshot. */
function tracked(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    COMMITTEE_TRACKED_FIELDS.filter((f) => Object.hasOwn(fields, f)).map((f) => [f, fields[f]]),
  );
}

function toCommitteeChanges(change: Change): ChangeBody[] {
  switch (change.action) {
    case 'create':
      return [{ kind: 'added', field: null, before: null, after: tracked(change.after) }];
    case 'delete':
      return [{ kind: 'removed', field: null, before: tracked(change.before ?? {}), after: null }];
    case 'update':
      return COMMITTEE_TRACKED_FIELDS.filter((f) => Object.hasOwn(change.after, f)).map((f) => ({
        kind: 'changed',
        field: f,
        before: change.before?.[f] ?? null,
        after: change.after[f],
      }));
  }
}

/** The channels this service answers; the router's handlers combine every service's. */
export function committeeHandlers(s: CommitteeService): HandlersOf<'committee'> {
  return {
    'committee.get': (input) => s.get(input),
    'committee.upsertMember': (input) => s.upsertMember(input),
    'committee.removeMember': (input) => s.removeMember(input),
    'committee.coverage': (input) => s.coverage(input),
    'committee.changesSince': (input) => s.changesSince(input),
  };
}
