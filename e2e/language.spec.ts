import type { Page } from '@playwright/test';
import { test, expect, type Workbench } from './fixtures.ts';

/**
 * The visible interface text: navigation, column headers, buttons, tabs, field labels and
 * headings, plus placeholders and accessible names.
 */
async function interfaceTexts(page: Page): Promise<string[]> {
  const texts = await page
    .locator('nav a, h1, h2, th, button, [role=tab], label')
    .evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => (e as HTMLElement).innerText),
    );
  const attributes = await page
    .locator('[placeholder], [aria-label]')
    .evaluateAll((els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest('[aria-hidden=true]'))
        .flatMap((e) => [e.getAttribute('placeholder') ?? '', e.getAttribute('aria-label') ?? '']),
    );
  return [...texts, ...attributes].map((s) => s.trim()).filter((s) => s !== '');
}

/** Latin words of the workspace's own records (the demo is in English here): data, not interface. */
async function dataWords(workbench: Workbench): Promise<Set<string>> {
  const accounts = await workbench.rpc<{ id: string }[]>('accounts.list', {
    includeArchived: true,
  });
  const people = await Promise.all(
    accounts.map((a) => workbench.rpc('people.list', { accountId: a.id, includeArchived: true })),
  );
  const opportunities = await workbench.rpc('opportunities.list', {});
  return new Set(JSON.stringify([accounts, people, opportunities]).match(/[A-Za-z]{2,}/g));
}

/**
 * Words of two or more Latin letters that are not data, apart from the language switch's
 * "English", "RFM", the term Chinese sales texts use too (seed 002), and "Ctrl", the key's name
 * as printed on the keyboard (search's Ctrl+K).
 */
const KEPT_IN_CHINESE = new Set(['English', 'RFM', 'Ctrl']);
const latinWords = (texts: string[], data: Set<string> = new Set()) =>
  texts
    .flatMap((t) => t.match(/[A-Za-z]{2,}/g) ?? [])
    .filter((w) => !KEPT_IN_CHINESE.has(w) && !data.has(w));

const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

test('switching to Chinese changes every visible label, and the choice survives a restart', async ({
  page,
  workbench,
}) => {
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '客户' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const data = await dataWords(workbench);

  const listTexts = await interfaceTexts(page);
  expect(listTexts.length).toBeGreaterThan(15);
  expect(latinWords(listTexts, data)).toEqual([]);

  // An account's screens and a form, too.
  await page.getByRole('row').nth(1).click();
  for (const tab of ['客户档案', '联系人', '项目']) {
    await page.getByRole('tab', { name: tab }).click();
    expect(latinWords(await interfaceTexts(page), data)).toEqual([]);
  }
  await page.getByRole('button', { name: '新建项目' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(latinWords(await interfaceTexts(page), data)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

  await workbench.restart();
  await expect(page.getByRole('heading', { name: '客户' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  expect((await interfaceTexts(page)).filter(hasHan).filter((t) => t !== '中文')).toEqual([]);
});

test.describe('on a Chinese system', () => {
  test.use({ lang: 'zh-CN' });

  test('the first run opens in Chinese with the demo workspace in Chinese', async ({ page }) => {
    await expect(page.getByRole('heading', { name: '客户' })).toBeVisible();
    await expect(page.getByRole('cell', { name: /天普/ }).first()).toBeVisible();
    expect(latinWords(await interfaceTexts(page))).toEqual([]);
  });
});
