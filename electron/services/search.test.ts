import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/channels.ts';
import { migrate } from '../store/migrations/index.ts';
import { createServices } from './index.ts';
import { testRouter, testServices, tickingClock } from './testing.ts';
import type { Router } from '../router.ts';

function setup() {
  const { db, services } = testServices();
  const router = testRouter(services);
  return { db, services, router, call: caller(router) };
}

function caller(router: Router) {
  return async <C extends ChannelName>(channel: C, input: ChannelInput<C>) => {
    const result = await router.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
    return result.data as ChannelOutput<C>;
  };
}

type Call = ReturnType<typeof caller>;

/** The ids found for `text`, by kind. */
async function found(call: Call, text: string) {
  const { groups } = await call('search.query', { text });
  return Object.fromEntries(groups.map((g) => [g.kind, g.hits.map((h) => h.title)]));
}

async function temp(call: Call) {
  const account = await call('accounts.create', { name: '北京天普太阳能工业有限公司' });
  const person = await call('people.create', {
    accountId: account.id,
    name: '王建国',
    title: '技术总监',
    department: '技术部',
    phone: '138-0000-1234',
    email: 'jianguo.wang@tianpu.cn',
  });
  return { account, person };
}

describe('search.query', () => {
  it('finds a new person by name, pinyin, initials, title, phone and e-mail, with what opens him', async () => {
    const { call } = setup();
    const { account, person } = await temp(call);
    for (const text of ['王建国', '建国', 'wangjianguo', 'wjg', 'wang', 'WJG', 'ｗｊｇ']) {
      expect((await found(call, text)).person, text).toEqual(['王建国']);
    }
    const { groups } = await call('search.query', { text: 'wjg' });
    expect(groups).toEqual([
      {
        kind: 'person',
        hits: [
          {
            kind: 'person',
            id: person.id,
            title: '王建国',
            subtitle: '技术总监 · 北京天普太阳能工业有限公司',
            archived: false,
            matchedField: 'name',
            accountId: account.id,
            opportunityId: null,
          },
        ],
      },
    ]);
    const field = async (text: string) =>
      (await call('search.query', { text, kinds: ['person'] })).groups[0]?.hits[0]?.matchedField;
    expect(await field('总监')).toBe('title');
    expect(await field('jsb')).toBe('department');
    expect(await field('13800001234')).toBe('phone');
    expect(await field('tianpu.cn')).toBe('email');
    expect((await found(call, 'tp')).account).toEqual(['北京天普太阳能工业有限公司']);
    expect((await found(call, 'tianpu')).account).toEqual(['北京天普太阳能工业有限公司']);
  });

  it('follows updates, archive and restore: old names vanish, archived records come last', async () => {
    const { call } = setup();
    const { account, person } = await temp(call);
    const other = await call('people.create', { accountId: account.id, name: '王建刚' });
    const renamed = await call('people.update', {
      id: person.id,
      version: person.version,
      name: 'Li Ming',
    });
    expect((await found(call, 'wjg')).person).toEqual(['王建刚']);
    expect((await found(call, 'li')).person).toEqual(['Li Ming']);
    expect((await found(call, 'min')).person).toEqual(['Li Ming']);
    expect((await found(call, 'ing')).person).toBeUndefined();

    const archived = await call('people.update', {
      id: other.id,
      version: other.version,
      archived: true,
      name: 'Li Mingyu',
    });
    const { groups } = await call('search.query', { text: 'li ming' });
    expect(groups[0]?.hits.map((h) => [h.title, h.archived])).toEqual([
      ['Li Ming', false],
      ['Li Mingyu', true],
    ]);
    await call('people.update', { id: other.id, version: archived.version, archived: false });
    await call('people.update', { id: person.id, version: renamed.version, archived: true });
    const after = await call('search.query', { text: 'li ming' });
    expect(after.groups[0]?.hits.map((h) => [h.title, h.archived])).toEqual([
      ['Li Mingyu', false],
      ['Li Ming', true],
    ]);

    const { version } = await call('accounts.get', { id: account.id });
    await call('accounts.archive', { id: account.id, version, archived: true });
    expect((await call('search.query', { text: 'tp' })).groups[0]?.hits[0]?.archived).toBe(true);
  });

  it('finds deals, competitors and negotiation sheets by their deal, renamed with it', async () => {
    const { call } = setup();
    const { account } = await temp(call);
    const deal = await call('opportunities.create', {
      accountId: account.id,
      name: '五轴加工中心',
    });
    const sheet = await call('negotiations.create', { opportunityId: deal.id, title: 'Round 1' });
    await call('competitors.create', { name: 'Acme Machines', products: 'CNC' });
    expect(await found(call, 'wzjg')).toEqual({
      opportunity: ['五轴加工中心'],
      negotiation: ['Round 1'],
    });
    const { groups } = await call('search.query', { text: 'round', kinds: ['negotiation'] });
    expect(groups[0]?.hits[0]).toMatchObject({
      id: sheet.id,
      subtitle: '五轴加工中心 · 北京天普太阳能工业有限公司',
      matchedField: 'title',
      accountId: account.id,
      opportunityId: deal.id,
    });
    await call('opportunities.update', { id: deal.id, version: deal.version, name: '检测设备' });
    expect(await found(call, 'wzjg')).toEqual({});
    expect(await found(call, 'jcsb')).toEqual({
      opportunity: ['检测设备'],
      negotiation: ['Round 1'],
    });
    expect(await found(call, 'acme')).toEqual({ competitor: ['Acme Machines'] });
    expect(await found(call, 'cme')).toEqual({});
  });

  it('forgets an erased person: no hit, and no key left in the index', async () => {
    const { db, call } = setup();
    const { person } = await temp(call);
    await call('people.erase', { id: person.id, confirmName: '王建国' });
    expect(await found(call, 'wjg')).toEqual({});
    const left = db
      .prepare<[], { n: number }>(
        `SELECT count(*) AS n FROM search_index WHERE search_index MATCH '"wangjianguo"*'`,
      )
      .get();
    expect(left?.n).toBe(0);
    const docs = db
      .prepare<[], { n: number }>(`SELECT count(*) AS n FROM search_docs WHERE kind = 'person'`)
      .get();
    expect(docs?.n).toBe(0);
  });

  it('refuses bad input with a clear message', async () => {
    const { router } = setup();
    for (const input of [
      { text: 'x'.repeat(201) },
      { text: 'x', kinds: ['activity'] },
      { text: 'x', kinds: [] },
      { text: 'x', limit: 51 },
      { text: 'x', limit: 0 },
      { text: 'x', sql: 'DROP TABLE people' },
      { text: 42 },
    ]) {
      const result = await router.dispatch('search.query', input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
  });

  it('answers punctuation and quotes without an FTS syntax error', async () => {
    const { call } = setup();
    await temp(call);
    for (const text of ['"', 'wjg"*', 'NEAR(a b)', '*', '-', '   ', 'a OR b', '王 AND']) {
      await expect(call('search.query', { text })).resolves.toBeDefined();
    }
  });

  it('is built by migration 0014 for the records of an older workspace', async () => {
    // Records written by today's services, copied into a workspace still at version 13 (whose
    // accounts and people tables are the same), stand for a workspace written before search.
    const options = {
      now: tickingClock(),
      systemLocale: 'en' as const,
      appVersion: 't',
      workspacePath: ':memory:',
    };
    const source = new Database(':memory:');
    migrate(source);
    await temp(caller(testRouter(createServices({ ...options, db: source }))));
    const db = new Database(':memory:');
    migrate(db, 13);
    for (const table of ['accounts', 'people']) {
      for (const row of source
        .prepare<[], Record<string, unknown>>(`SELECT * FROM ${table}`)
        .all()) {
        const columns = Object.keys(row);
        db.prepare(
          `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
        ).run(row);
      }
    }
    source.close();
    migrate(db);
    const call = caller(testRouter(createServices({ ...options, db })));
    expect(await found(call, 'wjg')).toEqual({ person: ['王建国'] });
    expect(await found(call, 'tp')).toEqual({ account: ['北京天普太阳能工业有限公司'] });
    db.close();
  });
});
