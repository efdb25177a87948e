import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function openFixtureDealTab(page: Page, tab: string) {
  await page.getByRole('link', { name: /^(Opportunities|项目)$/ }).click();
  await page
    .getByRole('cell', { name: /^(Plant 1 fixture and tooling upgrade|一厂夹具与刀具系统升级)$/ })
    .click();
  await page.getByRole('tab', { name: tab }).click();
}

/** Types into a grid cell and saves it with Enter, as a user does. */
async function setCell(page: Page, name: string, value: string) {
  const cell = page.getByRole('textbox', { name, exact: true });
  await cell.click();
  await cell.fill(value);
  await cell.press('Enter');
}

test('add two competitors and four weighted criteria, score them, see the weighted totals, the radar and the gaps; they survive a restart', async ({
  page,
  workbench,
}) => {
  await openFixtureDealTab(page, 'Competition');
  const section = page.getByRole('region', { name: 'Competitors in this deal' });
  for (const name of ['Okuma China', 'Haitian Precision']) {
    await section.getByRole('button', { name: 'New competitor' }).click();
    const dialog = page.getByRole('dialog', { name: 'New competitor' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'Verified by' }).fill('Zheng Peng');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByRole('region', { name })).toBeVisible();
  }

  // name, weight, us, Okuma, Haitian
  const rows = [
    ['Price', '40', '6', '8', '9'],
    ['Quality', '30', '8', '7', '6'],
    ['Service', '20', '9', '6', '5'],
    ['Delivery', '10', '7', '7', '8'],
  ] as const;
  for (const [index, [name, weight, us, okuma, haitian]] of rows.entries()) {
    await page.getByRole('button', { name: 'Add criterion' }).click();
    await setCell(page, `Name of criterion ${index + 1}`, name);
    await setCell(page, `Weight of ${name}`, weight);
    await setCell(page, `Score of Us for ${name}`, us);
    await setCell(page, `Score of Okuma China for ${name}`, okuma);
    await setCell(page, `Score of Haitian Precision for ${name}`, haitian);
  }

  // A score outside 1–10 is refused at the cell and nothing is sent.
  await setCell(page, 'Score of Us for Price', '11');
  await expect(page.getByText('Must be at most 10.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Score of Us for Price', exact: true }).press('Escape');

  const shares = page.getByTestId('weight-percent');
  await expect(shares).toHaveText(['40%', '30%', '20%', '10%']);
  // Us: .4×6 + .3×8 + .2×9 + .1×7 = 7.3; Okuma 7.2; Haitian 7.2.
  await expect(page.getByTestId('total-us')).toContainText('7.3 / 10');
  const totals = page.getByRole('table', { name: 'Weighted scores' });
  await expect(totals.getByRole('row', { name: /Okuma China/ })).toContainText('7.2 / 10');
  await expect(totals.getByRole('row', { name: /Haitian Precision/ })).toContainText('7.2 / 10');

  await expect(page.getByTestId('criteria-radar-chart')).toBeVisible();
  const radar = page.getByRole('table', { name: 'Scores by criterion' });
  await expect(radar.getByRole('row', { name: /Price/ })).toContainText(/6.*8.*9/);

  const gaps = page.getByRole('table', { name: 'Where we trail, costliest first' });
  const gapRows = gaps.getByRole('row');
  // Header, then Price vs Haitian (3 × 40% = 1.2), Price vs Okuma (0.8), Delivery vs Haitian (0.1).
  await expect(gapRows).toHaveCount(4);
  await expect(gapRows.nth(1)).toContainText('Price');
  await expect(gapRows.nth(1)).toContainText('Haitian Precision');
  await expect(gapRows.nth(2)).toContainText('Okuma China');
  await expect(gapRows.nth(3)).toContainText('Delivery');

  await workbench.restart();
  await openFixtureDealTab(page, 'Competition');
  await expect(page.getByTestId('total-us')).toContainText('7.3 / 10');
  await expect(page.getByTestId('weight-percent')).toHaveText(['40%', '30%', '20%', '10%']);
});

test('the Enter that picks the characters of a Chinese input method does not save a half-typed criterion', async ({
  page,
}) => {
  await openFixtureDealTab(page, 'Competition');
  await page.getByRole('button', { name: 'Add criterion' }).click();
  const cell = page.getByRole('textbox', { name: 'Name of criterion 1', exact: true });
  await cell.selectText(); // typing replaces "New criterion"

  const saved: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/rpc/criteria.upsert')) saved.push(request.postData() ?? '');
  });
  // What a pinyin input method does: compose "zhengming", Enter picks 证明 (keydown with
  // isComposing), then the characters are committed.
  const ime = await page.context().newCDPSession(page);
  await ime.send('Input.imeSetComposition', {
    text: 'zhengming',
    selectionStart: 9,
    selectionEnd: 9,
  });
  await expect(cell).toHaveValue('zhengming');
  for (const type of ['keyDown', 'keyUp'] as const) {
    await ime.send('Input.dispatchKeyEvent', { type, key: 'Enter', code: 'Enter' });
  }
  await page.keyboard.insertText('证明');
  await expect(cell).toHaveValue('证明');
  await expect(cell).toBeFocused();

  const answer = page.waitForResponse((r) => r.url().includes('/rpc/criteria.upsert'));
  await cell.press('Enter');
  await answer;
  expect(saved).toHaveLength(1);
  expect(JSON.parse(saved[0]!)).toMatchObject({ name: '证明' });
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('the demo deal shows where we trail the incumbent dealer, in Chinese', async ({ page }) => {
    await page.getByRole('link', { name: '项目', exact: true }).click();
    await page.getByRole('cell', { name: /^二厂阀体加工线设备/ }).click();
    await page.getByRole('tab', { name: '竞争' }).click();
    const gaps = page.getByRole('table', { name: /落后/ });
    await expect(gaps.getByRole('row').nth(1)).toContainText('价格');
  });
});
