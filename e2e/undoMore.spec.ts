import type { Locator, Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

// Issue 15: stage moves, SWOT and the other writes that made no undo step before now offer Undo,
// in ONE toast that says what happened.

const toasts = (page: Page) => page.locator('.mantine-Notifications-root');
const NORDALE_DEAL = 'Five-axis machining cell for tibial trays';
const PLANT1 = 'Plant 1 fixture and tooling upgrade';

type StageDeal = {
  stageKey: string;
  evidence: { stageKey: string; criterionKey: string; met: boolean }[];
  confirmations: { note: string }[];
};

function dealIdOf(page: Page): string {
  const id = /#\/opportunities\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`not on a deal page: ${page.url()}`);
  return decodeURIComponent(id);
}

async function openDeal(page: Page, nav: string, name: string) {
  await page.getByRole('link', { name: nav, exact: true }).click();
  await page.getByRole('cell', { name: new RegExp(`^${name}`) }).click();
}

/** The one toast on screen: it must be the only one, and say `text`. */
async function onlyToast(page: Page, text: string): Promise<Locator> {
  const alerts = toasts(page).getByRole('alert');
  await expect(alerts.filter({ hasText: text })).toBeVisible();
  await expect(alerts).toHaveCount(1);
  return alerts.filter({ hasText: text });
}

test('a move past unmet criteria (after ticking evidence) shows one toast; its Undo puts the deal back for good', async ({
  page,
  workbench,
}) => {
  test.setTimeout(120_000);
  await openDeal(page, 'Opportunities', NORDALE_DEAL);
  const dealId = dealIdOf(page);
  await page.getByRole('tab', { name: 'Stage' }).click();
  const current = (stage: string) => page.getByRole('heading', { name: `Current stage: ${stage}` });
  await expect(current('Solution demo and technical exchange')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Met: Presales engaged the customer' }).check();
  await onlyToast(page, 'Stage evidence added.');

  await page
    .getByRole('button', { name: 'Move to next stage: Needs analysis and formal proposal' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Move past unmet exit criteria?' });
  await dialog
    .getByRole('textbox', { name: 'Reason for moving on anyway' })
    .fill('The customer wants the proposal this week');
  await dialog.getByRole('button', { name: 'Move anyway' }).click();
  await expect(dialog).toBeHidden();
  await expect(current('Needs analysis and formal proposal')).toBeVisible();

  const toast = await onlyToast(page, 'Moved to “Needs analysis and formal proposal”.');
  await toast.hover();
  expect(await seriousA11yViolations(page, '.mantine-Notifications-root')).toEqual([]);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await onlyToast(page, 'Change undone.');
  await expect(current('Solution demo and technical exchange')).toBeVisible();
  await expect(page.getByText(/past 3 unmet criteria/)).toHaveCount(0);

  // Kept: after a reload the deal is still in its stage, without the move's confirmation; the
  // evidence ticked before (a step of its own) stays.
  await page.reload();
  await page.getByRole('tab', { name: 'Stage' }).click();
  await expect(current('Solution demo and technical exchange')).toBeVisible();
  const deal = await workbench.rpc<StageDeal>('stages.deal', { id: dealId });
  expect(deal.stageKey).toBe('solution_demo');
  expect(deal.confirmations).toEqual([]);
  const ticked = deal.evidence.filter((e) => e.stageKey === 'solution_demo' && e.met);
  expect(ticked.map((e) => e.criterionKey)).toEqual(['presales_engaged']);
});

test('a move from the board says where the deal went, once, and Undo takes it back', async ({
  page,
}) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
  const board = page.getByRole('region', { name: 'Pipeline board' });
  const column = (stage: string) => board.getByRole('region', { name: stage });
  await board.getByRole('button', { name: `Move ${PLANT1} to another stage` }).click();
  await page.getByRole('menuitem', { name: 'Visit and first research' }).click();
  await expect(
    column('Visit and first research').getByRole('article', { name: PLANT1 }),
  ).toBeVisible();

  const toast = await onlyToast(page, `${PLANT1} moved to Visit and first research.`);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(column('First proposal').getByRole('article', { name: PLANT1 })).toBeVisible();
});

test.describe('on a Chinese system', () => {
  test.use({ lang: 'zh-CN' });

  test('a saved SWOT says so in one toast, and Ctrl+Z takes it back', async ({
    page,
    workbench,
  }) => {
    await openDeal(page, '项目', '二厂阀体加工线设备采购');
    const dealId = dealIdOf(page);
    await page.getByRole('tab', { name: '竞争' }).click();
    await expect(page.getByTestId('swot-suggested')).toBeVisible();
    const strengths = page.getByRole('textbox', { name: '优势' });
    await strengths.fill('二厂已有十六台 HMC-630，服务口碑好');
    await page.getByRole('button', { name: '保存 SWOT' }).click();
    const toast = await onlyToast(page, 'SWOT 已保存。');
    await expect(toast.getByRole('button', { name: '撤销' })).toBeVisible();
    await expect(page.getByTestId('swot-suggested')).toHaveCount(0);

    await page.locator('body').press('Control+z');
    await onlyToast(page, '已撤销更改。');
    await expect
      .poll(() => workbench.rpc<unknown>('swot.get', { opportunityId: dealId }))
      .toBeNull();
    // Unsaved again: the suggestion is back.
    await expect(page.getByTestId('swot-suggested')).toBeVisible();
  });
});
