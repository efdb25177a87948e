import type { ChannelArgs } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import {
  teamOf,
  wouldLoop,
  type TeamFilter,
  type TeamList,
  type TeamMember,
} from '../../shared/team.ts';
import type { HandlersOf } from '../handlers.ts';
import {
  applyPatch,
  checkVersion,
  invalidInput,
  notFound,
  writeTransaction,
  type ServiceContext,
} from './common.ts';

export type TeamService = ReturnType<typeof createTeamService>;

/**
 * Our team: members with a role and a manager. Owner fields carry a member's name, so a rename
 * rewrites them in the same transaction (each rewrite in history), and a member is archived
 * rather than deleted. New names written anywhere join the team through the record writer.
 */
export function createTeamService({ db, repos, writer }: ServiceContext) {
  const { teamMembers } = repos;

  function load(id: string): TeamMember {
    const member = teamMembers.get(id);
    if (!member) throw notFound('Team member');
    return member;
  }

  /** Names are unique over the whole team, archived members included. */
  function check(member: TeamMember): void {
    const issues: Issue[] = [];
    const namesake = teamMembers.byName(member.name);
    if (namesake && namesake.id !== member.id) issues.push(makeIssue(['name'], 'team_name_taken'));
    if (member.managerId !== null) {
      if (member.managerId === member.id) {
        issues.push(makeIssue(['managerId'], 'team_manager_self'));
      } else if (!teamMembers.get(member.managerId)) {
        issues.push(makeIssue(['managerId'], 'team_member_not_found'));
      } else if (wouldLoop(teamMembers.all(), member.id, member.managerId)) {
        issues.push(makeIssue(['managerId'], 'team_manager_loop'));
      }
    }
    if (issues.length > 0) throw invalidInput(issues);
  }

  /** Every owner field that says `from` says `to` afterwards, each record's change in history. */
  function rewriteOwners(from: string, to: string): void {
    const { owners } = teamMembers;
    for (const entity of ['account', 'opportunity', 'activity'] as const) {
      for (const record of owners[entity].ownedBy(from)) {
        writer.update(entity, owners[entity], record, { ...record, owner: to });
      }
    }
    for (const record of owners.committee_member.ownedBy(from)) {
      const rename = (name: string) => (name === from ? to : name);
      writer.update('committee_member', owners.committee_member, record, {
        ...record,
        relationshipOwner: rename(record.relationshipOwner),
        plan: { ...record.plan, owner: rename(record.plan.owner) },
      });
    }
  }

  return {
    list({ includeArchived, offset, limit }: ChannelArgs<'team.list'>): TeamList {
      const all = teamMembers.all();
      const byId = new Map(all.map((m) => [m.id, m]));
      const reports = new Map<string, number>();
      for (const m of all) {
        if (m.managerId !== null) reports.set(m.managerId, (reports.get(m.managerId) ?? 0) + 1);
      }
      const shown = includeArchived ? all : all.filter((m) => !m.archived);
      return {
        items: shown.slice(offset, offset + limit).map((m) => ({
          ...m,
          managerName: m.managerId === null ? null : (byId.get(m.managerId)?.name ?? null),
          reportCount: reports.get(m.id) ?? 0,
        })),
        total: shown.length,
      };
    },

    create(fields: ChannelArgs<'team.create'>): TeamMember {
      return writeTransaction(db, () => {
        const member: TeamMember = writer.stamp({ ...fields, archived: false });
        check(member);
        return writer.insert('team_member', teamMembers, member);
      });
    },

    update(patch: ChannelArgs<'team.update'>): TeamMember {
      return writeTransaction(db, () => {
        const current = load(patch.id);
        checkVersion(current, patch.version, 'team member');
        const next = applyPatch(current, patch);
        check(next);
        const saved = writer.update('team_member', teamMembers, current, next);
        if (saved.name !== current.name) rewriteOwners(current.name, saved.name);
        return saved;
      });
    },

    archive({ id, version, archived }: ChannelArgs<'team.archive'>): TeamMember {
      return writeTransaction(db, () => {
        const current = load(id);
        checkVersion(current, version, 'team member');
        return writer.update('team_member', teamMembers, current, { ...current, archived });
      });
    },

    /**
     * The owner names a list filtered by `filter` keeps: the member's, and with `includeReports`
     * those of everyone below them. An unknown member is refused on `team.memberId`.
     */
    ownerNames(filter: Required<TeamFilter>): Set<string> {
      const all = teamMembers.all();
      if (!all.some((m) => m.id === filter.memberId)) {
        const issue = makeIssue(['team', 'memberId'], 'team_member_not_found');
        throw new AppError('invalid_input', issue.message, [issue]);
      }
      const ids = teamOf(all, filter.memberId, filter.includeReports);
      return new Set(all.filter((m) => ids.has(m.id)).map((m) => m.name));
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function teamHandlers(s: TeamService): HandlersOf<'team'> {
  return {
    'team.list': (input) => s.list(input),
    'team.create': (input) => s.create(input),
    'team.update': (input) => s.update(input),
    'team.archive': (input) => s.archive(input),
  };
}
