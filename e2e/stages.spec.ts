import type { Page } from '@playwright/test';
import { E2E_TODAY } from './clock.ts';
import { test, expect } from './fixtures.ts';

// Issue 6: the stage tracker (evidence, gated moves, confirmation, probability override) and
// activities (timeline, committee last contact), kept across a restart.

const NORDALE_DEAL = /^(Five-axis machining cell for tibial trays|胫骨托五轴加工单元)$/;
const PLANT2_DEAL = /^(Plant 2 valve-body machining line equipment|二厂阀体加工线设备采购)$/;

async function openDeal(page: Page, name: RegExp) {
  await page.getByRole('link', { name: /^(Opportunities|项目)$/ }).click();
  await page.getByRole('cell', { name }).click();
}

/** The deal's id from the hash route #/opportunities/ID/… */
function dealIdOf(page: Page): string {
  const id = /#\/opportunities\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a deal page: ${page.url()}`);
  return decodeURIComponent(id);
}

type Pipeline = {
  stageKey: string;
  probability: number;
  probabilityOverride: number | null;
  evidence: {
    stageKey: string;
    criterionKey: string;
    met: boolean;
    note: string;
    date: string | null;
  }[];
  confirmations: { fromStage: string; toStage: string; unmet: string[]; note: string }[];
};

test('advance a deal through two stages with evidence, log an activity, all kept after a restart', async ({
  page,
  workbench,
}) => {
  // A long journey with a restart, on a machine shared by other runs.
  test.setTimeout(180_000);
  await openDeal(page, NORDALE_DEAL);
  const dealId = dealIdOf(page);
  await page.getByRole('tab', { name: 'Stage' }).click();
  await expect(
    page.getByRole('heading', { name: 'Current stage: Solution demo and technical exchange' }),
  ).toBeVisible();
  await expect(page.getByText('Follows stage (40%)')).toBeVisible();

  // First move: tick every exit criterion of the current stage, each with a note.
  const criteria = [
    ['Role, department and concerns of every participant known', 'Attendee list from Li Jiaxin'],
    ['Presales engaged the customer', 'Zhang Wenbo ran the online demo'],
    ['Participants and leadership satisfied', 'Mark Ellison approved next step'],
    ['Customer asks for a formal proposal', 'E-mail from Kuang Zhiwei'],
  ] as const;
  for (const [criterion, note] of criteria) {
    await page.getByRole('checkbox', { name: `Met: ${criterion}` }).check();
    const field = page.getByRole('textbox', { name: `Evidence note: ${criterion}` });
    await field.fill(note);
    await field.press('Tab');
  }
  const lastDate = page.getByRole('textbox', { name: `Evidence date: ${criteria[3][0]}` });
  await lastDate.fill('2026-11-20');
  await lastDate.press('Enter');
  await expect
    .poll(async () => {
      const deal = await workbench.rpc<Pipeline>('stages.deal', { id: dealId });
      return deal.evidence
        .filter((e) => e.stageKey === 'solution_demo')
        .map((e) => [e.criterionKey, e.met, e.note, e.date])
        .sort();
    })
    .toEqual([
      ['formal_proposal_requested', true, 'E-mail from Kuang Zhiwei', '2026-11-20'],
      ['participants_known', true, 'Attendee list from Li Jiaxin', null],
      ['participants_satisfied', true, 'Mark Ellison approved next step', null],
      ['presales_engaged', true, 'Zhang Wenbo ran the online demo', null],
    ]);
  await page
    .getByRole('button', { name: 'Move to next stage: Needs analysis and formal proposal' })
    .click();
  await expect(
    page.getByRole('heading', { name: 'Current stage: Needs analysis and formal proposal' }),
  ).toBeVisible();
  await expect(page.getByText('Follows stage (50%)')).toBeVisible();

  // Second move: nothing of this stage is met, so it asks, lists them and wants a reason.
  await page.getByRole('button', { name: 'Move to next stage: Project evaluation' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move past unmet exit criteria?' });
  await expect(dialog.getByText('leaves 5 exit criteria unmet')).toBeVisible();
  await expect(
    dialog.getByRole('listitem').filter({ hasText: 'Shortlisted in the tender' }),
  ).toHaveText('Needs analysis and formal proposal: Shortlisted in the tender');
  await dialog.getByRole('button', { name: 'Move anyway' }).click();
  await expect(dialog.getByText('Give a reason to move past unmet criteria.')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Reason for moving on anyway' })
    .fill('Headquarters fast-tracks the evaluation');
  await dialog.getByRole('button', { name: 'Move anyway' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('heading', { name: 'Current stage: Project evaluation' }),
  ).toBeVisible();
  const confirmation = page.getByText(
    /Moved from “Needs analysis and formal proposal” to “Project evaluation” past 5 unmet criteria on .* — Headquarters fast-tracks the evaluation/,
  );
  await expect(confirmation).toBeVisible();

  // Probability: overridden, shown as such, kept in the deal.
  await page.getByRole('textbox', { name: 'Probability override (%)' }).fill('55');
  await page.getByRole('button', { name: 'Set override' }).click();
  await expect(page.getByText('Overridden: 55% (stage 70%)')).toBeVisible();

  // An activity with a committee member of the Plant 2 deal.
  await openDeal(page, PLANT2_DEAL);
  const plant2 = dealIdOf(page);
  await page.getByRole('tab', { name: 'Activities' }).click();
  await expect(page.getByRole('article')).toHaveCount(6);
  await page.getByRole('button', { name: 'Log activity' }).click();
  const form = page.getByRole('dialog', { name: 'Log activity' });
  await form.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Technical exchange' }).click();
  await form.getByRole('combobox', { name: 'People involved' }).click();
  // Committee members are listed first, in the committee's order (decision level first).
  const people = page.getByRole('listbox', { name: 'People involved' });
  await expect(people.getByText('Buying committee', { exact: true })).toBeVisible();
  await expect(people.getByRole('option').first()).toHaveText('Ma Guodong');
  await page.getByRole('option', { name: 'Zhou Zhiqiang' }).click();
  await form.getByRole('combobox', { name: 'People involved' }).press('Escape');
  await form.getByRole('textbox', { name: 'Summary' }).fill('OPC UA interface walkthrough');
  await form.getByRole('textbox', { name: 'Promises' }).fill('Send the MES reference list');
  await form.getByRole('textbox', { name: 'Next step', exact: true }).fill('Reference call');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  const mine = page.getByRole('article').filter({ hasText: 'OPC UA interface walkthrough' });
  await expect(mine).toContainText('Zhou Zhiqiang');
  await expect(mine).toContainText('Send the MES reference list');

  // Refused: a next date before the date — said at the field, nothing stored.
  const before = await workbench.rpc<unknown[]>('activities.list', { opportunityId: plant2 });
  await page.getByRole('button', { name: 'Log activity' }).click();
  await form.getByRole('textbox', { name: 'Summary' }).fill('Should not be saved');
  const next = form.getByRole('textbox', { name: 'Next date' });
  await next.fill('2020-01-02');
  await next.press('Escape');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('The next date cannot be before the activity date.')).toBeVisible();
  await expect(form).toBeVisible();
  // The refused save focuses the field, which opens its calendar: Escape closes just that.
  await next.press('Escape');
  await form.getByRole('button', { name: 'Cancel' }).click();
  expect(await workbench.rpc<unknown[]>('activities.list', { opportunityId: plant2 })).toEqual(
    before,
  );

  // The account's timeline has it, and the committee's last contact moved to today.
  const todayText = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${E2E_TODAY}T00:00:00Z`),
  );
  const checkAfter = async () => {
    await openDeal(page, PLANT2_DEAL);
    const row = page
      .getByRole('grid', { name: 'Buying committee' })
      .getByRole('row', { name: /Zhou Zhiqiang/ });
    await expect(row.getByRole('gridcell', { name: /^Last contact/ })).toHaveAccessibleName(
      `Last contact: ${todayText}`,
    );
    await page.getByRole('link', { name: 'Temp Precision Machinery Co., Ltd.' }).click();
    await page.getByRole('tab', { name: 'Activities' }).click();
    await expect(
      page.getByRole('article').filter({ hasText: 'OPC UA interface walkthrough' }),
    ).toContainText('Deal: Plant 2 valve-body machining line equipment');
  };
  await checkAfter();

  await workbench.restart();
  await checkAfter();
  const deal = await workbench.rpc<Pipeline>('stages.deal', { id: dealId });
  expect(deal).toMatchObject({ stageKey: 'evaluation', probability: 55, probabilityOverride: 55 });
  expect(deal.confirmations).toMatchObject([
    {
      fromStage: 'formal_proposal',
      toStage: 'evaluation',
      note: 'Headquarters fast-tracks the evaluation',
    },
  ]);
  expect(deal.confirmations[0]!.unmet).toHaveLength(5);
  await openDeal(page, NORDALE_DEAL);
  await page.getByRole('tab', { name: 'Stage' }).click();
  await expect(page.getByText('Overridden: 55% (stage 70%)')).toBeVisible();
  await expect(confirmation).toBeVisible();
  await page.getByRole('button', { name: /Stage 4.*Solution demo and technical exchange/ }).click();
  await expect(page.getByRole('textbox', { name: `Evidence note: ${criteria[1][0]}` })).toHaveValue(
    criteria[1][1],
  );
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('推进时列出未达成的阶段条件并记录理由；下一步日期早于活动日期被拒绝', async ({
    page,
    workbench,
  }) => {
    await openDeal(page, NORDALE_DEAL);
    const dealId = dealIdOf(page);
    await page.getByRole('tab', { name: '阶段' }).click();
    await page.getByRole('button', { name: '推进到下一阶段：需求分析与正式方案设计' }).click();
    const dialog = page.getByRole('dialog', { name: '阶段条件未达成，仍要推进吗？' });
    await expect(dialog.getByRole('listitem').filter({ hasText: '售前已与客户接触' })).toHaveText(
      '方案演示与技术交流：售前已与客户接触',
    );
    await dialog.getByRole('textbox', { name: '仍要推进的理由' }).fill('客户总部要求加快');
    await dialog.getByRole('button', { name: '仍然推进' }).click();
    await expect(
      page.getByRole('heading', { name: '当前阶段：需求分析与正式方案设计' }),
    ).toBeVisible();
    await expect(page.getByText(/越过 4 项未达成标准 —— 客户总部要求加快/)).toBeVisible();
    const deal = await workbench.rpc<Pipeline>('stages.deal', { id: dealId });
    expect(deal.stageKey).toBe('formal_proposal');

    await page.getByRole('tab', { name: '活动' }).click();
    await page.getByRole('button', { name: '记录活动' }).click();
    const form = page.getByRole('dialog', { name: '记录活动' });
    await form.getByRole('textbox', { name: '摘要' }).fill('不应保存');
    const next = form.getByRole('textbox', { name: '下一步日期' });
    await next.fill('2020-01-02');
    await next.press('Escape');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form.getByText('下次联络日期不能早于本次日期。')).toBeVisible();
    await next.press('Escape');
    await form.getByRole('button', { name: '取消' }).click();
    expect(
      await workbench.rpc<unknown[]>('activities.list', { opportunityId: dealId }),
    ).toHaveLength(1);
  });
});
