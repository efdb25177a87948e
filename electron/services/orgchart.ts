import type { ChannelArgs, ChannelOutput } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import type { MapPosition, OrgChart, Reassignment } from '../../shared/orgchart.ts';
import type { Person } from '../../shared/schemas.ts';
import {
  checkVersion,
  notFound,
  requireAccount,
  writeTransaction,
  type ServiceContext,
} from './common.ts';
import { touch } from '../touched.ts';
import { createLastContact } from './lastContact.ts';
import { createPositionWriter } from './mapPositions.ts';
import type { HandlersOf } from '../handlers.ts';

export type OrgchartService = ReturnType<typeof createOrgchartService>;

/** The account map (DOMAIN.md §3): people, reporting and influence lines, manual positions. */
export function createOrgchartService({ db, now, repos, writer }: ServiceContext) {
  const {
    accounts,
    people,
    opportunities,
    committeeMembers: members,
    influenceLines: lines,
    mapPositions: positions,
  } = repos;
  const withContacts = createLastContact(repos.activities);
  const placing = createPositionWriter(repos);

  function invalid(issues: Issue[]): AppError {
    return new AppError('invalid_input', issues.map((issue) => issue.message).join(' '), issues);
  }

  function committeeOf(accountId: string, opportunityId: string): OrgChart['committee'] {
    const opportunity = opportunities.get(opportunityId);
    if (!opportunity) throw notFound('Opportunity');
    if (opportunity.accountId !== accountId) {
      throw invalid([makeIssue(['opportunityId'], 'opportunity_other_account')]);
    }
    return {
      opportunityId: opportunity.id,
      opportunityName: opportunity.name,
      members: withContacts(accountId, members.listActive(opportunity.id)).map(
        ({ personId, roles, attitude, attitudeScore, influence, contact, lastContactDate }) => ({
          personId,
          roles,
          attitude,
          attitudeScore,
          influence,
          contact,
          lastContactDate,
        }),
      ),
    };
  }

  return {
    get({ accountId, opportunityId }: ChannelArgs<'orgchart.get'>): OrgChart {
      const account = requireAccount(accounts, accountId);
      const committee = opportunityId === undefined ? null : committeeOf(accountId, opportunityId);
      return {
        accountId: account.id,
        accountName: account.name,
        people: people.listActiveByCreation(accountId),
        lines: lines.listActive(accountId),
        positions: positions.listActive(accountId),
        committee,
      };
    },

    /** Upserts manual positions, all or none, in history: one request is one undo step. */
    savePositions({
      accountId,
      positions: placed,
    }: ChannelArgs<'orgchart.savePositions'>): MapPosition[] {
      return writeTransaction(db, () => {
        requireAccount(accounts, accountId);
        const issues = placed.flatMap((position, i) =>
          people.get(position.personId)?.accountId === accountId
            ? []
            : [makeIssue(['positions', i, 'personId'], 'person_other_account')],
        );
        if (issues.length > 0) throw invalid(issues);
        const at = now().toISOString();
        for (const position of placed) placing.place(accountId, position, at);
        touch('map_position');
        return positions.listActive(accountId);
      });
    },

    /** Forgets manual positions (all of the account's, or the listed people's). */
    resetPositions({
      accountId,
      personIds,
    }: ChannelArgs<'orgchart.resetPositions'>): MapPosition[] {
      return writeTransaction(db, () => {
        requireAccount(accounts, accountId);
        const at = now().toISOString();
        const ids = personIds ?? positions.listAll(accountId).map((p) => p.personId);
        for (const personId of ids) placing.forget(accountId, personId, at);
        touch('map_position');
        return positions.listActive(accountId);
      });
    },

    /**
     * Archives a person; their active direct reports move up to the person's manager and dotted
     * lines to them are cleared (so is a dotted line that would now duplicate the solid one), each
     * recorded as a person update. The person's position and influence lines stay stored, so undo
     * (unarchive and move back, `reassigned` says from where) restores the map.
     */
    removePerson({
      id,
      version,
    }: ChannelArgs<'orgchart.removePerson'>): ChannelOutput<'orgchart.removePerson'> {
      return writeTransaction(db, () => {
        const current = people.get(id);
        if (!current) throw notFound('Person');
        checkVersion(current, version, 'person');
        if (current.archived) throw notFound('Person');
        const person = writer.update('person', people, current, { ...current, archived: true });
        const reassigned: Reassignment[] = [];
        for (const report of people.activeReportsOf(id)) {
          const next: Person = { ...report };
          if (report.managerId === id) {
            next.managerId = current.managerId;
            reassigned.push({
              personId: report.id,
              field: 'managerId',
              from: id,
              to: current.managerId,
            });
          }
          // A dotted line to them, or one to the manager the report now has on the solid line.
          const dotted = report.secondManagerId;
          if (dotted !== null && (dotted === id || dotted === next.managerId)) {
            next.secondManagerId = null;
            reassigned.push({
              personId: report.id,
              field: 'secondManagerId',
              from: dotted,
              to: null,
            });
          }
          writer.update('person', people, report, next);
        }
        return { person, reassigned };
      });
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function orgchartHandlers(s: OrgchartService): HandlersOf<'orgchart'> {
  return {
    'orgchart.get': (input) => s.get(input),
    'orgchart.savePositions': (input) => s.savePositions(input),
    'orgchart.resetPositions': (input) => s.resetPositions(input),
    'orgchart.removePerson': (input) => s.removePerson(input),
  };
}
