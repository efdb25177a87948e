import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/channels.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import type { PipelineList } from '../../shared/pipelineList.ts';
import { input, testRouter, testServices } from './testing.ts';

function setup() {
  const { services } = testServices();
  const router = testRouter(services);
  const call = (body: unknown) => router.dispatch('pipeline.list' satisfies ChannelName, body);
  async function list(body: unknown): Promise<PipelineList> {
    const result = await call(body);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
    return result.data as PipelineList;
  }
  const acme = services.accounts.create(input.account({ name: 'Acme', grade: 'A' }));
  const bolt = services.accounts.create(input.account({ name: 'Bolt', grade: 'C' }));
  const deal = (accountId: string, name: string, o: Record<string, unknown>) =>
    services.opportunities.create(input.opportunity({ accountId, name, ...o }));
  deal(acme.id, 'Line', {
    amount: 1_000_000,
    salesStage: 'evaluation',
    probability: 70,
    expectedCloseDate: '2025-03-20',
    owner: '郑鹏',
  });
  deal(acme.id, 'Press', {
    amount: 200_000,
    salesStage: 'negotiation',
    probability: 90,
    expectedCloseDate: '2025-05-10',
    owner: '陈明',
  });
  deal(bolt.id, 'Robot', { amount: 50_000, currency: 'USD', owner: '陈明' });
  deal(bolt.id, 'Old', {
    amount: 5_000,
    expectedCloseDate: '2024-11-01',
    status: 'lost',
    statusReason: 'Price',
    owner: 'Lin',
  });
  return { call, list, acme, bolt };
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}

const names = (l: PipelineList) => l.rows.map((r) => r.name);

describe('pipeline.list', () => {
  it('lists open deals with account, stage set, weighted amount and category, plus facets', async () => {
    const { list, acme, bolt } = setup();
    const all = await list({});
    expect(names(all)).toEqual(['Line', 'Press', 'Robot']);
    expect(all.rows[0]).toMatchObject({
      accountId: acme.id,
      accountName: 'Acme',
      accountGrade: 'A',
      owner: '郑鹏',
      stageSetId: 'sales8',
      stageKey: 'evaluation',
      amount: 1_000_000,
      currency: 'CNY',
      probability: 70,
      weighted: 700_000,
      category: 'best_case',
      closeDate: '2025-03-20',
      status: 'open',
      version: 1,
    });
    expect(all.rows[1]?.category).toBe('commit');
    expect(all.facets).toEqual({
      owners: ['陈明', '郑鹏'].sort((a, b) => a.localeCompare(b)),
      accounts: [
        { id: acme.id, name: 'Acme' },
        { id: bolt.id, name: 'Bolt' },
      ],
      quarters: ['2025-Q1', '2025-Q2'],
    });
  });

  it('filters by owner, account, close quarter, grade, status and stage set; facets stay whole', async () => {
    const { list, bolt } = setup();
    expect(names(await list({ owner: '陈明' }))).toEqual(['Press', 'Robot']);
    expect(names(await list({ accountId: bolt.id }))).toEqual(['Robot']);
    const q2 = await list({ closeQuarter: '2025-Q2' });
    expect(names(q2)).toEqual(['Press']);
    expect(q2.facets.quarters).toEqual(['2025-Q1', '2025-Q2']);
    expect(names(await list({ grade: 'A' }))).toEqual(['Line', 'Press']);
    expect(names(await list({ grade: 'A', owner: '陈明', closeQuarter: '2025-Q1' }))).toEqual([]);
    expect(names(await list({ status: 'lost' }))).toEqual(['Old']);
    expect(names(await list({ stageSetId: 'sales8' }))).toHaveLength(3);
    expect(names(await list({ stageSetId: 'large6' }))).toEqual([]);
  });

  it('refuses a malformed quarter and other bad filters with a clear issue per field', async () => {
    const { call } = setup();
    for (const closeQuarter of ['2025-Q5', '2025Q1', '2025-q1', '25-Q1', '']) {
      const error = refusal(await call({ closeQuarter }));
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([
        {
          path: ['closeQuarter'],
          code: 'invalid_quarter',
          message: 'Not a valid quarter (YYYY-Qn, n from 1 to 4).',
        },
      ]);
    }
    const bad = refusal(
      await call({ grade: 'E', status: 'maybe', accountId: 'a b', owner: ' ', stageSetId: 'X' }),
    );
    expect(bad.issues?.map((i) => `${i.path.join('.')}:${i.code}`).sort()).toEqual([
      'accountId:invalid_type',
      'grade:invalid_option',
      'owner:required',
      'stageSetId:invalid_option',
      'status:invalid_option',
    ]);
    const extra = refusal(await call({ sort: 'amount' }));
    expect(extra.issues?.[0]?.code).toBe('unknown_field');
  });
});
