import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { makeIssue } from '../../../../shared/issues.ts';
import {
  LARGE_ACCOUNT6_STAGE_SET,
  SALES8_STAGE_SET,
  type StageSetSave,
} from '../../../../shared/pipeline.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { StageSetsSettings } from './StageSetsSettings.tsx';

const sets = [SALES8_STAGE_SET, LARGE_ACCOUNT6_STAGE_SET];
const errorOf = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

/** A stage's fieldset by its legend (role queries over ~100 inputs are slow in jsdom). */
const stageGroup = (dialog: HTMLElement, legend: string) =>
  within(dialog).getByText(legend).closest('fieldset')!;

async function openEditor(name: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Edit ${name}` }));
  return screen.findByRole('dialog', { name: 'Edit stage set' });
}

describe('StageSetsSettings', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('lists the sets with the default marked; renames and reorders a stage, then saves', async () => {
    const { calls } = renderWithProviders(<StageSetsSettings />, {
      'stageSets.list': () => ({ ok: true, data: sets }),
      'stageSets.save': (input) => ({
        ok: true,
        data: { ...SALES8_STAGE_SET, ...(input as object), version: 2 },
      }),
    });
    const table = await screen.findByRole('table', { name: 'Stage sets' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Project sales process (8 stages)Default');
    expect(
      within(rows[2]!).getByRole('button', {
        name: 'Make Large-account sales flow (6 stages) the default',
      }),
    ).toBeTruthy();

    const dialog = await openEditor('Project sales process (8 stages)');
    const stage6 = stageGroup(dialog, 'Stage 6: Project evaluation');
    fireEvent.change(within(stage6).getByLabelText(/^Stage name \(English\)/), {
      target: { value: 'Vendor evaluation' },
    });
    fireEvent.change(within(stage6).getByLabelText(/^Win probability \(%\)/), {
      target: { value: '65' },
    });
    fireEvent.click(within(stage6).getByText('Exit criteria (4)'));
    fireEvent.click(within(stage6).getByLabelText('Remove criterion 1'));
    fireEvent.click(within(stage6).getByText('Add criterion'));
    fireEvent.change(within(stage6).getByLabelText('Criterion 4 (Chinese)'), {
      target: { value: '已完成样机测试' },
    });
    fireEvent.change(within(stage6).getByLabelText('Criterion 4 (English)'), {
      target: { value: 'Prototype tested' },
    });
    fireEvent.click(within(dialog).getByLabelText('Move stage 2 up'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(calls.some((c) => c.channel === 'stageSets.save')).toBe(true));
    const sent = calls.find((c) => c.channel === 'stageSets.save')!.input as StageSetSave;
    expect(sent).toMatchObject({ id: 'sales8', version: 1 });
    expect(sent.stages.map((s) => s.key).slice(0, 2)).toEqual([
      'visit_research',
      'account_planning',
    ]);
    expect(sent.stages[5]).toMatchObject({ labelEn: 'Vendor evaluation', probability: 65 });
    expect(sent.stages[5]!.criteria.map((c) => c.labelEn)).toEqual([
      "Each evaluator's attitude known",
      "Competitors' strengths and weaknesses known through an insider",
      'We are the preferred supplier',
      'Prototype tested',
    ]);
    expect(sent.stages[5]!.criteria[3]!.key).toMatch(/^c_/);
  });

  it('refuses a probability of 101 at its field without saving, and shows a removed stage in use', async () => {
    const { calls } = renderWithProviders(<StageSetsSettings />, {
      'stageSets.list': () => ({ ok: true, data: sets }),
      'stageSets.save': () => ({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'refused',
          issues: [
            makeIssue(['stages'], 'stage_in_use', {
              stage: 'Project evaluation',
              stageKey: 'evaluation',
              count: 2,
            }),
          ],
        },
      }),
    });
    const dialog = await openEditor('Project sales process (8 stages)');
    const stage3 = stageGroup(dialog, 'Stage 3: First proposal');
    const probability = within(stage3).getByLabelText(/^Win probability \(%\)/);
    fireEvent.change(probability, { target: { value: '101' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(errorOf(probability)).toContain('Probability must be a whole number from 0 to 100.'),
    );
    expect(calls.some((c) => c.channel === 'stageSets.save')).toBe(false);

    fireEvent.change(probability, { target: { value: '35' } });
    fireEvent.click(within(dialog).getByLabelText('Remove stage 6'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain(
      'The stage “Project evaluation” still has 2 deals',
    );
  });

  it('starts a new set from the 6-stage template, in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    const { calls } = renderWithProviders(<StageSetsSettings />, {
      'stageSets.list': () => ({ ok: true, data: sets }),
      'stageSets.save': (input) => ({
        ok: true,
        data: { ...LARGE_ACCOUNT6_STAGE_SET, ...(input as object), builtIn: false, version: 1 },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: '从模板新建方案' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: '6 阶段大客户流程（种子 003）' }));
    const dialog = await screen.findByRole('dialog', { name: '新建阶段方案' });
    expect((within(dialog).getByLabelText(/^名称（中文）/) as HTMLInputElement).value).toBe(
      '大客户销售管理流程（6 阶段）（副本）',
    );
    expect(stageGroup(dialog, '第 4 阶段：招投标')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(calls.some((c) => c.channel === 'stageSets.save')).toBe(true));
    const sent = calls.find((c) => c.channel === 'stageSets.save')!.input as StageSetSave;
    expect(sent.version).toBeUndefined();
    expect(sent.id).toMatch(/^set_/);
    expect(sent.stages.map((s) => s.key)).toEqual(
      LARGE_ACCOUNT6_STAGE_SET.stages.map((s) => s.key),
    );
  });
});
