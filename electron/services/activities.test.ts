import { describe, expect, it } from 'vitest';
import type { Activity } from '../../shared/activities.ts';
import type { ChannelName } from '../../shared/channels.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
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
  const director = services.people.create(input.person({ accountId: temp.id, name: 'Zhou' }));
  const buyer = services.people.create(input.person({ accountId: temp.id, name: 'Ai Bing' }));
  const outsider = services.people.create(input.person({ accountId: other.id, name: 'Li' }));
  const deal = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Plant 2 line' }),
  );
  const otherDeal = services.opportunities.create(
    input.opportunity({ accountId: other.id, name: 'Elsewhere' }),
  );
  return { db, services, call, ok, temp, other, director, buyer, outsider, deal, otherDeal };
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}
const issuesOf = (error: ErrorBody) => (error.issues ?? []).map((i) => [i.path, i.code]);

describe('activities', () => {
  it('logs a visit on a deal with the people involved, lists it for the deal, the account and the person', async () => {
    const { ok, temp, deal, director, buyer } = setup();
    const visit = await ok<Activity>('activities.create', {
      accountId: temp.id,
      opportunityId: deal.id,
      kind: 'visit',
      date: '2026-11-20',
      personIds: [director.id, buyer.id],
      summary: 'Capacity problem on line 2; wants new equipment this year.',
      promises: 'Send reference list',
      nextStep: 'Technical exchange with the design department',
      nextDate: '2026-11-27',
      owner: '郑鹏',
    });
    expect(visit).toMatchObject({ version: 1, kind: 'visit', personIds: [director.id, buyer.id] });
    const call = await ok<Activity>('activities.create', {
      accountId: temp.id,
      kind: 'call',
      date: '2026-11-22',
      personIds: [buyer.id],
    });
    expect(call.opportunityId).toBeNull();

    expect(await ok<Activity[]>('activities.list', { opportunityId: deal.id })).toEqual([visit]);
    expect(await ok<Activity[]>('activities.list', { accountId: temp.id })).toEqual([call, visit]);
    expect(await ok<Activity[]>('activities.list', { personId: director.id })).toEqual([visit]);
    expect(
      await ok<Activity[]>('activities.list', { accountId: temp.id, from: '2026-11-21' }),
    ).toEqual([call]);
  });

  it('updates with a version check and records history', async () => {
    const { ok, call, services, temp, director } = setup();
    const a = await ok<Activity>('activities.create', {
      accountId: temp.id,
      kind: 'dinner',
      date: '2026-11-20',
      personIds: [director.id],
    });
    const b = await ok<Activity>('activities.update', {
      id: a.id,
      version: 1,
      summary: 'Talked about his stamp collection',
    });
    expect(b).toMatchObject({ version: 2, summary: 'Talked about his stamp collection' });
    expect(
      refusal(await call('activities.update', { id: a.id, version: 1, summary: 'x' })).code,
    ).toBe('conflict');
    expect(
      services.history.list({ entity: 'activity', entityId: a.id, limit: 10 }).map((c) => c.action),
    ).toEqual(['update', 'create']);
  });

  it('refuses bad input with field-level issues and writes nothing', async () => {
    const { db, ok, call, temp, other, otherDeal, director, outsider } = setup();
    const a = await ok<Activity>('activities.create', {
      accountId: temp.id,
      kind: 'call',
      date: '2026-11-20',
      nextDate: '2026-11-25',
    });
    const before = rowCounts(db);
    const history = db.prepare('SELECT * FROM changes ORDER BY id').all();
    const base = { accountId: temp.id, kind: 'call', date: '2026-11-20' };

    expect(issuesOf(refusal(await call('activities.create', { ...base, kind: 'lunch' })))).toEqual([
      [['kind'], 'invalid_option'],
    ]);
    expect(
      issuesOf(refusal(await call('activities.create', { ...base, date: '2026-13-01' }))),
    ).toEqual([[['date'], 'invalid_date']]);
    expect(
      issuesOf(refusal(await call('activities.create', { ...base, nextDate: '2026-11-19' }))),
    ).toEqual([[['nextDate'], 'next_date_before_date']]);
    expect(
      issuesOf(
        refusal(
          await call('activities.create', {
            ...base,
            opportunityId: otherDeal.id,
            personIds: [director.id, outsider.id, 'nobody', director.id],
          }),
        ),
      ),
    ).toEqual([
      [['opportunityId'], 'opportunity_other_account'],
      [['personIds', 1], 'person_other_account'],
      [['personIds', 2], 'person_not_found'],
      [['personIds', 3], 'duplicate_person'],
    ]);
    expect(refusal(await call('activities.create', { ...base, accountId: 'nope' })).code).toBe(
      'not_found',
    );
    // The merged record is checked: a date moved past the stored next date is refused.
    expect(
      issuesOf(
        refusal(await call('activities.update', { id: a.id, version: 1, date: '2026-11-30' })),
      ),
    ).toEqual([[['nextDate'], 'next_date_before_date']]);
    expect(refusal(await call('activities.list', { opportunityId: 'nope' })).code).toBe(
      'not_found',
    );
    expect(refusal(await call('activities.list', { accountId: other.id, extra: 1 })).code).toBe(
      'invalid_input',
    );

    expect(rowCounts(db)).toEqual(before);
    expect(db.prepare('SELECT * FROM changes ORDER BY id').all()).toEqual(history);
  });
});
