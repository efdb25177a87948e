import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

// Issue 11: wide amounts in 万 in Chinese (a setting that survives a restart), table headers that
// neither truncate nor run together at 1280 and 1440 px, and one scroll bar on the deal page.

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('link', { name, exact: true }).click();

const WORDS = {
  en: {
    accounts: 'Accounts',
    opportunities: 'Opportunities',
    pipeline: 'Pipeline',
    table: 'Table',
  },
  'zh-CN': { accounts: '客户', opportunities: '项目', pipeline: '销售漏斗', table: '列表' },
} as const;

/**
 * Each header of the table: whether its text is cut (some element in it scrolls sideways), and
 * the box its text really takes, to see two headers' words touching.
 */
async function headers(table: Locator) {
  return table.locator('thead th').evaluateAll((cells) =>
    cells.map((th) => {
      const inner = [th, ...th.querySelectorAll('*')] as HTMLElement[];
      const cut = inner.some((el) => el.scrollWidth > el.clientWidth + 1);
      const range = document.createRange();
      range.selectNodeContents(th);
      const text = range.getBoundingClientRect();
      const box = th.getBoundingClientRect();
      return {
        text: th.textContent?.trim() ?? '',
        cut,
        textLeft: text.left,
        textRight: text.right,
        left: box.left,
        right: box.right,
      };
    }),
  );
}

for (const lang of ['en', 'zh-CN'] as const) {
  for (const width of [1280, 1440]) {
    test.describe(`${lang} at ${width} px`, () => {
      test.use({ lang, viewport: { width, height: 900 } });

      test('table headers are shown in full and never run together', async ({ page }) => {
        const words = WORDS[lang];
        const tables: [string, () => Promise<void>][] = [
          [words.accounts, () => nav(page, words.accounts)],
          [words.opportunities, () => nav(page, words.opportunities)],
          [
            words.pipeline,
            async () => {
              await nav(page, words.pipeline);
              await page.getByRole('tab', { name: words.table }).click();
            },
          ],
        ];
        for (const [name, open] of tables) {
          await open();
          const table = page.locator('table:has(thead th)').first();
          await expect(table.locator('tbody tr').first()).toBeVisible();
          const cells = await headers(table);
          expect(cells.length, name).toBeGreaterThan(3);
          for (const [i, cell] of cells.entries()) {
            expect(cell.cut, `${name}: "${cell.text}" is cut`).toBe(false);
            // The words sit inside their own cell…
            expect(cell.textLeft, `${name}: "${cell.text}"`).toBeGreaterThanOrEqual(cell.left - 1);
            expect(cell.textRight, `${name}: "${cell.text}"`).toBeLessThanOrEqual(cell.right + 1);
            // …with a visible gap before the next header's words.
            const next = cells[i + 1];
            if (next && cell.text && next.text) {
              expect(
                next.textLeft - cell.textRight,
                `${name}: "${cell.text}" runs into "${next.text}"`,
              ).toBeGreaterThanOrEqual(8);
            }
          }
        }
      });
    });
  }
}

test.describe('the deal page at 1440 × 900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('has one scroll bar', async ({ page }) => {
    await nav(page, 'Opportunities');
    await page.getByRole('cell', { name: /^Plant 2 valve-body machining line/ }).click();
    await expect(
      page.getByRole('heading', { name: /^Plant 2 valve-body machining line/ }),
    ).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    const scrolling = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('*')]
        .filter((el) => {
          const { overflowY } = getComputedStyle(el);
          const scrolls =
            el === document.scrollingElement || overflowY === 'auto' || overflowY === 'scroll';
          return scrolls && el.scrollHeight > el.clientHeight + 1;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
    );
    expect(scrolling).toHaveLength(1);
  });
});

test.describe('zh-CN money', () => {
  test.use({ lang: 'zh-CN' });

  test('wide amounts show in 万元 until turned off in settings, and that survives a restart', async ({
    page,
    workbench,
  }) => {
    const amounts = async () => {
      await nav(page, '销售漏斗');
      await page.getByRole('tab', { name: '列表' }).click();
      const table = page.getByRole('table', { name: '销售漏斗中的项目' });
      await expect(table.getByRole('row').nth(1)).toBeVisible();
      const column = await table
        .getByRole('columnheader')
        .evaluateAll((ths) => ths.findIndex((th) => th.textContent?.trim() === '金额'));
      return table.locator(`tbody tr td:nth-child(${column + 1})`).allTextContents();
    };

    const inWan = await amounts();
    expect(inWan.length).toBeGreaterThan(2);
    for (const amount of inWan) expect(amount).toMatch(/^[\d,.]+万元$/);
    await nav(page, '预测');
    await expect(page.getByRole('heading', { name: '人民币预测' })).toBeVisible();
    await expect(
      page.getByRole('table', { name: '按期间的预测（人民币）' }).getByRole('cell').first(),
    ).toBeVisible();

    await nav(page, '设置');
    const setting = page.getByRole('switch', { name: '金额列以万元显示' });
    await expect(setting).toBeChecked();
    await setting.click({ force: true });
    await expect(setting).not.toBeChecked();
    await expect(page.getByText('金额显示设置已保存')).toBeVisible();

    await workbench.restart();
    await nav(page, '设置');
    await expect(page.getByRole('switch', { name: '金额列以万元显示' })).not.toBeChecked();
    const exact = await amounts();
    expect(exact).toHaveLength(inWan.length);
    for (const amount of exact) expect(amount).toMatch(/^¥[\d,]+$/);
  });
});
