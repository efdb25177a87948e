import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/channels.ts';
import { NEGOTIATION_ISSUES } from '../../shared/enums.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import type {
  NegotiationCreate,
  NegotiationSheet,
  NegotiationSummary,
} from '../../shared/negotiation.ts';
import { input, rowCounts, testRouter, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices();
  const router = testRouter(services);
  const call = (channel: ChannelName, body: unknown) => router.dispatch(channel, body);
  async function ok<T>(channel: ChannelName, body: unknown): Promise<T> {
    const result = await call(channel, body);
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
    return result.data as T;
  }
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const other = services.accounts.create(input.account({ name: 'Other Co' }));
  const chairman = services.people.create(input.person({ accountId: temp.id, name: 'Wang' }));
  const buyer = services.people.create(input.person({ accountId: temp.id, name: 'Ai Bing' }));
  const outsider = services.people.create(input.person({ accountId: other.id, name: 'Li' }));
  const deal = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Plant 2 line' }),
  );
  services.committee.upsertMember({ opportunityId: deal.id, personId: chairman.id });
  return { db, services, call, ok, deal, chairman, buyer, outsider };
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}
const issuesOf = (error: ErrorBody) => (error.issues ?? []).map((i) => [i.path, i.code]);

const priceObjective = {
  term: 'Contract price',
  direction: 'higher_is_better',
  ideal: 5_200_000,
  target: 4_900_000,
  walkAway: 4_600_000,
  unit: 'CNY',
} as const;

const issue = (key: string, over: object = {}) => ({
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
  ...over,
});

describe('negotiation sheets', () => {
  it('creates a sheet with the eight built-in issues, empty, and lists it', async () => {
    const { ok, deal, services } = setup();
    const sheet = await ok<NegotiationSheet>('negotiations.create', {
      opportunityId: deal.id,
      title: 'Round 1: price and payment',
    } satisfies NegotiationCreate);
    expect(sheet).toMatchObject({
      opportunityId: deal.id,
      title: 'Round 1: price and payment',
      meetingDate: null,
      objectives: [],
      concessions: [],
      attendees: [],
      principles: [],
      warnings: [],
      version: 1,
    });
    expect(sheet.issues.map((i) => i.key)).toEqual([...NEGOTIATION_ISSUES]);
    expect(sheet.issues[0]).toEqual(issue('price'));
    expect(await ok('negotiations.get', { id: sheet.id })).toEqual(sheet);
    expect(await ok<NegotiationSummary[]>('negotiations.list', { opportunityId: deal.id })).toEqual(
      [
        {
          id: sheet.id,
          opportunityId: deal.id,
          title: sheet.title,
          meetingDate: null,
          version: 1,
          updatedAt: sheet.updatedAt,
        },
      ],
    );
    expect(
      services.history.list({ entity: 'negotiation', limit: 10 }).map((c) => c.action),
    ).toEqual(['create']);
  });

  it('updates given fields, warns about a concession past its limit, and records history', async () => {
    const { ok, deal, chairman, services } = setup();
    const sheet = await ok<NegotiationSheet>('negotiations.create', {
      opportunityId: deal.id,
      title: 'Round 2',
      objectives: [priceObjective],
      issues: [
        issue('price', { direction: 'higher_is_better', limit: 4_600_000 }),
        issue('payment_terms', { direction: 'lower_is_better', limit: 60 }),
        issue('custom_1', { label: 'Spare parts' }),
      ],
    });
    const updated = await ok<NegotiationSheet>('negotiations.update', {
      id: sheet.id,
      version: 1,
      meetingDate: '2026-12-03',
      concessions: [
        {
          giveIssue: 'payment_terms',
          give: '90 days',
          giveValue: 90,
          getIssue: 'price',
          get: 'list price',
        },
        {
          giveIssue: 'price',
          give: '3% off',
          giveValue: 4_750_000,
          getIssue: 'custom_1',
          get: 'parts',
        },
      ],
      attendees: [
        { side: 'ours', personId: null, name: 'Ouyang Hua', role: 'commercial' },
        { side: 'theirs', personId: chairman.id, name: '', role: 'lead' },
      ],
      principles: ['give_to_get', 'say_we'],
    });
    expect(updated).toMatchObject({ title: 'Round 2', meetingDate: '2026-12-03', version: 2 });
    expect(updated.warnings).toEqual([{ index: 0, code: 'beyond_limit', issue: 'payment_terms' }]);
    expect(await ok('negotiations.get', { id: sheet.id })).toEqual(updated);
    const [change] = services.history.list({ entity: 'negotiation', limit: 10 });
    expect(change?.action).toBe('update');
    expect(Object.keys(change?.after ?? {}).sort()).toEqual([
      'attendees',
      'concessions',
      'meetingDate',
      'principles',
    ]);
  });

  it('refuses a broken sheet with field paths and writes nothing', async () => {
    const { db, ok, call, deal, buyer, outsider } = setup();
    const sheet = await ok<NegotiationSheet>('negotiations.create', {
      opportunityId: deal.id,
      title: 'Round 1',
      objectives: [priceObjective],
    });
    const before = rowCounts(db);
    const history = db.prepare('SELECT * FROM changes ORDER BY id').all();

    const walkAway = refusal(
      await call('negotiations.update', {
        id: sheet.id,
        version: 1,
        objectives: [priceObjective, { ...priceObjective, term: 'Deposit', walkAway: 5_000_000 }],
      }),
    );
    expect(walkAway.code).toBe('invalid_input');
    expect(issuesOf(walkAway)).toEqual([
      [['objectives', 1, 'walkAway'], 'walk_away_better_than_target'],
    ]);

    const ideal = refusal(
      await call('negotiations.create', {
        opportunityId: deal.id,
        title: 'x',
        objectives: [{ ...priceObjective, ideal: 4_800_000 }],
      }),
    );
    expect(issuesOf(ideal)).toEqual([[['objectives', 0, 'ideal'], 'ideal_worse_than_target']]);

    const concession = refusal(
      await call('negotiations.update', {
        id: sheet.id,
        version: 1,
        concessions: [
          { giveIssue: 'price', give: 'a', giveValue: null, getIssue: 'delivery', get: 'b' },
          { giveIssue: 'custom_7', give: 'a', giveValue: null, getIssue: 'price', get: 'b' },
        ],
      }),
    );
    expect(issuesOf(concession)).toEqual([[['concessions', 1, 'giveIssue'], 'unknown_issue']]);

    const issues = refusal(
      await call('negotiations.update', {
        id: sheet.id,
        version: 1,
        issues: [issue('price'), issue('price'), issue('custom_2')],
      }),
    );
    expect(issuesOf(issues)).toEqual([
      [['issues', 1, 'key'], 'duplicate_issue'],
      [['issues', 2, 'label'], 'required'],
    ]);

    // One limit, a number: without its direction it is refused, and words are not a limit.
    const noDirection = refusal(
      await call('negotiations.update', {
        id: sheet.id,
        version: 1,
        issues: [issue('price', { limit: 7_000_000, limitNote: 'Board floor' })],
      }),
    );
    expect(issuesOf(noDirection)).toEqual([[['issues', 0, 'direction'], 'limit_needs_direction']]);
    const words = refusal(
      await call('negotiations.update', {
        id: sheet.id,
        version: 1,
        issues: [issue('price', { limit: '7000000', direction: 'higher_is_better' })],
      }),
    );
    expect(issuesOf(words)).toEqual([[['issues', 0, 'limit'], 'invalid_type']]);

    const attendees = refusal(
      await call('negotiations.update', {
        id: sheet.id,
        version: 1,
        attendees: [
          { side: 'ours', personId: null, name: 'Zheng Peng', role: 'lead' },
          { side: 'theirs', personId: buyer.id, name: '', role: 'commercial' },
          { side: 'theirs', personId: outsider.id, name: '', role: 'finance' },
          { side: 'theirs', personId: crypto.randomUUID(), name: '', role: 'legal' },
        ],
      }),
    );
    expect(issuesOf(attendees)).toEqual([
      [['attendees', 1, 'personId'], 'not_a_member'],
      [['attendees', 2, 'personId'], 'person_other_account'],
      [['attendees', 3, 'personId'], 'person_not_found'],
    ]);

    // A change that is fine in itself is refused when the sheet it leaves is not.
    const stale = refusal(
      await call('negotiations.update', { id: sheet.id, version: 7, title: 'y' }),
    );
    expect(stale.code).toBe('conflict');
    expect(refusal(await call('negotiations.get', { id: crypto.randomUUID() })).code).toBe(
      'not_found',
    );
    expect(
      refusal(await call('negotiations.create', { opportunityId: crypto.randomUUID(), title: 'z' }))
        .code,
    ).toBe('not_found');

    expect(rowCounts(db)).toEqual(before);
    expect(db.prepare('SELECT * FROM changes ORDER BY id').all()).toEqual(history);
    expect(await ok<NegotiationSheet>('negotiations.get', { id: sheet.id })).toEqual(sheet);
  });

  it('checks the whole sheet after the change: dropping an issue a concession uses is refused', async () => {
    const { ok, call, deal } = setup();
    const sheet = await ok<NegotiationSheet>('negotiations.create', {
      opportunityId: deal.id,
      title: 'Round 1',
      concessions: [
        { giveIssue: 'warranty', give: '2 years', giveValue: null, getIssue: 'price', get: 'list' },
      ],
    });
    const error = refusal(
      await call('negotiations.update', { id: sheet.id, version: 1, issues: [issue('price')] }),
    );
    expect(issuesOf(error)).toEqual([[['concessions', 0, 'giveIssue'], 'unknown_issue']]);
  });
});
