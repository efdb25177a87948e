import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SALES8_STAGE_SET, type PipelineDeal } from '../../../../shared/pipeline.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import { StageTab } from './StageTab.tsx';

const base: PipelineDeal = {
  id: 'opp_1',
  accountId: 'acc_1',
  name: 'Plant 2 line',
  products: '',
  amount: 1_000_000,
  currency: 'CNY',
  expectedCloseDate: null,
  owner: '',
  purchaseType: 'new_task',
  salesStage: 'formal_proposal',
  probability: 50,
  buyingStage: null,
  status: 'open',
  statusReason: '',
  version: 3,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  stageSetId: 'sales8',
  stageKey: 'formal_proposal',
  probabilityOverride: null,
  // Two of the five criteria of "formal proposal" are met.
  evidence: ['research_widened', 'more_supporters'].map((criterionKey) => ({
    opportunityId: 'opp_1',
    stageKey: 'formal_proposal',
    criterionKey,
    met: true,
    note: '',
    date: null,
    updatedAt: '2026-11-02T00:00:00.000Z',
  })),
  confirmations: [],
};

function server(deal: PipelineDeal): FakeServer {
  return {
    'stageSets.list': () => ({ ok: true, data: [SALES8_STAGE_SET] }),
    'stages.deal': () => ({ ok: true, data: deal }),
    'stages.advance': (input) => {
      const { toStage } = input as { toStage: string };
      return {
        ok: true,
        data: {
          deal: { ...deal, stageKey: toStage, salesStage: toStage, version: deal.version + 1 },
          unmet: [],
          confirmation: null,
        },
      };
    },
  };
}

describe('StageTab', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('says whether the probability follows the stage or is overridden', async () => {
    renderWithProviders(<StageTab opportunityId="opp_1" />, server(base));
    expect(await screen.findByText('Follows stage (50%)')).toBeTruthy();
    cleanup();
    renderWithProviders(
      <StageTab opportunityId="opp_1" />,
      server({ ...base, probability: 65, probabilityOverride: 65 }),
    );
    expect(await screen.findByText('Overridden: 65% (stage 50%)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Return to stage probability' })).toBeTruthy();
  });

  it('lists the unmet criteria before a move and moves only with a reason', async () => {
    const { calls } = renderWithProviders(<StageTab opportunityId="opp_1" />, server(base));
    fireEvent.click(
      await screen.findByRole('button', { name: 'Move to next stage: Project evaluation' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Move past unmet exit criteria?' });
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Needs analysis and formal proposal: Proposal matches the coming evaluation criteria',
      'Needs analysis and formal proposal: A senior leader or the evaluation lead reached',
      'Needs analysis and formal proposal: Shortlisted in the tender',
    ]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move anyway' }));
    expect(
      await within(dialog).findByText('Give a reason to move past unmet criteria.'),
    ).toBeTruthy();
    expect(calls.some((c) => c.channel === 'stages.advance')).toBe(false);

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason for moving on anyway/ }), {
      target: { value: 'Board fast-tracks it' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Move anyway' }));
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'stages.advance')?.input).toEqual({
        id: 'opp_1',
        version: 3,
        toStage: 'evaluation',
        confirmUnmet: true,
        confirmNote: 'Board fast-tracks it',
      }),
    );
  });

  it('moves without asking when every criterion left behind is met', async () => {
    const met = SALES8_STAGE_SET.stages[4]!.criteria.map((c) => ({
      ...base.evidence[0]!,
      criterionKey: c.key,
    }));
    const { calls } = renderWithProviders(
      <StageTab opportunityId="opp_1" />,
      server({ ...base, evidence: met }),
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Move to next stage: Project evaluation' }),
    );
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'stages.advance')?.input).toEqual({
        id: 'opp_1',
        version: 3,
        toStage: 'evaluation',
      }),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('asks for a reload when the deal was changed elsewhere', async () => {
    const met = SALES8_STAGE_SET.stages[4]!.criteria.map((c) => ({
      ...base.evidence[0]!,
      criterionKey: c.key,
    }));
    renderWithProviders(<StageTab opportunityId="opp_1" />, {
      ...server({ ...base, evidence: met }),
      'stages.advance': () => ({
        ok: false,
        error: { code: 'conflict', message: 'changed' },
      }),
    });
    fireEvent.click(
      await screen.findByRole('button', { name: 'Move to next stage: Project evaluation' }),
    );
    expect(await screen.findByText('This deal was changed elsewhere')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Current stage: Needs analysis/ })).toBeTruthy();
  });

  it('names the unmet criteria in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<StageTab opportunityId="opp_1" />, server(base));
    fireEvent.click(await screen.findByRole('button', { name: '推进到下一阶段：项目评估' }));
    const dialog = await screen.findByRole('dialog', { name: '阶段条件未达成，仍要推进吗？' });
    expect(within(dialog).getAllByRole('listitem')[2]!.textContent).toBe(
      '需求分析与正式方案设计：招标中入围',
    );
  });
});
