import type { Page } from '@playwright/test';
import { addDays } from '../shared/localDate.ts';
import { E2E_TODAY } from './clock.ts';
import { test, expect } from './fixtures.ts';
import { pdfText } from './pdfText.ts';

const PLANT1 = 'Plant 1 fixture and tooling upgrade';
const PLANT2_ZH = '二厂阀体加工线设备采购';

/** A review date 40 days after the e2e clock's day: the deals changed today are then due. */
const reviewDate = () => addDays(E2E_TODAY, 40);

async function openForecast(page: Page, nav: RegExp, tab: RegExp) {
  await page.getByRole('link', { name: nav }).click();
  await page.getByRole('tab', { name: tab }).click();
}

/** Export as a user clicks it; window.print is stubbed and page.pdf() prints what it would. */
async function exportPack(page: Page, label: string): Promise<string> {
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  const button = page.getByRole('button', { name: label });
  await expect(button).toBeEnabled();
  await button.click();
  await expect(button).not.toHaveAttribute('data-loading');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  // Table cells wrap: one space for every run of white space.
  return (await pdfText(pdf)).replace(/\s+/g, ' ');
}

async function pickOption(page: Page, combobox: string, option: string) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('take a snapshot (a too-long label is refused), change an amount, see the movement; the snapshot survives a restart; the pipeline pack has the forecast, the movement and the review queue', async ({
  page,
  workbench,
}) => {
  // A restart and a PDF in one test.
  test.slow();
  await openForecast(page, /^Forecast$/, /^Overview$/);
  const cny = page.getByRole('table', { name: 'Forecast by period, CNY' });
  await expect(cny.getByRole('row', { name: /^Q2 2027/ })).toContainText('CN¥1,850,000');

  // The weekly automatic snapshot was taken when the demo opened.
  const before = await workbench.rpc<unknown[]>('forecast.snapshots', {});
  expect(before).toHaveLength(1);

  // A label over 1,000 characters is refused with a message; nothing is stored.
  await page.getByRole('button', { name: 'Take snapshot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Take a forecast snapshot' });
  const label = dialog.getByRole('textbox', { name: 'Label (optional)' });
  await label.fill('x'.repeat(1001));
  await dialog.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(dialog.getByText('Must be at most 1000 characters.')).toBeVisible();
  expect(await workbench.rpc<unknown[]>('forecast.snapshots', {})).toHaveLength(1);
  await label.fill('Weekly review W48');
  await dialog.getByRole('button', { name: 'Take snapshot' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Movements' }).click();
  const snapshots = page.getByRole('table', { name: 'Snapshots' });
  await expect(snapshots.getByRole('row')).toHaveCount(3);
  await expect(snapshots.getByRole('row', { name: /Weekly review W48/ })).toContainText('Manual');
  await expect(page.getByText('No movement.')).toBeVisible();

  // Change the deal's amount in its edit drawer.
  await page.getByRole('link', { name: /^Opportunities$/ }).click();
  await page.getByRole('cell', { name: PLANT1 }).click();
  await page.getByRole('button', { name: 'Edit' }).first().click();
  const form = page.getByRole('dialog', { name: 'Edit opportunity' });
  await form.getByRole('textbox', { name: 'Amount' }).fill('2100000');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  await openForecast(page, /^Forecast$/, /^Overview$/);
  await expect(cny.getByRole('row', { name: /^Q2 2027/ })).toContainText('CN¥2,100,000');
  await expect(
    page
      .getByRole('table', { name: 'Chart data: commit, best case and pipeline by period, CNY' })
      .getByRole('row', { name: /^Q2 2027/ }),
  ).toContainText('CN¥2,100,000');

  await page.getByRole('tab', { name: 'Movements' }).click();
  // All periods by default: the change counts whatever quarter the deal closes in.
  await expect(page.getByText(/^All periods · movements: 1$/).first()).toBeVisible();
  await pickOption(page, 'Deals whose close date (before or after) is in', 'Q2 2027');
  const movement = page
    .getByRole('table', { name: 'Movements' })
    .getByRole('row', { name: new RegExp(PLANT1) });
  await expect(movement).toHaveCount(1);
  await expect(movement).toContainText('Amount changed');
  await expect(movement).toContainText('CN¥1,850,000 → CN¥2,100,000');
  // 250,000 more at 25%.
  await expect(movement).toContainText('CN¥62,500');
  await expect(
    page
      .getByRole('table', { name: 'Chart data: weighted change by movement, CNY' })
      .getByRole('row', { name: /^Amount changed/ }),
  ).toContainText('CN¥62,500');
  await expect(movement.getByRole('link', { name: PLANT1 })).toHaveAttribute(
    'href',
    /^#\/opportunities\//,
  );

  await workbench.restart();
  await openForecast(page, /^Forecast$/, /^Movements$/);
  await expect(
    page.getByRole('table', { name: 'Snapshots' }).getByRole('row', { name: /Weekly review W48/ }),
  ).toBeVisible();

  // The review queue 40 days on: the deal changed today has not been updated since.
  await page.getByRole('tab', { name: 'Review queue' }).click();
  await page.getByRole('textbox', { name: 'Review date' }).fill(reviewDate());
  await page.getByRole('textbox', { name: 'Review date' }).press('Tab');
  const queue = page.getByRole('table', { name: 'Review queue' });
  await expect(queue.getByRole('row', { name: new RegExp(PLANT1) }).first()).toContainText(
    /Not updated for 40 days \(since /,
  );

  // The pack for Chen Ming, the deal's owner.
  await pickOption(page, 'Owner', 'Chen Ming');
  await page.getByRole('tab', { name: 'Movements' }).click();
  await pickOption(page, 'Deals whose close date (before or after) is in', 'Q2 2027');
  const text = await exportPack(page, 'Export pipeline pack');
  for (const expected of [
    'Pipeline review pack',
    'Owner: Chen Ming',
    'Forecast by Quarter',
    'Q2 2027',
    'CN¥2,100,000',
    'Movements since the last snapshot',
    PLANT1,
    'Amount changed',
    'CN¥1,850,000 → CN¥2,100,000',
    'CN¥62,500',
    'Review queue as of',
    'Not updated for 40 days',
  ]) {
    expect(text).toContain(expected);
  }
  // Another owner's deal is not in Chen Ming's pack.
  expect(text).not.toContain('Plant 2 valve-body machining line equipment');
});

test('a new workspace’s review queue shows demo deals under each 1-15-30 rule today', async ({
  page,
}) => {
  await openForecast(page, /^Forecast$/, /^Review queue$/);
  // No review date: today, the e2e clock's day.
  await expect(page.getByRole('textbox', { name: 'Review date' })).toHaveValue('');
  const queue = page.getByRole('table', { name: 'Review queue' });
  const reasons = (deal: string) =>
    queue.getByRole('row', { name: new RegExp(`^${deal}`) }).locator('td:nth-child(4)');
  // Yongsheng's deal, opened at the first visit on 9 October and untouched since: all three.
  await expect(reasons('E-drive housing machining line')).toHaveText([
    'Not updated for 45 days (since Oct 9, 2026)',
    'Committee and stage unchanged for 45 days',
    'Open 45 days with no evidence of intent',
  ]);
  await expect(reasons('Robotic welding cells')).toHaveText([
    'Committee and stage unchanged for 98 days',
    'Open 98 days with no evidence of intent',
  ]);
  await expect(reasons('Five-axis machining cell')).toHaveText([
    'Not updated for 13 days (since Nov 10, 2026)',
    'Committee and stage unchanged for 175 days',
  ]);
  // The deal under review had its committee updated today: not in the queue.
  await expect(queue.getByRole('row', { name: /Plant 2 valve-body/ })).toHaveCount(0);
});

test('the category thresholds are settings: best case above commit is refused; a lower commit threshold moves a deal into commit, after a restart too', async ({
  page,
  workbench,
}) => {
  test.slow();
  await page.getByRole('link', { name: /^Settings$/ }).click();
  const form = page.getByRole('form', { name: 'Review queue and forecast categories' });
  const bestCase = form.getByRole('textbox', { name: 'Best case from probability (%)' });
  await bestCase.fill('95');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Must be at most 90.')).toBeVisible();
  expect(await workbench.rpc('settings.get', {})).toMatchObject({ forecastBestCaseMin: 50 });

  await bestCase.fill('10');
  await form.getByRole('textbox', { name: 'Commit from probability (%)' }).fill('20');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Review and forecast settings saved')).toBeVisible();

  await workbench.restart();
  await openForecast(page, /^Forecast$/, /^Overview$/);
  await expect(
    page.getByRole('main').getByText(/Commit: probability ≥ 20%; best case: ≥ 10%/),
  ).toBeVisible();
  // Plant 1 at 25% is now commit: Q2 2027's commit column holds its amount.
  const q2 = page
    .getByRole('table', { name: 'Forecast by period, CNY' })
    .getByRole('row', { name: /^Q2 2027/ });
  await expect(q2.getByRole('cell').nth(3)).toHaveText('CN¥1,850,000');
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('the whole team’s pipeline pack in Chinese: forecast, the changed amount and the review queue', async ({
    page,
    workbench,
  }) => {
    test.slow();
    await openForecast(page, /^预测$/, /^变动$/);
    await page.getByRole('button', { name: '拍摄快照' }).click();
    const dialog = page.getByRole('dialog', { name: '拍摄预测快照' });
    await dialog.getByRole('textbox', { name: '标签（可选）' }).fill('第48周评审');
    await dialog.getByRole('button', { name: '拍摄快照' }).click();
    await expect(dialog).toBeHidden();

    // Change the amount through the contract this time (the English test uses the drawer).
    const deals = await workbench.rpc<{ id: string; name: string; version: number }[]>(
      'opportunities.list',
      {},
    );
    const plant2 = deals.find((d) => d.name === PLANT2_ZH)!;
    await workbench.rpc('opportunities.update', {
      id: plant2.id,
      version: plant2.version,
      amount: 13_000_000,
    });

    await page.getByRole('tab', { name: '概览' }).click();
    await page.getByRole('tab', { name: '变动' }).click();
    await pickOption(page, '预计成交日期（变动前或变动后）所在季度', '2027年第1季度');
    const movement = page
      .getByRole('table', { name: '变动' })
      .getByRole('row', { name: new RegExp(PLANT2_ZH) });
    await expect(movement).toContainText('¥12,600,000 → ¥13,000,000');

    await page.getByRole('tab', { name: '评审队列' }).click();
    await page.getByRole('textbox', { name: '评审日期' }).fill(reviewDate());
    await page.getByRole('textbox', { name: '评审日期' }).press('Tab');
    await expect(page.getByRole('table', { name: '评审队列' })).toContainText('天未更新');

    const text = await exportPack(page, '导出销售漏斗评审资料包');
    for (const expected of [
      '销售漏斗评审资料包',
      '全团队',
      '2027年第1季度',
      '承诺',
      '最佳情况',
      '自上次快照',
      PLANT2_ZH,
      '金额变化',
      '¥12,600,000 → ¥13,000,000',
      '评审队列',
      '40 天未更新',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
