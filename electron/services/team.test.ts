import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { upsertMemberInput } from '../../shared/committee.ts';
import { activityCreate } from '../../shared/activities.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import type { ForecastResult } from '../../shared/forecast.ts';
import type { ReviewItem } from '../../shared/pipeline.ts';
import type { PipelineList } from '../../shared/pipelineList.ts';
import { teamOf } from '../../shared/team.ts';
import { migrate } from '../store/migrations/index.ts';
import { appErrorOf, input, rowCounts, testRouter, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices();
  const router = testRouter(services);
  const team = services.team;
  const member = (name: string, managerId: string | null = null, role = '') =>
    team.create({ name, role, managerId });
  const names = () => team.list({ includeArchived: true, offset: 0, limit: 1000 }).items;
  return { db, services, router, team, member, names };
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}

describe('team service', () => {
  it('creates members with a role and a manager, listed by name with their manager and reports', () => {
    const { team, member } = setup();
    const li = member('李娜', null, '销售副总');
    const zheng = member('郑鹏', li.id, '项目经理');
    member('Chen Ming', zheng.id);
    const list = team.list({ includeArchived: false, offset: 0, limit: 2 });
    expect(list.total).toBe(3);
    expect(list.items.map((m) => m.name)).toEqual(['Chen Ming', '李娜']);
    const page2 = team.list({ includeArchived: false, offset: 2, limit: 2 });
    expect(page2.items).toMatchObject([
      { name: '郑鹏', role: '项目经理', managerId: li.id, managerName: '李娜', reportCount: 1 },
    ]);
  });

  it('refuses a duplicate name (case, width and spaces ignored, archived included) with a field issue', () => {
    const { db, team, member } = setup();
    const chen = member('Chen Ming');
    team.archive({ id: chen.id, version: 1, archived: true });
    const before = rowCounts(db);
    const error = appErrorOf(() => member('ＣＨＥＮ ming'));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toMatchObject([{ path: ['name'], code: 'team_name_taken' }]);
    expect(rowCounts(db)).toEqual(before);
  });

  it('refuses a manager loop, oneself as manager and an unknown manager; nothing changes', () => {
    const { db, team, member } = setup();
    const top = member('Top');
    const mid = member('Mid', top.id);
    const low = member('Low', mid.id);
    const before = rowCounts(db);
    const loop = appErrorOf(() => team.update({ id: top.id, version: 1, managerId: low.id }));
    expect(loop.issues).toMatchObject([{ path: ['managerId'], code: 'team_manager_loop' }]);
    const self = appErrorOf(() => team.update({ id: top.id, version: 1, managerId: top.id }));
    expect(self.issues).toMatchObject([{ path: ['managerId'], code: 'team_manager_self' }]);
    const unknown = appErrorOf(() => member('New', 'no_such_member'));
    expect(unknown.issues).toMatchObject([{ path: ['managerId'], code: 'team_member_not_found' }]);
    expect(rowCounts(db)).toEqual(before);
    expect(team.update({ id: low.id, version: 1, managerId: top.id }).managerId).toBe(top.id);
  });

  it('refuses a stale version', () => {
    const { team, member } = setup();
    const chen = member('Chen');
    team.update({ id: chen.id, version: 1, role: 'AE' });
    expect(appErrorOf(() => team.update({ id: chen.id, version: 1, role: 'x' })).code).toBe(
      'conflict',
    );
  });

  it('adds a new owner name written anywhere to the team, once, and spells a known one as the member', () => {
    const { services, names } = setup();
    const acme = services.accounts.create(input.account({ name: 'Acme', owner: '陈明' }));
    services.opportunities.create(
      input.opportunity({ accountId: acme.id, name: 'Line', owner: 'Zheng Peng' }),
    );
    const deal = services.opportunities.create(
      input.opportunity({ accountId: acme.id, name: 'Press', owner: 'ZHENG peng' }),
    );
    expect(deal.owner).toBe('Zheng Peng');
    const person = services.people.create(input.person({ accountId: acme.id, name: 'Wang' }));
    services.committee.upsertMember(
      upsertMemberInput.parse({
        opportunityId: deal.id,
        personId: person.id,
        relationshipOwner: 'Lin',
        plan: {
          routes: '',
          ourRoute: '',
          keyPoints: '',
          owner: 'Ma',
          dueDate: null,
        },
      }),
    );
    services.activities.create(
      activityCreate.parse({
        accountId: acme.id,
        kind: 'call',
        date: '2025-03-01',
        owner: 'Xu',
      }),
    );
    expect(
      names()
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Lin', 'Ma', 'Xu', 'Zheng Peng', '陈明'].sort());
    const history = services.history.list({ entity: 'team_member', limit: 100 });
    expect(history.every((c) => c.action === 'create')).toBe(true);
    expect(history).toHaveLength(5);
  });

  it('a rename rewrites every owner field that carried the old name, each change in history', () => {
    const { services, team, names } = setup();
    const acme = services.accounts.create(input.account({ name: 'Acme', owner: 'Zheng' }));
    const deal = services.opportunities.create(
      input.opportunity({ accountId: acme.id, name: 'Line', owner: 'Zheng' }),
    );
    const other = services.opportunities.create(
      input.opportunity({ accountId: acme.id, name: 'Other', owner: 'Chen' }),
    );
    const person = services.people.create(input.person({ accountId: acme.id, name: 'Wang' }));
    services.committee.upsertMember(
      upsertMemberInput.parse({
        opportunityId: deal.id,
        personId: person.id,
        relationshipOwner: 'Chen',
        plan: { routes: '', ourRoute: '', keyPoints: '', owner: 'Zheng', dueDate: null },
      }),
    );
    const activity = services.activities.create(
      activityCreate.parse({
        accountId: acme.id,
        kind: 'visit',
        date: '2025-03-01',
        owner: 'Zheng',
      }),
    );
    const zheng = names().find((m) => m.name === 'Zheng')!;

    const renamed = team.update({ id: zheng.id, version: zheng.version, name: 'Zheng Peng' });
    expect(renamed.name).toBe('Zheng Peng');
    expect(services.accounts.get({ id: acme.id }).owner).toBe('Zheng Peng');
    expect(services.opportunities.get({ id: deal.id })).toMatchObject({
      owner: 'Zheng Peng',
      version: deal.version + 1,
    });
    expect(services.opportunities.get({ id: other.id }).owner).toBe('Chen');
    expect(services.activities.list({ accountId: acme.id, limit: 10 })[0]).toMatchObject({
      id: activity.id,
      owner: 'Zheng Peng',
    });
    const [entry] = services.committee.get({ opportunityId: deal.id }).members;
    expect(entry).toMatchObject({ relationshipOwner: 'Chen', plan: { owner: 'Zheng Peng' } });
    const [change] = services.history.list({ entity: 'opportunity', entityId: deal.id, limit: 1 });
    expect(change).toMatchObject({
      action: 'update',
      before: { owner: 'Zheng' },
      after: { owner: 'Zheng Peng' },
    });
    // The old name is not a member any more, the new one is not added twice.
    expect(names().map((m) => m.name)).toEqual(['Chen', 'Zheng Peng']);
  });

  it('archives and restores a member; the records they own keep their name', () => {
    const { services, team, names } = setup();
    const acme = services.accounts.create(input.account({ name: 'Acme', owner: 'Chen' }));
    const chen = names()[0]!;
    const archived = team.archive({ id: chen.id, version: 1, archived: true });
    expect(archived.archived).toBe(true);
    expect(team.list({ includeArchived: false, offset: 0, limit: 10 }).total).toBe(0);
    expect(services.accounts.get({ id: acme.id }).owner).toBe('Chen');
    // Writing the archived member's name again does not add a second member.
    services.accounts.update({ id: acme.id, version: acme.version, owner: 'chen' });
    expect(names()).toHaveLength(1);
    expect(services.accounts.get({ id: acme.id }).owner).toBe('Chen');
    expect(team.archive({ id: chen.id, version: 2, archived: false }).archived).toBe(false);
  });
});

describe('team filter', () => {
  function deals() {
    const s = setup();
    const li = s.member('Li');
    const zheng = s.member('Zheng', li.id);
    const chen = s.member('Chen', zheng.id);
    s.member('Other');
    const acme = s.services.accounts.create(input.account({ name: 'Acme' }));
    for (const [name, owner] of [
      ['A', 'Li'],
      ['B', 'Zheng'],
      ['C', 'Chen'],
      ['D', 'Other'],
    ]) {
      s.services.opportunities.create(
        input.opportunity({ accountId: acme.id, name: name!, owner: owner!, amount: 100 }),
      );
    }
    return { ...s, li, zheng, chen };
  }

  it('resolves a manager’s team transitively, and one member alone', () => {
    const members = [
      { id: 'a', managerId: null },
      { id: 'b', managerId: 'a' },
      { id: 'c', managerId: 'b' },
      { id: 'd', managerId: null },
      // A loop in stored data cannot hang the walk.
      { id: 'x', managerId: 'y' },
      { id: 'y', managerId: 'x' },
    ];
    expect([...teamOf(members, 'a', true)].sort()).toEqual(['a', 'b', 'c']);
    expect([...teamOf(members, 'b', false)]).toEqual(['b']);
    expect([...teamOf(members, 'x', true)].sort()).toEqual(['x', 'y']);
  });

  it('pipeline.list, forecast.get and reviews.queue keep the member’s or the manager’s team’s deals', async () => {
    const { router, li, zheng } = deals();
    const pipeline = async (team: unknown) => {
      const result = await router.dispatch('pipeline.list', { team });
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return (result.data as PipelineList).rows.map((r) => r.name);
    };
    expect(await pipeline({ memberId: li.id, includeReports: true })).toEqual(['A', 'B', 'C']);
    expect(await pipeline({ memberId: zheng.id, includeReports: true })).toEqual(['B', 'C']);
    expect(await pipeline({ memberId: li.id })).toEqual(['A']);

    const forecast = await router.dispatch('forecast.get', {
      groupBy: 'quarter',
      byOwner: true,
      team: { memberId: zheng.id, includeReports: true },
    });
    if (!forecast.ok) throw new Error(JSON.stringify(forecast.error));
    expect((forecast.data as ForecastResult).groups.map((g) => g.owner).sort()).toEqual([
      'Chen',
      'Zheng',
    ]);

    const queue = await router.dispatch('reviews.queue', {
      team: { memberId: li.id, includeReports: false },
      asOf: '2026-01-01',
    });
    if (!queue.ok) throw new Error(JSON.stringify(queue.error));
    expect(new Set((queue.data as ReviewItem[]).map((i) => i.owner))).toEqual(new Set(['Li']));
  });

  it('refuses an unknown member and a malformed filter with field issues', async () => {
    const { router } = deals();
    const unknown = refusal(
      await router.dispatch('pipeline.list', { team: { memberId: 'nobody' } }),
    );
    expect(unknown.code).toBe('invalid_input');
    expect(unknown.issues).toMatchObject([
      { path: ['team', 'memberId'], code: 'team_member_not_found' },
    ]);
    const bad = refusal(
      await router.dispatch('forecast.get', {
        groupBy: 'month',
        team: { memberId: 'a b', extra: 1 },
      }),
    );
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues?.map((i) => i.path.join('.')).sort()).toEqual(['team', 'team.memberId']);
  });
});

describe('team channels', () => {
  it('validate input: names required and bounded, unknown fields refused', async () => {
    const { router, db } = setup();
    const before = rowCounts(db);
    const blank = refusal(await router.dispatch('team.create', { name: '  ' }));
    expect(blank.issues).toMatchObject([{ path: ['name'], code: 'required' }]);
    const long = refusal(await router.dispatch('team.create', { name: 'x'.repeat(101) }));
    expect(long.issues).toMatchObject([{ path: ['name'], code: 'too_long' }]);
    const extra = refusal(await router.dispatch('team.create', { name: 'A', boss: 'B' }));
    expect(extra.code).toBe('invalid_input');
    const page = refusal(await router.dispatch('team.list', { limit: 0 }));
    expect(page.code).toBe('invalid_input');
    expect(rowCounts(db)).toEqual(before);
    const created = await router.dispatch('team.create', { name: ' Chen ', role: 'AE' });
    expect(created).toMatchObject({
      ok: true,
      data: { name: 'Chen', role: 'AE', managerId: null },
    });
  });
});

describe('migration 0017-team', () => {
  it('seeds one member per owner name in use, spelling variants brought to the most used', () => {
    const db = new Database(':memory:');
    migrate(db, 13);
    const at = '2025-01-01T00:00:00.000Z';
    const account = db.prepare(
      `INSERT INTO accounts (id, name, name_key, address, phone, fax, bank_account, website,
        industry, region, development_plans, fiscal_year_start_month, listed, revenue, staff_size,
        budget, installed_base, delivery_preferences, sites, past_deals, payment_behaviour, grade,
        funnel_stage, owner, archived, version, created_at, updated_at)
       VALUES (@id, @id, @id, '', '', '', '', '', '', '', '', NULL, 0, NULL, NULL, NULL, '', '', '',
        '', NULL, NULL, 'prospect', @owner, 0, 1, @at, @at)`,
    );
    account.run({ id: 'a1', owner: 'Chen', at });
    account.run({ id: 'a2', owner: 'Chen', at });
    account.run({ id: 'a3', owner: 'CHEN', at });
    account.run({ id: 'a4', owner: '', at });
    account.run({ id: 'a5', owner: '郑鹏', at });
    migrate(db);
    const members = db
      .prepare<[], { name: string; archived: number; manager_id: string | null }>(
        'SELECT name, archived, manager_id FROM team_members ORDER BY name',
      )
      .all();
    expect(members).toEqual([
      { name: 'Chen', archived: 0, manager_id: null },
      { name: '郑鹏', archived: 0, manager_id: null },
    ]);
    const owners = db.prepare<[], string>('SELECT owner FROM accounts ORDER BY id').pluck().all();
    expect(owners).toEqual(['Chen', 'Chen', 'Chen', '', '郑鹏']);
    const history = db
      .prepare<[], number>("SELECT count(*) FROM changes WHERE entity = 'team_member'")
      .pluck()
      .get();
    // Seeded like 0009's stage sets: no user's change, so no history entry.
    expect(history).toBe(0);
    db.close();
  });
});
