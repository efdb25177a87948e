import { describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../shared/channels.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import type { ForecastSnapshot } from '../../shared/forecast.ts';
import { input, rowCounts, testRouter, testServices } from './testing.ts';

function setup() {
  const { db, services } = testServices(); // clock starts 2025-03-01T09:00:00Z (a Saturday, Q1)
  const router = testRouter(services);
  const call = (channel: ChannelName, body: unknown) => router.dispatch(channel, body);
  async function ok<T>(channel: ChannelName, body: unknown): Promise<T> {
    const result = await call(channel, body);
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
    return result.data as T;
  }
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const deal = (name: string, o: Record<string, unknown>) =>
    services.opportunities.create(input.opportunity({ accountId: temp.id, name, ...o }));
  const line = deal('Line', {
    amount: 1_000_000,
    salesStage: 'evaluation',
    expectedCloseDate: '2025-03-20',
    owner: '郑鹏',
  });
  const press = deal('Press', {
    amount: 200_000,
    salesStage: 'negotiation',
    expectedCloseDate: '2025-02-10',
    owner: '陈明',
  });
  deal('Lost', {
    amount: 5_000,
    expectedCloseDate: '2025-03-01',
    status: 'lost',
    statusReason: 'Price',
  });
  return { db, services, call, ok, line, press };
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}

describe('forecast', () => {
  it('gives the weighted pipeline and categories by quarter and by month and owner', async () => {
    const { ok } = setup();
    const q = await ok<ChannelOutput<'forecast.get'>>('forecast.get', { groupBy: 'quarter' });
    expect(q.groups).toEqual([
      {
        period: '2025-Q1',
        owner: null,
        currency: 'CNY',
        count: 2,
        total: 1_200_000,
        weighted: 700_000 + 180_000,
        commit: 200_000,
        bestCase: 1_000_000,
        pipeline: 0,
        won: 0,
      },
    ]);
    const m = await ok<ChannelOutput<'forecast.get'>>('forecast.get', {
      groupBy: 'month',
      byOwner: true,
    });
    expect(m.groups.map((g) => [g.period, g.owner, g.weighted])).toEqual([
      ['2025-02', '陈明', 180_000],
      ['2025-03', '郑鹏', 700_000],
    ]);
    const filtered = await ok<ChannelOutput<'forecast.get'>>('forecast.get', {
      groupBy: 'month',
      owner: '郑鹏',
      from: '2025-03-01',
    });
    expect(filtered.groups.map((g) => g.total)).toEqual([1_000_000]);
  });

  it('puts deals in categories by the thresholds chosen in settings', async () => {
    const { ok, services } = setup();
    // Line is at 70%: best case by default, commit once commit starts at 70.
    services.settings.update({ forecastCommitMin: 70 });
    const q = await ok<ChannelOutput<'forecast.get'>>('forecast.get', { groupBy: 'quarter' });
    expect(q.thresholds).toEqual({ commitMin: 70, bestCaseMin: 50 });
    expect(q.groups[0]).toMatchObject({ commit: 1_200_000, bestCase: 0, pipeline: 0 });
  });

  it('takes a snapshot, keeps it unchanged, and shows the movement after an amount changes', async () => {
    const { db, ok, services, line, press } = setup();
    const snap = await ok<ForecastSnapshot>('forecast.snapshot', { note: 'Friday review' });
    expect(snap).toMatchObject({ kind: 'manual', note: 'Friday review', weekOf: '2025-02-24' });
    expect(snap.lines).toHaveLength(3);

    services.opportunities.update({ id: line.id, version: 1, amount: 1_500_000 });
    services.opportunities.update({ id: press.id, version: 1, status: 'won' });
    const moves = await ok<ChannelOutput<'forecast.movements'>>('forecast.movements', {});
    // No quarter asked: all periods, the team's whole forecast.
    expect(moves.quarter).toBeNull();
    // A won deal leaves the open forecast: its weighted amount goes out of the quarter.
    expect(
      moves.movements
        .map((m) => [m.name, m.kind, m.weightedDelta])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['Line', 'amount_changed', 350_000],
      ['Press', 'won', -180_000],
    ]);

    // The snapshot did not follow the deals, and the store refuses to change it.
    const [summary] = await ok<ChannelOutput<'forecast.snapshots'>>('forecast.snapshots', {});
    expect(summary).toMatchObject({ id: snap.id, lineCount: 3 });
    // Totals are the open deals as they were when it was taken (the lost deal is left out).
    expect(summary?.totals).toEqual([
      { currency: 'CNY', count: 2, total: 1_200_000, weighted: 880_000 },
    ]);
    expect(() => db.prepare("UPDATE forecast_snapshots SET note = 'x'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM forecast_snapshots').run()).toThrow(/immutable/);
    const again = await ok<ChannelOutput<'forecast.movements'>>('forecast.movements', {
      from: snap.id,
      quarter: '2025-Q1',
    });
    expect(again.movements).toHaveLength(2);
  });

  it("compares with last week's snapshot by default, even after this week's was taken", async () => {
    const { db, ok } = setup();
    // Last week's review saw an empty pipeline; this week's automatic snapshot sees the deals.
    db.prepare(
      `INSERT INTO forecast_snapshots VALUES
       ('last_week', '2025-02-21T17:00:00.000Z', '2025-02-17', 'manual', '', '[]', 0, '[]')`,
    ).run();
    await ok<ForecastSnapshot>('forecast.snapshot', { note: 'This week' });
    const moves = await ok<ChannelOutput<'forecast.movements'>>('forecast.movements', {});
    expect(moves.fromSnapshotId).toBe('last_week');
    expect(moves.movements.map((m) => [m.name, m.kind]).sort()).toEqual([
      ['Line', 'new'],
      ['Press', 'new'],
    ]);
  });

  it('takes the automatic snapshot once a week', () => {
    const { services } = setup();
    expect(services.forecast.ensureWeekly()).toMatchObject({ kind: 'automatic' });
    expect(services.forecast.ensureWeekly()).toBeNull();
    expect(services.forecast.snapshots({ limit: 52 })).toHaveLength(1);
  });

  it('refuses an unknown snapshot, a bad quarter and a bad grouping, writing nothing', async () => {
    const { db, call } = setup();
    const before = rowCounts(db);
    const missing = refusal(await call('forecast.movements', { from: 'nope' }));
    expect([missing.code, missing.issues?.[0]?.path, missing.issues?.[0]?.code]).toEqual([
      'not_found',
      ['from'],
      'snapshot_not_found',
    ]);
    expect(refusal(await call('forecast.movements', { quarter: '2025-Q5' })).code).toBe(
      'invalid_input',
    );
    expect(refusal(await call('forecast.get', { groupBy: 'week' })).code).toBe('invalid_input');
    expect(
      refusal(await call('forecast.get', { groupBy: 'month', from: '2025-13-01' })).issues,
    ).toEqual([expect.objectContaining({ path: ['from'], code: 'invalid_date' })]);
    expect(rowCounts(db)).toEqual(before);
  });

  it("answers one deal's movements, the same as that deal's among everyone's", async () => {
    const { ok, services, line, press } = setup();
    const other = services.accounts.create(input.account({ name: 'Other Co' }));
    const far = services.opportunities.create(
      input.opportunity({
        accountId: other.id,
        name: 'Far',
        amount: 90_000,
        expectedCloseDate: '2025-05-02',
      }),
    );
    const first = await ok<ForecastSnapshot>('forecast.snapshot', { note: '' });
    services.opportunities.update({
      id: line.id,
      version: 1,
      amount: 1_500_000,
      salesStage: 'negotiation',
    });
    services.opportunities.update({ id: press.id, version: 1, status: 'won' });
    services.opportunities.update({ id: far.id, version: 1, expectedCloseDate: '2025-03-28' });
    const second = await ok<ForecastSnapshot>('forecast.snapshot', { note: '' });
    services.opportunities.update({ id: far.id, version: 2, amount: 120_000 });
    const fresh = deal(services, 'Fresh', { amount: 30_000, expectedCloseDate: '2025-03-05' });

    const inputs = [
      {},
      { quarter: '2025-Q1' },
      { from: first.id },
      { from: first.id, to: second.id, quarter: '2025-Q1' },
      { from: second.id, quarter: '2025-Q2' },
    ];
    for (const base of inputs) {
      const all = await ok<ChannelOutput<'forecast.movements'>>('forecast.movements', base);
      for (const id of [line.id, press.id, far.id, fresh.id]) {
        const one = await ok<ChannelOutput<'forecast.movements'>>('forecast.movements', {
          ...base,
          opportunityId: id,
        });
        expect(one).toEqual({
          ...all,
          movements: all.movements.filter((m) => m.opportunityId === id),
        });
      }
    }
    // The oracle is not empty: each deal moved somewhere.
    const all = await ok<ChannelOutput<'forecast.movements'>>('forecast.movements', {
      from: first.id,
    });
    expect(new Set(all.movements.map((m) => m.name))).toEqual(
      new Set(['Line', 'Press', 'Far', 'Fresh']),
    );
  });

  it("gives one account's forecast from its deals alone", async () => {
    const { ok, services } = setup();
    const other = services.accounts.create(input.account({ name: 'Other Co' }));
    services.opportunities.create(
      input.opportunity({
        accountId: other.id,
        name: 'Far',
        amount: 90_000,
        expectedCloseDate: '2025-03-02',
      }),
    );
    const byAccount = await ok<ChannelOutput<'forecast.get'>>('forecast.get', {
      groupBy: 'quarter',
      accountId: other.id,
    });
    expect(byAccount.groups.map((g) => [g.period, g.count, g.total])).toEqual([
      ['2025-Q1', 1, 90_000],
    ]);
  });

  it('refuses a malformed deal id for the movements', async () => {
    const { call } = setup();
    const refused = refusal(await call('forecast.movements', { opportunityId: 'no such id!' }));
    expect([refused.code, refused.issues?.[0]?.path]).toEqual(['invalid_input', ['opportunityId']]);
  });
});

function deal(
  services: ReturnType<typeof testServices>['services'],
  name: string,
  o: Record<string, unknown>,
) {
  const account = services.accounts.create(input.account({ name: `${name} Co` }));
  return services.opportunities.create(input.opportunity({ accountId: account.id, name, ...o }));
}
