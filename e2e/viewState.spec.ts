import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

test.beforeEach(() => {
  // Several screens and reloads per test, on machines shared with other runs.
  test.setTimeout(300_000);
});

const table = (page: Page) => page.getByRole('table', { name: 'Opportunities' });
// A header's name is its title, then its resize handle's.
const header = (page: Page, name: string) =>
  table(page).getByRole('columnheader', { name: new RegExp(`^${name}( |$)`) });

async function openOpportunities(page: Page) {
  await page.getByRole('link', { name: 'Opportunities', exact: true }).click();
  await expect(table(page)).toBeVisible();
}

/** The list as the user left it: sorted by amount, largest first, no owner, won deals only. */
async function expectKept(page: Page) {
  await expect(header(page, 'Amount')).toHaveAttribute('aria-sort', 'descending');
  await expect(header(page, 'Owner')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Filter by status' })).toHaveValue('Won');
  expect(new URL(page.url()).hash).toBe('#/opportunities?status=won');
  await expect(table(page).getByRole('row').nth(1)).toBeVisible();
  const statuses = await table(page).getByRole('row').locator('td:last-child').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(['Won']));
  await expect(
    table(page).getByRole('separator', { name: 'Resize column: Account' }),
  ).toHaveAttribute('aria-valuenow', '192');
}

test('sort, a hidden column, a width and a filter are kept on the way back and after a reload; Reset view restores the default', async ({
  page,
}) => {
  await openOpportunities(page);
  // Numbers sort largest first on the first click.
  await header(page, 'Amount').getByRole('button', { name: 'Amount' }).click();
  await expect(header(page, 'Amount')).toHaveAttribute('aria-sort', 'descending');

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Owner' }).uncheck();
  expect(await seriousA11yViolations(page, '.mantine-Popover-dropdown')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(header(page, 'Owner')).toHaveCount(0);

  // Widths follow a drag or the arrow keys on the column's edge.
  const resizer = table(page).getByRole('separator', { name: 'Resize column: Account' });
  await expect(resizer).toHaveAttribute('aria-valuenow', '160');
  await resizer.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(resizer).toHaveAttribute('aria-valuenow', '192');

  // The view is written a moment after the last change: wait for it from before that change.
  const saved = page.waitForResponse((r) => r.url().endsWith('/rpc/viewState.save') && r.ok());
  await page.getByRole('combobox', { name: 'Filter by status' }).click();
  await page.getByRole('option', { name: 'Won' }).click();
  await expect(page).toHaveURL(/#\/opportunities\?status=won$/);
  // The headers with their sort buttons and resize handles (the rows' badges are not this screen's).
  expect(await seriousA11yViolations(page, 'main thead')).toEqual([]);

  await saved;
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Accounts' })).toBeVisible();
  await openOpportunities(page);
  await expectKept(page);

  await page.reload();
  await expect(table(page)).toBeVisible();
  await expectKept(page);

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(header(page, 'Owner')).toBeVisible();
  await expect(header(page, 'Amount')).toHaveAttribute('aria-sort', 'none');
  await expect(page.getByRole('combobox', { name: 'Filter by status' })).toHaveValue('');
  expect(new URL(page.url()).hash).toBe('#/opportunities');
  await page.reload();
  await expect(header(page, 'Owner')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Filter by status' })).toHaveValue('');
});

test('an address with filters opens the list filtered, and wins over the stored view', async ({
  page,
}) => {
  // A stored view: lost deals.
  await openOpportunities(page);
  await page.getByRole('combobox', { name: 'Filter by status' }).click();
  await page.getByRole('option', { name: 'Lost' }).click();
  await page.waitForResponse((r) => r.url().endsWith('/rpc/viewState.save') && r.ok());

  // A bookmark of won deals, opened in a new page load.
  const bookmark = new URL(page.url());
  bookmark.hash = '#/opportunities?status=won';
  await page.goto(bookmark.toString());
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Filter by status' })).toHaveValue('Won');
  await expect(table(page).getByRole('row').nth(1)).toBeVisible();
  const statuses = await table(page).getByRole('row').locator('td:last-child').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(['Won']));

  // Accounts by grade; an unknown grade in an address is no filter.
  bookmark.hash = '#/accounts?grade=A';
  await page.goto(bookmark.toString());
  await expect(page.getByRole('combobox', { name: 'Filter by grade' })).toHaveValue('Grade A');
  bookmark.hash = '#/accounts?grade=Z';
  await page.goto(bookmark.toString());
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Filter by grade' })).toHaveValue('');
  await expect(page).toHaveURL(/#\/accounts$/);
});

test.describe('on a Chinese system', () => {
  test.use({ lang: 'zh-CN' });

  test('the columns menu and Reset view speak Chinese', async ({ page }) => {
    await page.getByRole('button', { name: '列' }).click();
    await expect(page.getByRole('group', { name: '显示或隐藏列' })).toBeVisible();
    await expect(page.getByRole('button', { name: '重置视图' })).toBeVisible();
    expect(await seriousA11yViolations(page, '.mantine-Popover-dropdown')).toEqual([]);
  });
});
