import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/channels.ts';
import type {
  Comparison,
  Competitor,
  CompetitorDetail,
  CompetitorListItem,
  Criterion,
  DealCompetitor,
  DealOutcome,
  Swot,
} from '../../shared/competition.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import type { Coverage } from '../../shared/committee.ts';
import type { Opportunity, Person, PersonCreate } from '../../shared/schemas.ts';
import { openStore } from '../store/connection.ts';
import { createServices } from './index.ts';
import { input, rowCounts, testRouter } from './testing.ts';

function settableClock(start: string) {
  let t = Date.parse(start);
  const now = () => {
    const at = new Date(t);
    t += 1000;
    return at;
  };
  return { now, set: (iso: string) => void (t = Date.parse(iso)) };
}

function setup() {
  const clock = settableClock('2026-11-02T09:00:00.000Z');
  const { db } = openStore(':memory:', clock.now);
  const services = createServices({
    db,
    now: clock.now,
    systemLocale: 'en',
    appVersion: '0.0.0-test',
    workspacePath: ':memory:',
  });
  const router = testRouter(services);
  const call = (channel: ChannelName, body: unknown) => router.dispatch(channel, body);
  async function ok<T>(channel: ChannelName, body: unknown): Promise<T> {
    const result = await call(channel, body);
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
    return result.data as T;
  }
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const other = services.accounts.create(input.account({ name: 'Other Co' }));
  const person = (fields: Omit<PersonCreate, 'accountId'>, accountId = temp.id): Person =>
    services.people.create(input.person({ accountId, ...fields }));
  const chairman = person({ name: 'Wang Jianguo', level: 'decision' });
  const engineer = person({ name: 'Guo Zhenhua', level: 'operational', managerId: chairman.id });
  const stranger = person({ name: 'Li Wei' }, other.id);
  const deal = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Plant 2 line' }),
  );
  return { db, clock, services, call, ok, temp, deal, chairman, engineer, stranger, person };
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}

const issuesOf = (error: ErrorBody) => (error.issues ?? []).map((i) => [i.path, i.code]);

/** Row counts and history before and after a refused call: nothing may change. */
async function expectNothingWritten(db: Database.Database, run: () => Promise<unknown>) {
  const before = rowCounts(db);
  const history = db.prepare('SELECT count(*) FROM changes').pluck().get();
  const all = db.prepare('SELECT * FROM changes ORDER BY id').all();
  await run();
  expect(rowCounts(db)).toEqual(before);
  expect(db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(history);
  expect(db.prepare('SELECT * FROM changes ORDER BY id').all()).toEqual(all);
}

describe('competitor library', () => {
  it('creates an entry verified today, lists it with its age, and marks it stale after the set days', async () => {
    const { ok, clock, services } = setup();
    const haas = await ok<Competitor>('competitors.create', {
      name: 'Haas Automation',
      priceLevel: 'medium',
      strengths: 'Price',
      verifiedBy: 'Zheng Peng',
    });
    expect(haas).toMatchObject({
      name: 'Haas Automation',
      products: '',
      priceLevel: 'medium',
      lastVerifiedAt: '2026-11-02',
      lastVerifiedBy: 'Zheng Peng',
      archived: false,
      version: 1,
    });
    clock.set('2027-01-31T10:00:00.000Z'); // 90 days later: not yet stale
    let [item] = await ok<CompetitorListItem[]>('competitors.list', {});
    expect(item).toMatchObject({ stale: false, daysSinceVerified: 90, openDeals: 0 });
    expect(item?.record).toEqual({ won: 0, lost: 0, winRate: null, topReasons: [] });
    clock.set('2027-02-01T10:00:00.000Z');
    [item] = await ok<CompetitorListItem[]>('competitors.list', {});
    expect(item).toMatchObject({ stale: true, daysSinceVerified: 91 });

    services.settings.update({ competitorStaleDays: 120 });
    [item] = await ok<CompetitorListItem[]>('competitors.list', {});
    expect(item?.stale).toBe(false);

    // Verifying again resets the age; other edits do not.
    const edited = await ok<Competitor>('competitors.update', {
      id: haas.id,
      version: 1,
      notes: 'New VF series',
    });
    expect(edited.lastVerifiedAt).toBe('2026-11-02');
    const verified = await ok<Competitor>('competitors.update', {
      id: haas.id,
      version: 2,
      verifiedBy: 'Chen Ming',
    });
    expect(verified).toMatchObject({ lastVerifiedAt: '2027-02-01', lastVerifiedBy: 'Chen Ming' });
    expect(
      services.history
        .list({ entity: 'competitor', entityId: haas.id, limit: 100 })
        .map((c) => c.action),
    ).toEqual(['update', 'update', 'create']);
  });

  it('refuses a duplicate active name, a stale version and unknown ids, writing nothing', async () => {
    const { db, ok, call } = setup();
    const haas = await ok<Competitor>('competitors.create', { name: 'Haas' });
    await expectNothingWritten(db, async () => {
      const dup = refusal(await call('competitors.create', { name: ' HAAS ' }));
      expect(dup.code).toBe('conflict');
      expect(issuesOf(dup)).toEqual([[['name'], 'duplicate_name']]);
      expect(refusal(await call('competitors.create', { name: '' })).code).toBe('invalid_input');
      expect(
        refusal(await call('competitors.update', { id: haas.id, version: 9, notes: 'x' })).code,
      ).toBe('conflict');
      expect(refusal(await call('competitors.get', { id: crypto.randomUUID() })).code).toBe(
        'not_found',
      );
    });
    // Archived names are free again; the archived entry only shows when asked for.
    await ok('competitors.update', { id: haas.id, version: 1, archived: true });
    await ok('competitors.create', { name: 'Haas' });
    expect((await ok<CompetitorListItem[]>('competitors.list', {})).length).toBe(1);
    expect(
      (await ok<CompetitorListItem[]>('competitors.list', { includeArchived: true })).length,
    ).toBe(2);
  });
});

describe('competitors in a deal', () => {
  it('adds a competitor with defaults, changes given fields only, and records history', async () => {
    const { ok, services, deal, chairman } = setup();
    const haas = await ok<Competitor>('competitors.create', { name: 'Haas' });
    const added = await ok<DealCompetitor>('dealCompetitors.upsert', {
      opportunityId: deal.id,
      competitorId: haas.id,
      repName: 'Mike',
    });
    expect(added).toMatchObject({
      opportunityId: deal.id,
      competitorId: haas.id,
      competitorName: 'Haas',
      incumbent: false,
      satisfaction: null,
      repName: 'Mike',
      repRelations: [],
      position: null,
      threat: null,
      version: 1,
    });
    expect(added).not.toHaveProperty('id');
    const changed = await ok<DealCompetitor>('dealCompetitors.upsert', {
      opportunityId: deal.id,
      competitorId: haas.id,
      version: 1,
      incumbent: true,
      satisfaction: 3,
      position: 'behind',
      threat: 'high',
      repRelations: [{ personId: chairman.id, closeness: 'close' }],
    });
    expect(changed).toMatchObject({ repName: 'Mike', incumbent: true, version: 2 });
    expect(await ok('dealCompetitors.list', { opportunityId: deal.id })).toEqual([changed]);
    const history = services.history.list({ entity: 'deal_competitor', limit: 100 });
    expect(history.map((c) => c.action)).toEqual(['update', 'create']);
    expect(history[0]?.after).toMatchObject({ incumbent: true, position: 'behind' });
  });

  it('refuses unknown or archived competitors, people of another account, people twice, stale versions', async () => {
    const { db, ok, call, deal, chairman, stranger } = setup();
    const haas = await ok<Competitor>('competitors.create', { name: 'Haas' });
    const old = await ok<Competitor>('competitors.create', { name: 'Old Co' });
    await ok('competitors.update', { id: old.id, version: 1, archived: true });
    await ok('dealCompetitors.upsert', { opportunityId: deal.id, competitorId: haas.id });
    const base = { opportunityId: deal.id, competitorId: haas.id };
    await expectNothingWritten(db, async () => {
      for (const competitorId of [crypto.randomUUID(), old.id]) {
        const error = refusal(
          await call('dealCompetitors.upsert', { opportunityId: deal.id, competitorId }),
        );
        expect(issuesOf(error)).toEqual([[['competitorId'], 'competitor_not_found']]);
      }
      const error = refusal(
        await call('dealCompetitors.upsert', {
          ...base,
          repRelations: [
            { personId: chairman.id, closeness: 'close' },
            { personId: stranger.id, closeness: 'close' },
            { personId: chairman.id, closeness: 'distant' },
            { personId: crypto.randomUUID(), closeness: 'distant' },
          ],
        }),
      );
      expect(issuesOf(error)).toEqual([
        [['repRelations', 1, 'personId'], 'person_other_account'],
        [['repRelations', 2, 'personId'], 'duplicate_person'],
        [['repRelations', 3, 'personId'], 'person_not_found'],
      ]);
      const none = refusal(
        await call('dealCompetitors.upsert', {
          ...base,
          repRelations: [{ personId: chairman.id, closeness: 'none' }],
        }),
      );
      expect(none.code).toBe('invalid_input');
      expect(refusal(await call('dealCompetitors.upsert', { ...base, satisfaction: 6 })).code).toBe(
        'invalid_input',
      );
      expect(refusal(await call('dealCompetitors.upsert', { ...base, version: 7 })).code).toBe(
        'conflict',
      );
      const notIn = refusal(
        await call('dealCompetitors.remove', { opportunityId: deal.id, competitorId: old.id }),
      );
      expect(issuesOf(notIn)).toEqual([[['competitorId'], 'competitor_not_in_deal']]);
    });
  });

  it('keeps the deals of a competitor archived later editable, and refuses unknown deals', async () => {
    const { ok, call, deal } = setup();
    const haas = await ok<Competitor>('competitors.create', { name: 'Haas' });
    await ok('dealCompetitors.upsert', { opportunityId: deal.id, competitorId: haas.id });
    await ok('competitors.update', { id: haas.id, version: 1, archived: true });
    const changed = await ok<DealCompetitor>('dealCompetitors.upsert', {
      opportunityId: deal.id,
      competitorId: haas.id,
      version: 1,
      threat: 'low',
    });
    expect(changed).toMatchObject({ competitorName: 'Haas', threat: 'low', version: 2 });
    const detail = await ok<CompetitorDetail>('competitors.get', { id: haas.id });
    expect(detail).toMatchObject({ archived: true, openDeals: 1 });
    expect(detail.deals.map((d) => [d.opportunityName, d.status, d.winner])).toEqual([
      ['Plant 2 line', 'open', null],
    ]);
    for (const channel of ['dealCompetitors.list', 'criteria.list', 'outcomes.get'] as const) {
      expect(refusal(await call(channel, { opportunityId: crypto.randomUUID() })).code).toBe(
        'not_found',
      );
    }
  });

  it('removes a competitor from the deal with their scores, in history', async () => {
    const { ok, services, deal } = setup();
    const haas = await ok<Competitor>('competitors.create', { name: 'Haas' });
    await ok('dealCompetitors.upsert', { opportunityId: deal.id, competitorId: haas.id });
    const c = await ok<Criterion>('criteria.upsert', {
      opportunityId: deal.id,
      name: 'Price',
      scores: [
        { vendor: 'us', score: 6, note: '' },
        { vendor: haas.id, score: 8, note: '' },
      ],
    });
    const removed = await ok<DealCompetitor>('dealCompetitors.remove', {
      opportunityId: deal.id,
      competitorId: haas.id,
    });
    expect(removed).toMatchObject({ competitorName: 'Haas', version: 2 });
    expect(await ok('dealCompetitors.list', { opportunityId: deal.id })).toEqual([]);
    const [after] = await ok<Criterion[]>('criteria.list', { opportunityId: deal.id });
    expect(after?.scores).toEqual([{ vendor: 'us', score: 6, note: '' }]);
    expect(after?.version).toBe(c.version + 1);
    expect(services.history.list({ limit: 2 }).map((h) => [h.entity, h.action])).toEqual([
      ['deal_competitor', 'delete'],
      ['criterion', 'update'],
    ]);
  });

  it('raises competitor_closer in committee coverage and its what-if', async () => {
    const { ok, services, deal, chairman, engineer } = setup();
    services.committee.upsertMember({
      opportunityId: deal.id,
      personId: chairman.id,
      roles: ['decider'],
      contact: 'distant',
      lastContactDate: '2026-11-01',
    });
    services.committee.upsertMember({
      opportunityId: deal.id,
      personId: engineer.id,
      roles: ['handler', 'coach'],
      attitude: 'supporter',
      contact: 'close',
    });
    const before = await ok<Coverage>('committee.coverage', {
      opportunityId: deal.id,
    });
    const haas = await ok<Competitor>('competitors.create', { name: 'Haas' });
    await ok('dealCompetitors.upsert', {
      opportunityId: deal.id,
      competitorId: haas.id,
      repName: 'Mike',
      repRelations: [
        { personId: chairman.id, closeness: 'frequent' },
        { personId: engineer.id, closeness: 'close' },
      ],
    });
    const after = await ok<Coverage>('committee.coverage', { opportunityId: deal.id });
    const closer = after.flags.filter((f) => f.code === 'competitor_closer');
    expect(closer).toEqual([
      {
        code: 'competitor_closer',
        message: 'Mike of Haas is closer to Wang Jianguo than we are',
        points: 10,
        personId: chairman.id,
        params: { person: 'Wang Jianguo', competitor: 'Haas', rep: 'Mike' },
      },
    ]);
    expect(after.score).toBe(before.score - 10);
    const whatIf = await ok<Coverage>('committee.coverage', {
      opportunityId: deal.id,
      whatIf: [{ personId: chairman.id, contact: 'close' }],
    });
    expect(whatIf.flags.some((f) => f.code === 'competitor_closer')).toBe(false);
  });
});

describe('buying criteria', () => {
  async function scored() {
    const s = setup();
    const haas = await s.ok<Competitor>('competitors.create', { name: 'Haas' });
    const dmg = await s.ok<Competitor>('competitors.create', { name: 'DMG Mori' });
    for (const k of [haas, dmg]) {
      await s.ok('dealCompetitors.upsert', { opportunityId: s.deal.id, competitorId: k.id });
    }
    const add = (name: string, weight: number, us: number, h: number | null, d: number) =>
      s.ok<Criterion>('criteria.upsert', {
        opportunityId: s.deal.id,
        name,
        weight,
        scores: [
          { vendor: 'us', score: us, note: '' },
          { vendor: haas.id, score: h, note: '' },
          { vendor: dmg.id, score: d, note: 'est.' },
        ],
      });
    const price = await add('Price', 30, 6, 9, 5);
    const service = await add('Service', 20, 9, 6, 7);
    const product = await add('Product', 50, 7, null, 8);
    return { ...s, haas, dmg, price, service, product };
  }

  it('normalises weights to percent, totals each vendor, and ranks where we trail', async () => {
    const { ok, deal, haas, dmg, price, product } = await scored();
    const comparison = await ok<Comparison>('criteria.comparison', { opportunityId: deal.id });
    expect(comparison.criteria.map((c) => [c.name, c.weight, c.weightPercent, c.position])).toEqual(
      [
        ['Price', 30, 30, 0],
        ['Service', 20, 20, 1],
        ['Product', 50, 50, 2],
      ],
    );
    expect(comparison.vendors).toEqual([
      { vendor: 'us', name: 'Us', weightedTotal: 7.1, scoredPercent: 100 },
      { vendor: haas.id, name: 'Haas', weightedTotal: 7.8, scoredPercent: 50 },
      { vendor: dmg.id, name: 'DMG Mori', weightedTotal: 6.9, scoredPercent: 100 },
    ]);
    expect(
      comparison.gaps.map((g) => [g.competitorName, g.criterionId, g.gap, g.weightedGap]),
    ).toEqual([
      ['Haas', price.id, 3, 0.9],
      ['DMG Mori', product.id, 1, 0.5],
    ]);
  });

  it('merges scores by vendor and keeps the rest of a criterion', async () => {
    const { ok, deal, haas, price, services } = await scored();
    const changed = await ok<Criterion>('criteria.upsert', {
      opportunityId: deal.id,
      id: price.id,
      version: 1,
      scores: [{ vendor: haas.id, score: 7, note: 'after discount' }],
    });
    expect(changed.name).toBe('Price');
    expect(changed.scores.map((s) => [s.vendor === 'us' ? 'us' : s.vendor, s.score])).toEqual([
      ['us', 6],
      [haas.id, 7],
      [expect.any(String), 5],
    ]);
    expect(changed.version).toBe(2);
    expect(
      services.history.list({ entity: 'criterion', entityId: price.id, limit: 100 })[0]?.action,
    ).toBe('update');
  });

  it('refuses negative weights, all weights zero, scores outside 1–10, vendors not in the deal, stale versions', async () => {
    const { db, ok, call, deal, price, service, product } = await scored();
    const outsider = await ok<Competitor>('competitors.create', { name: 'Mazak' });
    const change = (fields: object) =>
      call('criteria.upsert', { opportunityId: deal.id, id: price.id, version: 1, ...fields });
    await expectNothingWritten(db, async () => {
      expect(issuesOf(refusal(await change({ weight: -1 })))).toEqual([[['weight'], 'too_small']]);
      for (const score of [0, 11, 5.5]) {
        const error = refusal(await change({ scores: [{ vendor: 'us', score, note: '' }] }));
        expect(error.code).toBe('invalid_input');
        expect(error.issues?.[0]?.path).toEqual(['scores', 0, 'score']);
      }
      const notIn = refusal(
        await change({ scores: [{ vendor: outsider.id, score: 5, note: '' }] }),
      );
      expect(issuesOf(notIn)).toEqual([[['scores', 0, 'vendor'], 'competitor_not_in_deal']]);
      expect(refusal(await change({ version: 5, weight: 3 })).code).toBe('conflict');
    });
    await ok('criteria.upsert', { opportunityId: deal.id, id: service.id, version: 1, weight: 0 });
    await ok('criteria.upsert', { opportunityId: deal.id, id: product.id, version: 1, weight: 0 });
    await expectNothingWritten(db, async () => {
      expect(issuesOf(refusal(await change({ weight: 0 })))).toEqual([
        [['weight'], 'weights_all_zero'],
      ]);
    });
  });

  it('refuses a criterion of another deal and unknown criteria', async () => {
    const { db, call, services, deal, price } = await scored();
    const other = services.opportunities.create(
      input.opportunity({ accountId: deal.accountId, name: 'Fixtures' }),
    );
    await expectNothingWritten(db, async () => {
      const wrongDeal = refusal(
        await call('criteria.upsert', { opportunityId: other.id, id: price.id, weight: 5 }),
      );
      expect(wrongDeal.code).toBe('not_found');
      expect(refusal(await call('criteria.remove', { id: crypto.randomUUID() })).code).toBe(
        'not_found',
      );
    });
  });

  it('refuses a first criterion of zero weight and a new one without a name', async () => {
    const { db, call, deal } = setup();
    await expectNothingWritten(db, async () => {
      const zero = refusal(
        await call('criteria.upsert', { opportunityId: deal.id, name: 'Price', weight: 0 }),
      );
      expect(issuesOf(zero)).toEqual([[['weight'], 'weights_all_zero']]);
      const unnamed = refusal(await call('criteria.upsert', { opportunityId: deal.id }));
      expect(issuesOf(unnamed)).toEqual([[['name'], 'required']]);
    });
  });

  it('adds the five default areas with equal weights in the given language, only once', async () => {
    const { ok, deal, services, db } = setup();
    const zh = await ok<Criterion[]>('criteria.addDefaults', {
      opportunityId: deal.id,
      locale: 'zh-CN',
    });
    expect(zh.map((c) => [c.area, c.name, c.weightPercent])).toEqual([
      ['supplier_qualification', '供应商资质', 20],
      ['product_solution', '产品与方案', 20],
      ['service', '服务', 20],
      ['price', '价格', 20],
      ['project_management', '项目管理', 20],
    ]);
    const before = rowCounts(db);
    const again = await ok<Criterion[]>('criteria.addDefaults', {
      opportunityId: deal.id,
      locale: 'en',
    });
    expect(again).toEqual(zh);
    expect(rowCounts(db)).toEqual(before);
    expect(services.history.list({ entity: 'criterion', limit: 100 })).toHaveLength(5);

    const other = services.opportunities.create(
      input.opportunity({ accountId: deal.accountId, name: 'Fixtures' }),
    );
    const en = await ok<Criterion[]>('criteria.addDefaults', {
      opportunityId: other.id,
      locale: 'en',
    });
    expect(en.map((c) => c.name)).toEqual([
      'Supplier qualification',
      'Product and solution',
      'Service',
      'Price',
      'Project management',
    ]);
  });

  it('removes a criterion, recording the delete', async () => {
    const { ok, deal, price, services } = await scored();
    const removed = await ok<Criterion>('criteria.remove', { id: price.id });
    expect(removed).toMatchObject({ id: price.id, name: 'Price', version: 2 });
    const left = await ok<Criterion[]>('criteria.list', { opportunityId: deal.id });
    expect(left.map((c) => [c.name, c.weightPercent])).toEqual([
      ['Service', (20 / 70) * 100],
      ['Product', (50 / 70) * 100],
    ]);
    expect(services.history.list({ limit: 1 })[0]).toMatchObject({
      entity: 'criterion',
      entityId: price.id,
      action: 'delete',
    });
  });
});

describe('win/loss and SWOT', () => {
  async function closedDeal(status: Opportunity['status']) {
    const s = setup();
    const haas = await s.ok<Competitor>('competitors.create', { name: 'Haas' });
    const dmg = await s.ok<Competitor>('competitors.create', { name: 'DMG Mori' });
    await s.ok('dealCompetitors.upsert', { opportunityId: s.deal.id, competitorId: haas.id });
    const closed =
      status === 'open'
        ? s.deal
        : s.services.opportunities.update({
            id: s.deal.id,
            version: s.deal.version,
            status,
            ...(status === 'won' ? {} : { statusReason: 'Price' }),
          });
    return { ...s, haas, dmg, closed };
  }

  it('records who won a lost deal and why, and rolls it up on the competitor', async () => {
    const { ok, deal, haas, services } = await closedDeal('lost');
    const outcome = await ok<DealOutcome>('outcomes.record', {
      opportunityId: deal.id,
      winner: 'competitor',
      winnerCompetitorId: haas.id,
      reasons: ['price', 'relationship', 'price'],
    });
    expect(outcome).toMatchObject({
      winner: 'competitor',
      winnerCompetitorId: haas.id,
      reasons: ['price', 'relationship'],
      note: '',
      version: 1,
    });
    expect(outcome).not.toHaveProperty('id');
    expect(await ok('outcomes.get', { opportunityId: deal.id })).toEqual(outcome);
    const detail = await ok<CompetitorDetail>('competitors.get', { id: haas.id });
    expect(detail.record).toEqual({
      won: 0,
      lost: 1,
      winRate: 0,
      topReasons: [
        { reason: 'price', won: 0, lost: 1 },
        { reason: 'relationship', won: 0, lost: 1 },
      ],
    });
    expect(detail.deals).toEqual([
      {
        opportunityId: deal.id,
        opportunityName: 'Plant 2 line',
        accountName: 'Temp Co',
        status: 'lost',
        position: null,
        winner: 'competitor',
        winnerCompetitorId: haas.id,
      },
    ]);
    const changed = await ok<DealOutcome>('outcomes.record', {
      opportunityId: deal.id,
      version: 1,
      winner: 'none',
      winnerCompetitorId: haas.id,
    });
    expect(changed).toMatchObject({ winner: 'none', winnerCompetitorId: null, version: 2 });
    expect(
      services.history.list({ entity: 'deal_outcome', limit: 100 }).map((c) => c.action),
    ).toEqual(['update', 'create']);
  });

  it('counts a won deal for every competitor in it', async () => {
    const { ok, deal, haas } = await closedDeal('won');
    await ok('outcomes.record', { opportunityId: deal.id, winner: 'us', reasons: ['service'] });
    const [item] = await ok<CompetitorListItem[]>('competitors.list', {});
    expect(item).toMatchObject({ name: 'DMG Mori', record: { won: 0, lost: 0 } });
    const list = await ok<CompetitorListItem[]>('competitors.list', {});
    expect(list.find((c) => c.id === haas.id)?.record).toEqual({
      won: 1,
      lost: 0,
      winRate: 1,
      topReasons: [{ reason: 'service', won: 1, lost: 0 }],
    });
  });

  it('refuses an open deal, a winner that does not match the status, a winner not in the deal', async () => {
    const open = await closedDeal('open');
    await expectNothingWritten(open.db, async () => {
      const error = refusal(
        await open.call('outcomes.record', { opportunityId: open.deal.id, winner: 'us' }),
      );
      expect(issuesOf(error)).toEqual([[['opportunityId'], 'deal_not_closed']]);
    });
    const won = await closedDeal('won');
    await expectNothingWritten(won.db, async () => {
      const error = refusal(
        await won.call('outcomes.record', {
          opportunityId: won.deal.id,
          winner: 'competitor',
          winnerCompetitorId: won.dmg.id,
        }),
      );
      expect(issuesOf(error)).toEqual([
        [['winner'], 'winner_mismatch'],
        [['winnerCompetitorId'], 'competitor_not_in_deal'],
      ]);
    });
    const lost = await closedDeal('lost');
    await expectNothingWritten(lost.db, async () => {
      for (const body of [
        { winner: 'us' },
        { winner: 'competitor' },
        { winner: 'competitor', winnerCompetitorId: lost.dmg.id },
        { winner: 'none', version: 1 },
      ]) {
        const result = await lost.call('outcomes.record', { opportunityId: lost.deal.id, ...body });
        expect(refusal(result).code, JSON.stringify(body)).toMatch(/invalid_input|conflict/);
      }
    });
  });

  it('keeps one SWOT per deal: null until saved, then versioned with history', async () => {
    const { ok, call, db, deal, services } = setup();
    expect(await ok('swot.get', { opportunityId: deal.id })).toBeNull();
    const body = {
      opportunityId: deal.id,
      strengths: 'Local service',
      weaknesses: 'Price',
      opportunities: 'Plant 2',
      threats: 'Haas incumbent',
    };
    const saved = await ok<Swot>('swot.save', body);
    expect(saved).toMatchObject({ ...body, version: 1 });
    expect(await ok('swot.get', { opportunityId: deal.id })).toEqual(saved);
    const changed = await ok<Swot>('swot.save', { ...body, version: 1, threats: 'DMG too' });
    expect(changed.version).toBe(2);
    await expectNothingWritten(db, async () => {
      expect(refusal(await call('swot.save', { ...body, version: 1 })).code).toBe('conflict');
    });
    expect(services.history.list({ entity: 'swot', limit: 100 }).map((c) => c.action)).toEqual([
      'update',
      'create',
    ]);
  });
});
