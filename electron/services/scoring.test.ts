import { describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../shared/channels.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import { input, rowCounts, testRouter, testServices } from './testing.ts';

type Evaluation = ChannelOutput<'evaluation.get'>;
type Grading = ChannelOutput<'accountScoring.get'>;
type ScoringSettings = ChannelOutput<'scoringSettings.get'>;

function setup() {
  const { db, services } = testServices(); // clock starts 2025-03-01T09:00:00Z
  const router = testRouter(services);
  const call = (channel: ChannelName, body: unknown) => router.dispatch(channel, body);
  async function ok<T>(channel: ChannelName, body: unknown): Promise<T> {
    const result = await call(channel, body);
    if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
    return result.data as T;
  }
  async function refused(channel: ChannelName, body: unknown): Promise<ErrorBody> {
    const before = rowCounts(db);
    const result: Result<unknown> = await call(channel, body);
    if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
    expect(rowCounts(db)).toEqual(before);
    return result.error;
  }
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const line = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Line', amount: 1_000_000 }),
  );
  const press = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Press', amount: 200_000 }),
  );
  services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Lost', status: 'lost', statusReason: 'Price' }),
  );
  return { db, services, call, ok, refused, temp, line, press };
}

const FULL = {
  account_size: 8,
  profitability: 6,
  investment: 5,
  credit: 9,
  project_size: 7,
  customer_value: 6,
  customer_importance: 10,
};

describe('opportunity evaluation', () => {
  it('starts unscored, weights the factors, reports the unscored ones and keeps history', async () => {
    const { ok, services, line } = setup();
    const empty = await ok<Evaluation>('evaluation.get', { opportunityId: line.id });
    expect(empty).toMatchObject({ version: 0, score: null, quadrant: null });
    expect(empty.missing).toHaveLength(7);

    const half = await ok<Evaluation>('evaluation.save', {
      opportunityId: line.id,
      version: 0,
      scores: { credit: 8, project_size: 4 },
    });
    expect(half).toMatchObject({ version: 1, score: 6 });
    expect(half.missing).toEqual([
      'account_size',
      'profitability',
      'investment',
      'customer_value',
      'customer_importance',
    ]);

    const full = await ok<Evaluation>('evaluation.save', {
      opportunityId: line.id,
      version: 1,
      scores: FULL,
      attractiveness: 8,
      feasibility: 4,
    });
    expect(full).toMatchObject({ version: 2, score: 7.7, missing: [], quadrant: 'develop' });

    // Clearing one factor leaves it out of the score.
    const cleared = await ok<Evaluation>('evaluation.save', {
      opportunityId: line.id,
      version: 2,
      scores: { credit: null },
    });
    expect(cleared.missing).toEqual(['credit']);
    expect(cleared.scores.account_size).toBe(8);

    const history = services.history.list({ entity: 'deal_evaluation', limit: 10 });
    expect(history.map((c) => c.action)).toEqual(['update', 'update', 'create']);
    expect(history[0]).toMatchObject({
      entityId: line.id,
      before: { scores: expect.objectContaining({ credit: 9 }) },
      after: { scores: expect.objectContaining({ credit: null }) },
    });

    // A save that changes nothing writes nothing.
    const same = await ok<Evaluation>('evaluation.save', {
      opportunityId: line.id,
      version: 3,
      note: '',
    });
    expect(same.version).toBe(3);
    expect(services.history.list({ entity: 'deal_evaluation', limit: 10 })).toHaveLength(3);
  });

  it('refuses scores outside 1–10, a stale version and an unknown deal, writing nothing', async () => {
    const { refused, ok, line } = setup();
    for (const [field, value] of [
      ['credit', 11],
      ['credit', 0],
      ['credit', 2.5],
      ['credit', 'high'],
    ] as const) {
      const error = await refused('evaluation.save', {
        opportunityId: line.id,
        version: 0,
        scores: { [field]: value },
      });
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ['scores', field], code: 'score_range' }),
      ]);
    }
    const feasibility = await refused('evaluation.save', {
      opportunityId: line.id,
      version: 0,
      feasibility: 12,
    });
    expect(feasibility.issues?.[0]).toMatchObject({
      path: ['feasibility'],
      message: 'A score must be a whole number from 1 to 10.',
    });
    expect(
      (
        await refused('evaluation.save', {
          opportunityId: line.id,
          version: 0,
          scores: { size: 3 },
        })
      ).issues?.[0]?.code,
    ).toBe('unknown_field');

    await ok('evaluation.save', { opportunityId: line.id, version: 0, scores: { credit: 5 } });
    expect((await refused('evaluation.save', { opportunityId: line.id, version: 0 })).code).toBe(
      'conflict',
    );
    expect((await refused('evaluation.save', { opportunityId: 'nope', version: 0 })).code).toBe(
      'not_found',
    );
  });

  it('places every open deal on the quadrant, positioned or not', async () => {
    const { ok, line, press } = setup();
    await ok('evaluation.save', {
      opportunityId: press.id,
      version: 0,
      scores: { credit: 9 },
      attractiveness: 7,
      feasibility: 8,
    });
    const view = await ok<ChannelOutput<'evaluation.quadrant'>>('evaluation.quadrant', {});
    expect(view.split).toBe(5.5);
    expect(view.deals.map((d) => d.name)).toEqual(['Line', 'Press']);
    expect(view.deals[1]).toMatchObject({
      opportunityId: press.id,
      accountName: 'Temp Co',
      amount: 200_000,
      score: 9,
      attractiveness: 7,
      feasibility: 8,
      quadrant: 'pursue',
    });
    expect(view.deals[0]).toMatchObject({ opportunityId: line.id, quadrant: null, score: null });
  });
});

describe('scoring settings', () => {
  it('changes the weights, which changes the score, with one history entry', async () => {
    const { ok, services, line } = setup();
    await ok('evaluation.save', {
      opportunityId: line.id,
      version: 0,
      scores: { credit: 8, project_size: 4 },
    });
    const defaults = await ok<ScoringSettings>('scoringSettings.get', {});
    expect(defaults.rfmWeights).toEqual({ r: 4, f: 8, m: 8 });
    expect(defaults.rfmTiers).toEqual({ vip1: 80, vip2: 60, vip3: 40 });
    const saved = await ok<ScoringSettings>('scoringSettings.save', {
      evaluationWeights: { ...defaults.evaluationWeights, credit: 60 },
    });
    expect(saved.evaluationWeights.credit).toBe(60);
    const after = await ok<Evaluation>('evaluation.get', { opportunityId: line.id });
    // (8 × 60 + 4 × 20) / 80
    expect(after.score).toBe(7);
    const history = services.history.list({ entity: 'settings', entityId: 'scoring', limit: 5 });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      before: { evaluationWeights: expect.objectContaining({ credit: 20 }) },
      after: { evaluationWeights: expect.objectContaining({ credit: 60 }) },
    });
    // Saving the same values again records nothing.
    await ok('scoringSettings.save', { evaluationWeights: saved.evaluationWeights });
    expect(services.history.list({ entity: 'settings', limit: 5 })).toHaveLength(1);
  });

  it('refuses negative weights, all-zero weights and tiers out of order, writing nothing', async () => {
    const { refused, ok } = setup();
    const { evaluationWeights } = await ok<ScoringSettings>('scoringSettings.get', {});
    const negative = await refused('scoringSettings.save', {
      evaluationWeights: { ...evaluationWeights, credit: -1 },
    });
    expect(negative.issues?.[0]).toMatchObject({
      path: ['evaluationWeights', 'credit'],
      code: 'too_small',
    });
    const zero = Object.fromEntries(Object.keys(evaluationWeights).map((k) => [k, 0]));
    const allZero = await refused('scoringSettings.save', { evaluationWeights: zero });
    expect(allZero.issues?.[0]).toMatchObject({
      path: ['evaluationWeights'],
      code: 'weights_zero',
      message: 'At least one weight must be above zero.',
    });
    const rfmZero = await refused('scoringSettings.save', { rfmWeights: { r: 0, f: 0, m: 0 } });
    expect(rfmZero.issues?.[0]?.code).toBe('weights_zero');
    const tiers = await refused('scoringSettings.save', {
      rfmTiers: { vip1: 60, vip2: 60, vip3: 70 },
    });
    expect(tiers.issues?.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['rfmTiers.vip1', 'tiers_order'],
      ['rfmTiers.vip2', 'tiers_order'],
    ]);
    // One bad group refuses the whole call: the good group is not saved either.
    await refused('scoringSettings.save', {
      rfmWeights: { r: 1, f: 1, m: 1 },
      rfmTiers: { vip1: 10, vip2: 20, vip3: 5 },
    });
    expect((await ok<ScoringSettings>('scoringSettings.get', {})).rfmWeights).toEqual({
      r: 4,
      f: 8,
      m: 8,
    });
  });
});

describe('account grading', () => {
  it("scores seed 002's example 84 points, VIP 1, and follows the weights and tiers", async () => {
    const { ok, services, temp } = setup();
    const empty = await ok<Grading>('accountScoring.get', { accountId: temp.id });
    expect(empty).toMatchObject({ version: 0, rfm: null, creditFlags: [] });
    // A month before 2025-03-01.
    const graded = await ok<Grading>('accountScoring.save', {
      accountId: temp.id,
      version: 0,
      lastPurchaseDate: '2025-01-30',
      purchaseCount: 4,
      purchaseAmount: 20_000,
    });
    expect(graded.rfm).toEqual({
      recencyDays: 30,
      scores: { r: 5, f: 4, m: 4 },
      points: 84,
      tier: 'vip1',
    });
    await ok('scoringSettings.save', { rfmTiers: { vip1: 90, vip2: 70, vip3: 40 } });
    expect((await ok<Grading>('accountScoring.get', { accountId: temp.id })).rfm?.tier).toBe(
      'vip2',
    );
    await ok('scoringSettings.save', { rfmWeights: { r: 1, f: 1, m: 1 } });
    expect((await ok<Grading>('accountScoring.get', { accountId: temp.id })).rfm).toMatchObject({
      points: 13,
      tier: 'regular',
    });
    expect(services.history.list({ entity: 'account_scoring', limit: 5 })).toMatchObject([
      { action: 'create', entityId: temp.id, after: { purchaseCount: 4 } },
    ]);
  });

  it('keeps credit-risk flags with their date and note, and records the change', async () => {
    const { ok, services, temp } = setup();
    const flagged = await ok<Grading>('accountScoring.save', {
      accountId: temp.id,
      version: 0,
      creditFlags: [
        { flag: 'new_bank', date: '2025-02-20', note: 'Paid from another bank' },
        { flag: 'payment_delay', date: '2025-02-25', note: '' },
      ],
    });
    expect(flagged.creditFlags.map((f) => f.flag)).toEqual(['new_bank', 'payment_delay']);
    expect(flagged.rfm).toBeNull();
    const fewer = await ok<Grading>('accountScoring.save', {
      accountId: temp.id,
      version: 1,
      creditFlags: [{ flag: 'new_bank', date: '2025-02-20', note: 'Paid from another bank' }],
    });
    expect(fewer.version).toBe(2);
    const [latest] = services.history.list({ entity: 'account_scoring', limit: 5 });
    expect(latest?.before?.creditFlags).toHaveLength(2);
    expect(latest?.after.creditFlags).toHaveLength(1);
  });

  it('refuses future dates, a sign flagged twice, bad figures, a stale version, writing nothing', async () => {
    const { refused, ok, temp } = setup();
    const future = await refused('accountScoring.save', {
      accountId: temp.id,
      version: 0,
      lastPurchaseDate: '2025-03-02',
      creditFlags: [
        { flag: 'rumours', date: '2025-01-01', note: '' },
        { flag: 'rumours', date: '2025-04-01', note: '' },
      ],
    });
    expect(future.issues?.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['lastPurchaseDate', 'date_in_future'],
      ['creditFlags.1.flag', 'duplicate_flag'],
      ['creditFlags.1.date', 'date_in_future'],
    ]);
    for (const [body, path, code] of [
      [{ purchaseCount: -1 }, 'purchaseCount', 'too_small'],
      [{ purchaseCount: 1.5 }, 'purchaseCount', 'not_integer'],
      [{ purchaseAmount: -5 }, 'purchaseAmount', 'too_small'],
      [{ purchaseAmount: 'lots' }, 'purchaseAmount', 'invalid_type'],
      [{ lastPurchaseDate: '2025-13-01' }, 'lastPurchaseDate', 'invalid_date'],
      [
        { creditFlags: [{ flag: 'fraud', date: '2025-01-01', note: '' }] },
        'creditFlags.0.flag',
        'invalid_option',
      ],
    ] as const) {
      const error = await refused('accountScoring.save', {
        accountId: temp.id,
        version: 0,
        ...body,
      });
      expect(error.issues?.map((i) => [i.path.join('.'), i.code])).toEqual([[path, code]]);
    }
    await ok('accountScoring.save', { accountId: temp.id, version: 0, purchaseCount: 2 });
    expect((await refused('accountScoring.save', { accountId: temp.id, version: 0 })).code).toBe(
      'conflict',
    );
    expect((await refused('accountScoring.get', { accountId: 'nope' })).code).toBe('not_found');
  });
});
