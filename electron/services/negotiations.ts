import type { ChannelArgs } from '../../shared/channels.ts';
import { NEGOTIATION_ISSUES } from '../../shared/enums.ts';
import type { IssueCode } from '../../shared/issues.ts';
import type {
  NegotiationIssue,
  NegotiationSheet,
  NegotiationSummary,
} from '../../shared/negotiation.ts';
import { concessionWarnings, sheetIssues } from '../../shared/negotiationRules.ts';
import { type StoredSheet } from '../store/repositories/negotiations.ts';
import {
  applyPatch,
  checkVersion,
  invalidInput,
  notFound,
  writeTransaction,
  type ServiceContext,
  requireOpportunity,
} from './common.ts';
import type { HandlersOf } from '../handlers.ts';

const ENTITY = 'negotiation';

/** A new sheet's issues when none are given: the eight headline terms, empty. */
export function defaultIssues(): NegotiationIssue[] {
  return NEGOTIATION_ISSUES.map((key) => ({
    key,
    label: '',
    ourPriority: null,
    theirPriority: null,
    opening: '',
    openingValue: null,
    limit: null,
    direction: null,
    limitNote: '',
    trade: '',
  }));
}

export type NegotiationsService = ReturnType<typeof createNegotiationsService>;

/** Negotiation prep sheets, one per meeting round of a deal (DOMAIN.md §7). */
export function createNegotiationsService({ db, repos, writer }: ServiceContext) {
  const { opportunities, negotiations: sheets, people, committeeMembers: members } = repos;

  const loadOpportunity = (id: string) => requireOpportunity(opportunities, id);

  function load(id: string): StoredSheet {
    const sheet = sheets.get(id);
    if (!sheet) throw notFound('Negotiation sheet');
    return sheet;
  }

  const withWarnings = (sheet: StoredSheet): NegotiationSheet => ({
    ...sheet,
    warnings: concessionWarnings(sheet),
  });

  /** The whole sheet as it would be saved: refused with every issue, nothing written. */
  function check(sheet: StoredSheet): void {
    const opportunity = loadOpportunity(sheet.opportunityId);
    const committee = new Set(members.listActive(opportunity.id).map((m) => m.personId));
    const attendee = (personId: string): IssueCode | null => {
      const person = people.get(personId);
      if (!person) return 'person_not_found';
      if (person.accountId !== opportunity.accountId) return 'person_other_account';
      return committee.has(personId) ? null : 'not_a_member';
    };
    const issues = sheetIssues(sheet, attendee);
    if (issues.length > 0) throw invalidInput(issues);
  }

  return {
    list({ opportunityId }: ChannelArgs<'negotiations.list'>): NegotiationSummary[] {
      loadOpportunity(opportunityId);
      return sheets.list(opportunityId);
    },

    get({ id }: ChannelArgs<'negotiations.get'>): NegotiationSheet {
      return withWarnings(load(id));
    },

    create({ issues, ...fields }: ChannelArgs<'negotiations.create'>): NegotiationSheet {
      return writeTransaction(db, () => {
        loadOpportunity(fields.opportunityId);
        const sheet: StoredSheet = writer.stamp({ ...fields, issues: issues ?? defaultIssues() });
        check(sheet);
        return withWarnings(writer.insert(ENTITY, sheets, sheet));
      });
    },

    update({ version, ...patch }: ChannelArgs<'negotiations.update'>): NegotiationSheet {
      return writeTransaction(db, () => {
        const current = load(patch.id);
        checkVersion(current, version, 'negotiation sheet');
        const next = applyPatch(current, patch);
        check(next);
        return withWarnings(writer.update(ENTITY, sheets, current, next));
      });
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function negotiationsHandlers(s: NegotiationsService): HandlersOf<'negotiations'> {
  return {
    'negotiations.list': (input) => s.list(input),
    'negotiations.get': (input) => s.get(input),
    'negotiations.create': (input) => s.create(input),
    'negotiations.update': (input) => s.update(input),
  };
}
