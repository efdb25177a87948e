import { describe, expect, it } from 'vitest';
import type { ChannelName, ChannelOutput } from '../../shared/channels.ts';
import type { Result } from '../../shared/errors.ts';
import { DEFAULT_SCORING_SETTINGS } from '../../shared/evaluation.ts';
import { SALES8_STAGE_SET } from '../../shared/pipeline.ts';
import type { Router } from '../router.ts';
import { input, rowCounts, testRouter, testServices } from './testing.ts';

type Ok<C extends ChannelName> = Extract<Result<ChannelOutput<C>>, { ok: true }>;

async function ok<C extends ChannelName>(router: Router, channel: C, body: unknown) {
  const result = await router.dispatch(channel, body);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result as Ok<C>;
}

async function refused(router: Router, channel: ChannelName, body: unknown) {
  const result = await router.dispatch(channel, body);
  if (result.ok) throw new Error(`${channel} was expected to be refused`);
  return result.error;
}

function setup() {
  const { db, services } = testServices();
  const router = testRouter(services);
  const temp = services.accounts.create(input.account({ name: 'Temp Co' }));
  const deal = services.opportunities.create(
    input.opportunity({ accountId: temp.id, name: 'Plant 2 line', amount: 1_200_000 }),
  );
  return { db, services, router, temp, deal };
}

const undo = (router: Router, stepId?: number) =>
  ok(router, 'history.undo', stepId === undefined ? {} : { stepId });
const redo = (router: Router) => ok(router, 'history.redo', {});

const swot = (opportunityId: string, strengths: string, version?: number) => ({
  opportunityId,
  ...(version === undefined ? {} : { version }),
  strengths,
  weaknesses: 'Price',
  opportunities: '',
  threats: '',
});

const metAll = (stage: string) =>
  SALES8_STAGE_SET.stages
    .find((s) => s.key === stage)!
    .criteria.map((c) => ({
      stageKey: stage,
      criterionKey: c.key,
      met: true,
      note: `evidence for ${c.key}`,
      date: '2026-11-20',
    }));

describe('undo of SWOT, win/loss, scores, stage evidence and settings', () => {
  it('SWOT: the answer names the step; undo takes an edit and then the first save back, redo both', async () => {
    const { router, deal } = setup();
    const first = await ok(router, 'swot.save', swot(deal.id, 'Service'));
    expect(first.step).toMatchObject({ action: 'create', entity: 'swot' });
    const second = await ok(router, 'swot.save', swot(deal.id, 'Service, delivery', 1));
    expect(second.step).toMatchObject({ action: 'update', entity: 'swot' });

    const undone = await undo(router);
    expect(undone.changed).toContain('swot');
    expect((await ok(router, 'swot.get', { opportunityId: deal.id })).data?.strengths).toBe(
      'Service',
    );
    await undo(router);
    expect((await ok(router, 'swot.get', { opportunityId: deal.id })).data).toBeNull();

    await redo(router);
    await redo(router);
    expect((await ok(router, 'swot.get', { opportunityId: deal.id })).data).toMatchObject({
      strengths: 'Service, delivery',
      weaknesses: 'Price',
    });
  });

  it('SWOT: refused when a later save changed the same field, changing nothing', async () => {
    const { router, deal, db } = setup();
    await ok(router, 'swot.save', swot(deal.id, 'Service'));
    const edit = await ok(router, 'swot.save', swot(deal.id, 'Delivery', 1));
    await ok(router, 'swot.save', swot(deal.id, 'Price', 2));
    const counts = rowCounts(db);
    const error = await refused(router, 'history.undo', { stepId: edit.step!.id });
    expect(error).toMatchObject({ code: 'conflict' });
    expect(error.issues?.[0]?.code).toBe('undo_changed_later');
    expect(rowCounts(db)).toEqual(counts);
    expect((await ok(router, 'swot.get', { opportunityId: deal.id })).data?.strengths).toBe(
      'Price',
    );
  });

  it('win/loss: undo brings the reasons back, then takes the record away', async () => {
    const { router, services, deal } = setup();
    services.opportunities.update({ id: deal.id, version: deal.version, status: 'won' });
    const first = await ok(router, 'outcomes.record', {
      opportunityId: deal.id,
      winner: 'us',
      reasons: ['price'],
    });
    expect(first.step).toMatchObject({ action: 'create', entity: 'deal_outcome' });
    const edit = await ok(router, 'outcomes.record', {
      opportunityId: deal.id,
      version: 1,
      winner: 'us',
      reasons: ['price', 'relationship'],
      note: 'Their CFO liked us',
    });
    expect(edit.step).toMatchObject({ action: 'update', entity: 'deal_outcome' });
    await undo(router);
    expect((await ok(router, 'outcomes.get', { opportunityId: deal.id })).data).toMatchObject({
      reasons: ['price'],
      note: '',
    });
    await undo(router);
    expect((await ok(router, 'outcomes.get', { opportunityId: deal.id })).data).toBeNull();
  });

  it("scores: a deal's evaluation and an account's grading are undone and redone", async () => {
    const { router, deal, temp } = setup();
    const scored = await ok(router, 'evaluation.save', {
      opportunityId: deal.id,
      version: 0,
      scores: { credit: 8, project_size: 4 },
    });
    expect(scored.step).toMatchObject({ action: 'create', entity: 'deal_evaluation' });
    await ok(router, 'evaluation.save', {
      opportunityId: deal.id,
      version: 1,
      scores: { credit: 6 },
    });
    await undo(router);
    const back = (await ok(router, 'evaluation.get', { opportunityId: deal.id })).data;
    expect(back.scores).toMatchObject({ credit: 8, project_size: 4 });
    await undo(router);
    expect((await ok(router, 'evaluation.get', { opportunityId: deal.id })).data).toMatchObject({
      version: 0,
      score: null,
    });

    const graded = await ok(router, 'accountScoring.save', {
      accountId: temp.id,
      version: 0,
      purchaseCount: 9,
    });
    expect(graded.step).toMatchObject({ entity: 'account_scoring' });
    await undo(router);
    expect(
      (await ok(router, 'accountScoring.get', { accountId: temp.id })).data.purchaseCount,
    ).toBeNull();
    await redo(router);
    expect(
      (await ok(router, 'accountScoring.get', { accountId: temp.id })).data.purchaseCount,
    ).toBe(9);
  });

  it('a stage move with evidence is one step named a move; undo takes the move and its evidence back', async () => {
    const { router, services, deal } = setup();
    const moved = await ok(router, 'stages.advance', {
      id: deal.id,
      version: 1,
      toStage: 'visit_research',
      evidence: metAll('account_planning'),
    });
    expect(moved.step).toMatchObject({ action: 'move', entity: 'opportunity' });
    expect((await ok(router, 'history.undoState', {})).data.undo).toMatchObject({
      id: moved.step!.id,
      name: 'Plant 2 line',
    });

    await undo(router, moved.step!.id);
    const back = (await ok(router, 'stages.deal', { id: deal.id })).data;
    expect(back.salesStage).toBe('account_planning');
    expect(back.evidence).toEqual([]);

    await redo(router);
    const again = (await ok(router, 'stages.deal', { id: deal.id })).data;
    expect(again.salesStage).toBe('visit_research');
    expect(again.evidence).toHaveLength(metAll('account_planning').length);
    expect(services.history.list({ entity: 'stage_evidence', limit: 100 }).length).toBe(
      metAll('account_planning').length * 3,
    );
  });

  it('a move past unmet criteria: undo takes its confirmation away, redo brings it back', async () => {
    const { router, deal } = setup();
    const moved = await ok(router, 'stages.advance', {
      id: deal.id,
      version: 1,
      toStage: 'visit_research',
      confirmUnmet: true,
      confirmNote: 'The customer asked for a visit first',
    });
    expect(moved.step).toMatchObject({ action: 'move', entity: 'opportunity' });
    expect(moved.data.confirmation).not.toBeNull();
    await undo(router);
    expect((await ok(router, 'stages.deal', { id: deal.id })).data.confirmations).toEqual([]);
    await redo(router);
    // Same confirmation, id and all; redo moves the deal again now, so it carries redo's time.
    const { at: _at, ...confirmation } = moved.data.confirmation!;
    const again = (await ok(router, 'stages.deal', { id: deal.id })).data.confirmations;
    expect(again).toEqual([{ ...confirmation, at: expect.any(String) }]);
  });

  it('stage evidence saved alone is undone; refused once the same criterion changed again', async () => {
    const { router, deal } = setup();
    const [item] = metAll('account_planning');
    const saved = await ok(router, 'stages.saveEvidence', { id: deal.id, items: [item] });
    expect(saved.step).toMatchObject({ action: 'create', entity: 'stage_evidence' });
    await ok(router, 'stages.saveEvidence', {
      id: deal.id,
      items: [{ ...item, note: 'Signed minutes' }],
    });
    const error = await refused(router, 'history.undo', { stepId: saved.step!.id });
    expect(error.issues?.[0]?.code).toBe('undo_changed_later');
    await undo(router);
    await undo(router);
    expect((await ok(router, 'stages.deal', { id: deal.id })).data.evidence).toEqual([]);
  });

  it('business settings are undone (back to never chosen); personal preferences make no step', async () => {
    const { router, services } = setup();
    const saved = await ok(router, 'settings.update', { reviewCadenceDays: 45 });
    expect(saved.step).toMatchObject({ action: 'update', entity: 'settings' });
    const undone = await undo(router);
    expect(undone.changed).toContain('settings');
    expect(services.settings.get().reviewCadenceDays).toBe(30);
    await redo(router);
    expect(services.settings.get().reviewCadenceDays).toBe(45);

    // Language and colour scheme are the user's own: in history, never a step.
    const personal = await ok(router, 'settings.update', { locale: 'zh-CN', colorScheme: 'dark' });
    expect(personal.step).toBeUndefined();
    expect(services.history.list({ entity: 'settings', limit: 1 })[0]?.after).toEqual({
      locale: 'zh-CN',
      colorScheme: 'dark',
    });
    // Saved together with a business setting, only that one is undone.
    const mixed = await ok(router, 'settings.update', {
      locale: 'en',
      forecastCommitMin: 80,
    });
    expect(mixed.step).toMatchObject({ entity: 'settings' });
    await undo(router);
    expect(services.settings.get()).toMatchObject({ locale: 'en', forecastCommitMin: 90 });
  });

  it('settings: refused when the same setting changed later; the scoring weights are undone', async () => {
    const { router, services } = setup();
    const first = await ok(router, 'settings.update', { reviewStalledDays: 20 });
    await ok(router, 'settings.update', { reviewStalledDays: 25 });
    const error = await refused(router, 'history.undo', { stepId: first.step!.id });
    expect(error.issues?.[0]?.code).toBe('undo_changed_later');
    expect(services.settings.get().reviewStalledDays).toBe(25);

    const weights = await ok(router, 'scoringSettings.save', { rfmWeights: { r: 1, f: 1, m: 1 } });
    expect(weights.step).toMatchObject({ entity: 'settings' });
    await undo(router);
    expect((await ok(router, 'scoringSettings.get', {})).data.rfmWeights).toEqual(
      DEFAULT_SCORING_SETTINGS.rfmWeights,
    );
  });
});
