import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

type Member = { id: string; name: string; version: number };

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash);
const saved = (page: Page) =>
  page.waitForResponse((r) => r.url().endsWith('/rpc/viewState.save') && r.ok());

test('the pipeline’s owner filter and the table’s sort are in the address and survive a reload', async ({
  page,
  workbench,
}) => {
  const { items } = await workbench.rpc<{ items: Member[] }>('team.list', {});
  const chen = items.find((m) => m.name === 'Chen Ming')!;

  await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
  await page.getByRole('tab', { name: 'Table' }).click();
  await pick(page, 'Owner', 'Chen Ming');
  await expect(page.getByTestId('pipeline-count')).toHaveText('2 deals');
  const table = page.getByRole('table', { name: 'Pipeline deals' });
  const amount = table.getByRole('columnheader', { name: /^Amount/ });
  const written = saved(page);
  await amount.getByRole('button', { name: 'Amount' }).click();
  await expect(amount).toHaveAttribute('aria-sort', 'descending');
  await written;
  expect(hash(page)).toBe(`#/pipeline/table?owner=member:${chen.id}`);
  expect(await seriousA11yViolations(page, 'main')).toEqual([]);

  // The board keeps the filter: it is the page's.
  await page.getByRole('tab', { name: 'Board' }).click();
  await expect(page.getByTestId('pipeline-count')).toHaveText('2 deals');
  expect(hash(page)).toBe(`#/pipeline/board?owner=member:${chen.id}`);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveValue('Chen Ming');
  await expect(page.getByTestId('pipeline-count')).toHaveText('2 deals');
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(amount).toHaveAttribute('aria-sort', 'descending');

  // Without filters in the address, the remembered ones come back (and go into the address).
  await page.goto(page.url().replace(/#.*$/, '#/accounts'));
  await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
  await expect(page.getByTestId('pipeline-count')).toHaveText('2 deals');
  await expect.poll(() => hash(page)).toBe(`#/pipeline/board?owner=member:${chen.id}`);
});

test('the review queue’s sort is remembered; the forecast narrows to a manager’s team, kept in the address', async ({
  page,
  workbench,
}) => {
  // Zheng Peng manages Chen Ming.
  const { items } = await workbench.rpc<{ items: Member[] }>('team.list', {});
  const chen = items.find((m) => m.name === 'Chen Ming')!;
  const zheng = items.find((m) => m.name === 'Zheng Peng')!;
  await workbench.rpc('team.update', { id: chen.id, version: chen.version, managerId: zheng.id });

  await page.getByRole('navigation').getByRole('link', { name: 'Forecast' }).click();
  await page.getByRole('tab', { name: 'Review queue' }).click();
  const queue = page.getByRole('table', { name: 'Review queue' });
  const account = queue.getByRole('columnheader', { name: /^Account/ });
  const written = saved(page);
  await account.getByRole('button', { name: 'Account' }).click();
  await expect(account).toHaveAttribute('aria-sort', 'ascending');
  await written;
  expect(await seriousA11yViolations(page, 'main')).toEqual([]);

  await pick(page, 'Owner', 'Zheng Peng’s team');
  expect(hash(page)).toBe(`#/forecast/reviews?owner=team:${zheng.id}`);
  const owners = await queue.locator('tbody tr[data-index] td:nth-child(3)').allTextContents();
  expect(owners.length).toBeGreaterThan(0);
  expect(new Set(owners).size).toBeLessThanOrEqual(2);
  for (const owner of owners) expect(['Chen Ming', 'Zheng Peng']).toContain(owner);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveValue('Zheng Peng’s team');
  await expect(account).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('tab', { name: 'Overview' }).click();
  expect(hash(page)).toBe(`#/forecast/overview?owner=team:${zheng.id}`);
});

test.describe('zh-CN', () => {
  test.use({ lang: 'zh-CN' });

  test('an old pipeline address with an owner’s name opens on that team member', async ({
    page,
    workbench,
  }) => {
    const { items } = await workbench.rpc<{ items: Member[] }>('team.list', {});
    const chen = items.find((m) => m.name === '陈明')!;
    const all = await workbench.rpc<{ rows: { owner: string }[] }>('pipeline.list', {});
    const expected = all.rows.filter((r) => r.owner === '陈明').length;

    await page.goto(
      page.url().replace(/#.*$/, `#/pipeline/table?owner=${encodeURIComponent('陈明')}`),
    );
    await expect(page.getByRole('combobox', { name: '负责人' })).toHaveValue('陈明');
    await expect(page.getByTestId('pipeline-count')).toHaveText(`${expected} 个项目`);
    await expect.poll(() => hash(page)).toBe(`#/pipeline/table?owner=member:${chen.id}`);
    expect(await seriousA11yViolations(page, 'main')).toEqual([]);
  });
});
