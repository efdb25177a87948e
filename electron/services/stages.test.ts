import { describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../shared/channels.ts';
import type { ErrorBody, Result } from '../../shared/errors.ts';
import { SALES8_STAGE_SET, type PipelineDeal } from '../../shared/pipeline.ts';
import { input, rowCounts, testRouter, testServices } from './testing.ts';

type Advance = ChannelOutput<'stages.advance'>;

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
  const deal = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Plant 2 line', amount: 1_200_000 }),
  );
  return { db, services, call, ok, deal };
}

function refusal(result: Result<unknown>): ErrorBody {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.data)}`);
  return result.error;
}
const issuesOf = (error: ErrorBody) => (error.issues ?? []).map((i) => [i.path, i.code]);

const criteriaOf = (stage: string) =>
  SALES8_STAGE_SET.stages.find((s) => s.key === stage)!.criteria.map((c) => c.key);
const metAll = (stage: string, date = '2026-11-20') =>
  criteriaOf(stage).map((criterionKey) => ({
    stageKey: stage,
    criterionKey,
    met: true,
    note: `evidence for ${criterionKey}`,
    date,
  }));

describe('stage tracker', () => {
  it('lists the built-in stage sets', async () => {
    const { ok } = setup();
    const sets = await ok<{ id: string }[]>('stageSets.list', {});
    expect(sets.map((s) => s.id)).toEqual(['sales8', 'large_account6']);
  });

  it('advances a deal through two stages with evidence; probability follows the stage', async () => {
    const { ok, deal, services } = setup();
    const first = await ok<Advance>('stages.advance', {
      id: deal.id,
      version: 1,
      toStage: 'visit_research',
      evidence: metAll('account_planning'),
    });
    expect(first.unmet).toEqual([]);
    expect(first.confirmation).toBeNull();
    expect(first.deal).toMatchObject({
      salesStage: 'visit_research',
      stageKey: 'visit_research',
      probability: 20,
      probabilityOverride: null,
      version: 2,
    });
    expect(first.deal.evidence).toHaveLength(criteriaOf('account_planning').length);

    const second = await ok<Advance>('stages.advance', {
      id: deal.id,
      version: 2,
      toStage: 'first_proposal',
      evidence: metAll('visit_research'),
    });
    expect(second.deal).toMatchObject({ salesStage: 'first_proposal', probability: 30 });
    const history = services.history.list({ limit: 100 });
    expect(history.filter((c) => c.entity === 'stage_evidence')).toHaveLength(
      criteriaOf('account_planning').length + criteriaOf('visit_research').length,
    );
    expect(history.filter((c) => c.entity === 'opportunity' && c.action === 'update')).toHaveLength(
      2,
    );
  });

  it('asks for confirmation past unmet criteria, then records it; nothing written when refused', async () => {
    const { db, ok, call, deal } = setup();
    const before = rowCounts(db);
    const refused = refusal(
      await call('stages.advance', {
        id: deal.id,
        version: 1,
        toStage: 'visit_research',
        evidence: metAll('account_planning').slice(1),
      }),
    );
    expect(refused.code).toBe('invalid_input');
    expect(refused.issues).toEqual([
      expect.objectContaining({
        path: ['confirmUnmet'],
        code: 'unmet_criteria',
        params: { count: 1 },
      }),
    ]);
    expect(rowCounts(db)).toEqual(before);

    const moved = await ok<Advance>('stages.advance', {
      id: deal.id,
      version: 1,
      toStage: 'visit_research',
      confirmUnmet: true,
      confirmNote: 'Visit agreed by phone, no date yet',
    });
    expect(moved.unmet.map((u) => u.criterionKey)).toEqual(criteriaOf('account_planning'));
    expect(moved.confirmation).toMatchObject({
      fromStage: 'account_planning',
      toStage: 'visit_research',
      note: 'Visit agreed by phone, no date yet',
    });
    expect(moved.deal.confirmations).toEqual([moved.confirmation]);
    // Immutable once recorded.
    expect(() => db.prepare("UPDATE stage_confirmations SET note = 'x'").run()).toThrow(
      /immutable/,
    );
  });

  it('keeps a probability override across moves until it is cleared', async () => {
    const { ok, deal } = setup();
    const a = await ok<Advance>('stages.advance', {
      id: deal.id,
      version: 1,
      toStage: 'account_planning',
      probabilityOverride: 15,
    });
    expect(a.deal).toMatchObject({ probability: 15, probabilityOverride: 15 });
    const b = await ok<Advance>('stages.advance', {
      id: deal.id,
      version: 2,
      toStage: 'visit_research',
      confirmUnmet: true,
    });
    expect(b.deal).toMatchObject({ probability: 15, probabilityOverride: 15 });
    const c = await ok<Advance>('stages.advance', {
      id: deal.id,
      version: 3,
      toStage: 'visit_research',
      probabilityOverride: null,
    });
    expect(c.deal).toMatchObject({ probability: 20, probabilityOverride: null });
  });

  it('refuses a stage outside the set, unknown criteria, a bad probability, a stale version; writes nothing', async () => {
    const { db, ok, call, deal } = setup();
    const before = rowCounts(db);
    const history = db.prepare('SELECT * FROM changes ORDER BY id').all();
    const base = { id: deal.id, version: 1 };

    expect(issuesOf(refusal(await call('stages.advance', { ...base, toStage: 'tender' })))).toEqual(
      [[['toStage'], 'stage_not_in_set']],
    );
    expect(
      issuesOf(refusal(await call('stages.advance', { ...base, toStage: 'Tender!' }))),
    ).toEqual([[['toStage'], 'invalid_option']]);
    for (const bad of [101, -5, 12.5, '30'])
      expect(
        issuesOf(
          refusal(
            await call('stages.advance', {
              ...base,
              toStage: 'visit_research',
              probabilityOverride: bad,
            }),
          ),
        ),
      ).toEqual([[['probabilityOverride'], 'probability_range']]);
    expect(
      issuesOf(
        refusal(
          await call('stages.advance', {
            ...base,
            toStage: 'visit_research',
            confirmUnmet: true,
            evidence: [
              { stageKey: 'account_planning', criterionKey: 'visit_agreed', met: true },
              { stageKey: 'tender', criterionKey: 'shortlisted', met: true },
              { stageKey: 'account_planning', criterionKey: 'nope', met: true },
              {
                stageKey: 'account_planning',
                criterionKey: 'visit_agreed',
                met: true,
                date: '2026-02-30',
              },
            ],
          }),
        ),
      ),
    ).toEqual([[['evidence', 3, 'date'], 'invalid_date']]);
    expect(
      issuesOf(
        refusal(
          await call('stages.saveEvidence', {
            id: deal.id,
            items: [
              { stageKey: 'tender', criterionKey: 'shortlisted', met: true },
              { stageKey: 'account_planning', criterionKey: 'nope', met: true },
            ],
          }),
        ),
      ),
    ).toEqual([
      [['items', 0, 'stageKey'], 'stage_not_in_set'],
      [['items', 1, 'criterionKey'], 'criterion_not_in_stage'],
    ]);
    expect(
      refusal(
        await call('stages.advance', {
          ...base,
          version: 9,
          toStage: 'visit_research',
        }),
      ).code,
    ).toBe('conflict');
    expect(
      refusal(await call('stages.advance', { id: 'nope', version: 1, toStage: 'signed' })).code,
    ).toBe('not_found');

    expect(rowCounts(db)).toEqual(before);
    expect(db.prepare('SELECT * FROM changes ORDER BY id').all()).toEqual(history);
    expect(await ok<PipelineDeal>('stages.deal', { id: deal.id })).toMatchObject({
      salesStage: 'account_planning',
      version: 1,
      evidence: [],
      confirmations: [],
    });
  });
});
