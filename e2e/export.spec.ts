import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

type PipelineRow = {
  name: string;
  owner: string;
  amount: number;
  currency: string;
  closeDate: string | null;
};

/** The first cell of every body row of a table, top to bottom. */
async function firstCells(table: Locator): Promise<string[]> {
  const rows = table.locator('tbody tr[data-index]');
  const count = await rows.count();
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    names.push((await rows.nth(i).getByRole('cell').first().innerText()).trim());
  }
  return names;
}

/** Chooses a format in a list's Export menu and answers the downloaded file's bytes and name. */
async function exportAs(page: Page, item: string): Promise<{ bytes: Buffer; name: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出' }).click();
  await expect(page.getByRole('menuitem', { name: item })).toBeVisible();
  expect(await seriousA11yViolations(page, '[role="menu"]')).toEqual([]);
  await page.getByRole('menuitem', { name: item }).click();
  const file = await download;
  return { bytes: readFileSync(await file.path()), name: file.suggestedFilename() };
}

test.describe('zh-CN', () => {
  test.use({ lang: 'zh-CN' });

  test('the pipeline table, filtered and sorted, exports to xlsx with Chinese headers, numbers and dates', async ({
    page,
    workbench,
  }) => {
    const all = (await workbench.rpc<{ rows: PipelineRow[] }>('pipeline.list', {})).rows;
    const owner = '陈明';
    const expected = all.filter((r) => r.owner === owner);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);

    await page.getByRole('navigation').getByRole('link', { name: '销售漏斗' }).click();
    // The filter opened on the table tab: a remembered table view once froze the page here.
    await page.getByRole('tab', { name: '列表' }).click();
    await page.getByRole('combobox', { name: '负责人' }).click();
    await page.getByRole('option', { name: owner, exact: true }).click();
    const table = page.getByRole('table', { name: '销售漏斗中的项目' });
    await expect(table.locator('tbody tr[data-index]')).toHaveCount(expected.length);
    // Largest amount first: the file follows the sort shown.
    await table.getByRole('button', { name: '金额', exact: true }).click();
    // The header's name also carries its resize handle's label (issue 15), so it starts with 金额.
    await expect(table.getByRole('columnheader', { name: /^金额/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    const shown = await firstCells(table);

    const { bytes, name } = await exportAs(page, '导出为 Excel (.xlsx)');
    expect(name).toMatch(/^销售漏斗 \d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining(['项目', '客户', '金额', '成交可能性', '预计成交日期']),
    );
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = (header: string) => headers.indexOf(header) + 1;

    expect(sheet.rowCount).toBe(expected.length + 1);
    const names = expected.map((_, i) => sheet.getRow(i + 2).getCell(col('项目')).value);
    expect(names).toEqual(shown);
    for (let i = 0; i < shown.length; i += 1) {
      const row = sheet.getRow(i + 2);
      const deal = expected.find((r) => r.name === shown[i])!;
      const amount = row.getCell(col('金额'));
      expect(typeof amount.value).toBe('number');
      expect(amount.value).toBe(deal.amount);
      expect(typeof row.getCell(col('成交可能性')).value).toBe('number');
      const close = row.getCell(col('预计成交日期')).value;
      if (deal.closeDate) {
        expect(close).toBeInstanceOf(Date);
        expect((close as Date).toISOString()).toBe(`${deal.closeDate}T00:00:00.000Z`);
      } else {
        expect(close).toBeNull();
      }
    }
  });

  test('the accounts list, filtered by grade, exports to CSV: BOM, Chinese names, the filter applied, formulas guarded', async ({
    page,
    workbench,
  }) => {
    for (const [name, grade] of [
      ['华东制造', 'A'],
      ['华南电子', 'B'],
      ['=HYPERLINK("http://x","y")', 'A'],
    ] as const) {
      await workbench.rpc('accounts.create', { name, grade });
    }
    // Written behind the page's back: the list already read may not have them yet.
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: '客户' }).click();
    await page.getByRole('combobox', { name: '按等级筛选' }).click();
    await page.getByRole('option', { name: 'A 级', exact: true }).click();
    const table = page.getByRole('table', { name: '客户' });
    await expect(table.getByText('华南电子')).toHaveCount(0);
    await expect(table.getByText('华东制造')).toBeVisible();
    const shown = await firstCells(table);

    const { bytes, name } = await exportAs(page, '导出为 CSV (.csv)');
    expect(name).toMatch(/^客户 \d{4}-\d{2}-\d{2}\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = Papa.parse<string[]>(text.slice(0, -2), { newline: '\r\n' }).data;
    expect(lines[0]!.slice(0, 2)).toEqual(['名称', '等级']);
    const firstColumn = lines.slice(1).map((line) => line[0]);
    // What the list shows, in its order; the crafted name kept as text behind an apostrophe.
    expect(firstColumn).toEqual(shown.map((n) => (n.startsWith('=') ? `'${n}` : n)));
    expect(firstColumn).toContain('华东制造');
    expect(firstColumn).toContain('\'=HYPERLINK("http://x","y")');
    expect(firstColumn).not.toContain('华南电子');
  });
});
