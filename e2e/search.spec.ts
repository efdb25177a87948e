import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

type Account = { id: string; name: string };
type Person = { id: string };

/** 王建国 on the demo's Temp account, created through the contract as the import specs do. */
async function addWangJianguo(workbench: { rpc<T>(c: string, i?: unknown): Promise<T> }) {
  const accounts = await workbench.rpc<Account[]>('accounts.list', {});
  const temp = accounts.find((a) => a.name.startsWith('Temp Precision Machinery'))!;
  await workbench.rpc<Person>('people.create', {
    accountId: temp.id,
    name: '王建国',
    title: 'Plant manager',
  });
  return temp;
}

const palette = (page: Page) => page.getByRole('dialog', { name: 'Search everything' });

test('Ctrl+K finds 王建国 by "wjg", Enter opens him; the open palette has no serious axe violation', async ({
  page,
  workbench,
}) => {
  const temp = await addWangJianguo(workbench);
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();

  await page.keyboard.press('Control+K');
  const dialog = palette(page);
  await expect(dialog).toBeVisible();
  // An empty query lists the commands.
  await expect(dialog.getByRole('button', { name: 'Go to pipeline' })).toBeVisible();

  const box = dialog.getByRole('textbox', { name: 'Search everything' });
  await box.fill('wjg');
  const hit = dialog.getByRole('group', { name: 'People' }).getByRole('button', { name: /王建国/ });
  await expect(hit).toBeVisible();
  await expect(hit).toContainText('Plant manager · Temp Precision Machinery');
  expect(await seriousA11yViolations(page, '.mantine-Spotlight-content')).toEqual([]);

  await box.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/accounts/${temp.id}/people$`));
  const form = page.getByRole('dialog', { name: 'Edit person' });
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: /^Name/ })).toHaveValue('王建国');
});

test('the header button opens the palette; a command runs; nothing found says so', async ({
  page,
}) => {
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = palette(page);
  const box = dialog.getByRole('textbox', { name: 'Search everything' });
  await box.fill('zzqqxx');
  await expect(dialog.getByText('Nothing found for “zzqqxx”.', { exact: false })).toBeVisible();

  await box.fill('pipeline');
  await expect(dialog.getByRole('button', { name: 'Go to pipeline' })).toBeVisible();
  await box.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/pipeline\/board$/);

  // Opening a deal by its name, from a text field too.
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('textbox', { name: 'Search' }).click();
  await page.keyboard.press('Control+K');
  await palette(page).getByRole('textbox', { name: 'Search everything' }).fill('plant 2 valve');
  await palette(page)
    .getByRole('button', { name: /^Plant 2 valve-body machining line/ })
    .click();
  await expect(page.getByRole('tab', { name: 'Buying committee', selected: true })).toBeVisible();
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('finds an account by pinyin initials and opens it', async ({ page, workbench }) => {
    const account = await workbench.rpc<Account>('accounts.create', {
      name: '北京天普太阳能工业有限公司',
    });
    const dialog = page.getByRole('dialog', { name: '全局搜索' });
    // Pressed again if the page was still starting and did not yet listen for it.
    await expect(async () => {
      await page.keyboard.press('Control+K');
      await expect(dialog).toBeVisible({ timeout: 2000 });
    }).toPass();
    await dialog.getByRole('textbox', { name: '全局搜索' }).fill('tp');
    // The Chinese demo has its own 天普 account, so the hit is picked by name rather than Enter.
    const hit = dialog
      .getByRole('group', { name: '客户' })
      .getByRole('button', { name: /北京天普太阳能/ });
    await expect(hit).toBeVisible();
    expect(await seriousA11yViolations(page, '.mantine-Spotlight-content')).toEqual([]);
    await hit.click();
    await expect(page).toHaveURL(new RegExp(`#/accounts/${account.id}$`));
    await expect(page.getByRole('heading', { name: '北京天普太阳能工业有限公司' })).toBeVisible();
  });
});
