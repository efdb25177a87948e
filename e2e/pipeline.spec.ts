import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const PLANT1 = 'Plant 1 fixture and tooling upgrade';

async function openPipeline(page: Page, nav = 'Pipeline'): Promise<Locator> {
  await page.getByRole('navigation').getByRole('link', { name: nav }).click();
  const board = page.getByRole('region', { name: /^(Pipeline board|销售漏斗看板)$/ });
  await expect(board).toBeVisible();
  return board;
}

const column = (board: Locator, stage: string) => board.getByRole('region', { name: stage });
const totals = (page: Page) => page.getByTestId('pipeline-count');

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('filter the pipeline, drag a deal past unmet criteria with a reason, and it stays after a restart', async ({
  page,
  workbench,
}) => {
  const board = await openPipeline(page);
  await expect(totals(page)).toHaveText('5 deals');

  await pick(page, 'Owner', 'Chen Ming');
  await expect(totals(page)).toHaveText('2 deals');
  await expect(board.getByRole('article')).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(totals(page)).toHaveText('5 deals');

  await pick(page, 'Close quarter', '2027-Q1');
  await expect(totals(page)).toHaveText('2 deals');
  await expect(column(board, 'Project evaluation').getByRole('article')).toHaveCount(1);
  await expect(column(board, 'First proposal').getByRole('article')).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(totals(page)).toHaveText('5 deals');

  const firstProposal = column(board, 'First proposal');
  const solutionDemo = column(board, 'Solution demo and technical exchange');
  const card = board.getByRole('article', { name: PLANT1 });
  await expect(firstProposal.getByRole('article', { name: PLANT1 })).toBeVisible();

  // Cancel: the card stays where it was.
  await card.dragTo(solutionDemo);
  let dialog = page.getByRole('dialog', { name: 'Move past unmet exit criteria?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'Handler satisfied' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(firstProposal.getByRole('article', { name: PLANT1 })).toBeVisible();

  // Confirm: a reason is required, then the deal moves.
  await card.dragTo(solutionDemo);
  dialog = page.getByRole('dialog', { name: 'Move past unmet exit criteria?' });
  await dialog.getByRole('button', { name: 'Move anyway' }).click();
  await expect(dialog.getByText('Give a reason to move on with unmet criteria.')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Reason for moving on' })
    .fill('Demo booked with the plant manager');
  await dialog.getByRole('button', { name: 'Move anyway' }).click();
  await expect(dialog).toBeHidden();
  await expect(solutionDemo.getByRole('article', { name: PLANT1 })).toBeVisible();
  await expect(firstProposal.getByRole('article')).toHaveCount(0);

  await workbench.restart();
  const again = await openPipeline(page);
  await expect(
    column(again, 'Solution demo and technical exchange').getByRole('article', { name: PLANT1 }),
  ).toBeVisible();
  const list = await workbench.rpc<{ rows: { id: string; name: string }[] }>('pipeline.list', {});
  const id = list.rows.find((r) => r.name === PLANT1)!.id;
  const deal = await workbench.rpc<{ stageKey: string; confirmations: { note: string }[] }>(
    'stages.deal',
    { id },
  );
  expect(deal.stageKey).toBe('solution_demo');
  expect(deal.confirmations.map((c) => c.note)).toEqual(['Demo booked with the plant manager']);
});

test('move a deal with the keyboard menu; open a deal from its card', async ({ page }) => {
  const board = await openPipeline(page);
  await board.getByRole('button', { name: `Move ${PLANT1} to another stage` }).click();
  await page.getByRole('menuitem', { name: 'Visit and first research' }).click();
  // Moving back is never gated.
  await expect(
    column(board, 'Visit and first research').getByRole('article', { name: PLANT1 }),
  ).toBeVisible();
  await board.getByRole('link', { name: PLANT1 }).click();
  await expect(page).toHaveURL(/#\/opportunities\/[^/]+$/);
});

test('table sorts by amount; the funnel table counts deals per stage', async ({ page }) => {
  await openPipeline(page);
  await page.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Pipeline deals' });
  await table.getByRole('button', { name: 'Amount' }).click();
  const amount = table.getByRole('columnheader', { name: 'Amount' });
  // Numbers sort largest first on the first click.
  await expect(amount).toHaveAttribute('aria-sort', 'descending');
  const first = table.getByRole('row').nth(1);
  await expect(first).toContainText('CN¥12,600,000');
  await table.getByRole('button', { name: 'Amount' }).click();
  await expect(amount).toHaveAttribute('aria-sort', 'ascending');
  await expect(first).toContainText('$1,380,000');
  await first.click();
  await expect(page).toHaveURL(/#\/opportunities\/[^/]+$/);

  await page.goBack();
  await page.getByRole('tab', { name: 'Funnel' }).click();
  const funnel = page.getByRole('table', { name: 'Deals by stage' });
  const countOf = (stage: string) =>
    funnel
      .getByRole('row', { name: new RegExp(`^${stage}`) })
      .getByRole('cell')
      .first();
  await expect(countOf('First proposal')).toHaveText('1');
  await expect(countOf('Needs analysis and formal proposal')).toHaveText('0');
  await expect(countOf('Project evaluation')).toHaveText('1');
  await pick(page, 'Owner', 'Zheng Peng');
  await expect(countOf('First proposal')).toHaveText('0');
  await expect(countOf('Project evaluation')).toHaveText('1');
});

test.describe('zh-CN', () => {
  test.use({ lang: 'zh-CN' });

  test('the pipeline reads in Chinese', async ({ page }) => {
    const board = await openPipeline(page, '销售漏斗');
    await expect(totals(page)).toHaveText('5 个项目');
    await expect(column(board, '提交初步方案')).toContainText('1 个项目');
    await expect(page.getByRole('combobox', { name: '预计成交季度' })).toBeVisible();
    await page.getByRole('tab', { name: '列表' }).click();
    await expect(
      page
        .getByRole('table', { name: '销售漏斗中的项目' })
        .getByRole('columnheader', { name: '加权金额' }),
    ).toBeVisible();
  });
});
