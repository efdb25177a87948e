import { memberDefaults, type CommitteeMember } from '../../../shared/committee.ts';
import type { NegotiationSheet } from '../../../shared/negotiation.ts';
import { emptyPersonDraft, type Person } from '../../../shared/schemas.ts';
import type { FakeServer } from '../../test/renderWithProviders.tsx';
import { emptyIssue } from './utils/sheetDraft.ts';

const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' };

const person = (id: string, name: string, title: string): Person => ({
  ...emptyPersonDraft,
  id,
  accountId: 'acc_1',
  name,
  title,
  archived: false,
  version: 1,
  ...stamp,
});

export const people: Person[] = [
  person('p_wang', 'Wang Jianguo', 'Plant director'),
  person('p_li', 'Li Na', 'Purchasing manager'),
  person('p_zhao', 'Zhao Lei', 'Chief engineer'),
];

const member = (personId: string, patch: Partial<CommitteeMember>): CommitteeMember => ({
  ...memberDefaults,
  id: `m_${personId}`,
  opportunityId: 'opp_1',
  personId,
  version: 1,
  ...stamp,
  ...patch,
});

export const members: CommitteeMember[] = [
  member('p_wang', {
    attitude: 'supporter',
    roles: ['decider'],
    motives: { jobDuties: ['quality'], personality: [], personalNeeds: ['achievement'], notes: '' },
  }),
  member('p_li', { attitude: 'opponent', roles: ['gatekeeper'] }),
  member('p_zhao', { attitude: 'neutral', roles: [] }),
];

export const sheet: NegotiationSheet = {
  id: 'neg_1',
  opportunityId: 'opp_1',
  title: 'Round 1',
  meetingDate: '2026-03-10',
  objectives: [
    {
      term: 'Contract price',
      direction: 'higher_is_better',
      ideal: 5_000_000,
      target: 4_600_000,
      walkAway: 4_200_000,
      unit: 'CNY',
    },
  ],
  ourBatna: 'Offer the capacity to the Shandong project',
  theirBatna: 'Keep the old boilers one more winter',
  issues: [
    {
      ...emptyIssue('price'),
      ourPriority: 'high',
      theirPriority: 'high',
      opening: '5.0 M',
      openingValue: 5_000_000,
      limit: 4_200_000,
      direction: 'higher_is_better',
      limitNote: 'Board approval below 4.5 M',
      trade: 'Longer warranty',
    },
    { ...emptyIssue('payment_terms'), opening: '30/60/10', limitNote: '10% retention max' },
    { ...emptyIssue('custom_1'), label: 'Spare parts', trade: 'Two-year stock' },
  ],
  concessions: [
    {
      giveIssue: 'price',
      give: 'Discount to 4.0 M',
      giveValue: 4_000_000,
      getIssue: 'payment_terms',
      get: '40% advance',
    },
  ],
  attendees: [
    { side: 'theirs', personId: 'p_wang', name: 'Wang Jianguo', role: 'lead' },
    { side: 'ours', personId: null, name: 'Chen Ming', role: 'lead' },
  ],
  agenda: '09:30 Introductions',
  risks: 'Li pushes for the competitor',
  principles: ['prepare_thoroughly', 'give_to_get'],
  outcome: '',
  warnings: [{ index: 0, code: 'beyond_limit', issue: 'price' }],
  version: 4,
  ...stamp,
};

const ok = (data: unknown) => ({ ok: true as const, data });

/** Everything the negotiation tab reads, answered as the main process would. */
export const baseServer: FakeServer = {
  'negotiations.list': () =>
    ok([
      {
        id: sheet.id,
        opportunityId: 'opp_1',
        title: sheet.title,
        meetingDate: sheet.meetingDate,
        version: sheet.version,
        updatedAt: sheet.updatedAt,
      },
    ]),
  'negotiations.get': () => ok(sheet),
  'opportunities.get': () => ok({ id: 'opp_1', accountId: 'acc_1', name: 'Boiler upgrade' }),
  'accounts.get': () => ok({ id: 'acc_1', name: 'Huadong Power' }),
  'people.list': () => ok(people),
  'committee.get': () => ok({ members }),
  'buyingRoles.list': () =>
    ok([
      {
        code: 'decider',
        labelZh: '决策者',
        labelEn: 'Decider',
        position: 1,
        hidden: false,
        builtIn: true,
      },
      {
        code: 'gatekeeper',
        labelZh: '把关者',
        labelEn: 'Gatekeeper',
        position: 2,
        hidden: false,
        builtIn: true,
      },
    ]),
};
