import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Presses keys through page.keyboard and counts every key press (a chord counts once). */
function keyboardCounter(page: Page) {
  let count = 0;
  return {
    async press(key: string) {
      count += 1;
      await page.keyboard.press(key);
    },
    async type(text: string) {
      count += [...text].length;
      await page.keyboard.type(text);
    },
    get count() {
      return count;
    },
  };
}

async function openFixtureDeal(page: Page) {
  await page.getByRole('link', { name: /^(Opportunities|项目)$/ }).click();
  await page
    .getByRole('cell', { name: /^(Plant 1 fixture and tooling upgrade|一厂夹具与刀具系统升级)$/ })
    .click();
}

test('fill a deal’s buying committee from the keyboard, see a red flag come and go, in en and zh-CN, after a restart', async ({
  page,
  workbench,
}) => {
  await openFixtureDeal(page);
  await expect(
    page.getByRole('heading', { name: 'Plant 1 fixture and tooling upgrade' }),
  ).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Buying committee' });
  await expect(grid.getByText('No one on the committee yet')).toBeVisible();

  const keys = keyboardCounter(page);
  /** Alt+N, a name, Enter; then roles (filter, Enter ticks, Tab), attitude, score (skipped), influence. */
  async function addMember(name: string, role: string, attitude: string, influence: string) {
    await keys.press('Alt+N');
    await expect(
      page.getByRole('combobox', { name: 'Add a person to the committee' }),
    ).toBeFocused();
    await keys.type(name);
    await keys.press('Enter');
    await expect(grid.getByRole('gridcell', { name: /^Buying roles/ }).last()).toBeFocused();
    // The new row has the keyboard on its roles; find it by name from here on.
    await keys.type(role);
    await keys.press('Enter');
    await keys.press('Tab');
    await keys.type(attitude);
    await keys.press('Tab');
    await keys.press('Tab');
    await keys.type(influence);
    await keys.press('Enter');
  }

  await addMember('Guo', 'eval', 'sup', 'h');
  const perMember = keys.count;
  // An evaluator alone: no one who decides or approves is known yet.
  const noDecider = page.getByText(
    'No one on the committee is known to be a decision maker, approver or economic buyer.',
  );
  await expect(noDecider).toBeVisible();
  console.log(`Keystrokes to add a member with role, attitude and influence: ${perMember}`);

  const rowOf = (name: string) => grid.getByRole('row', { name: new RegExp(name) });
  const guo = rowOf('Guo Zhenhua');
  await expect(guo.getByRole('gridcell', { name: 'Buying roles: Evaluator' })).toBeVisible();
  await expect(guo.getByRole('gridcell', { name: 'Attitude: Supporter' })).toBeVisible();
  await expect(guo.getByRole('gridcell', { name: 'Influence: High' })).toBeVisible();

  await addMember('Ma Guo', 'decision', 'neu', 'h');
  await expect(noDecider).toBeHidden();
  await addMember('Song', 'handler', 'sup', 'm');
  await addMember('Wang Jian', 'appr', 'opp', 'h');
  await expect(grid.getByRole('row')).toHaveCount(5);

  // Ma Guodong decides and was never contacted: a red flag with a link to him.
  const flag = page.getByText('Ma Guodong decides or approves but has never been contacted.');
  await expect(flag).toBeVisible();

  // Contact him (from the keyboard): his contact cell, type-to-pick "Frequent".
  const ma = rowOf('Ma Guodong');
  await ma.getByRole('gridcell', { name: /^Contact/ }).click();
  await page.keyboard.type('freq');
  await page.keyboard.press('Enter');
  await expect(ma.getByRole('gridcell', { name: 'Contact: Frequent' })).toBeVisible();
  await expect(flag).toBeHidden();

  // A refused edit says why at the cell and keeps the old value.
  const last = ma.getByRole('gridcell', { name: /^Last contact/ });
  await last.click();
  await page.keyboard.type('2026-13-45');
  await page.keyboard.press('Enter');
  await expect(last.getByRole('alert')).toHaveText('Not a valid date (YYYY-MM-DD).');
  // Nothing stored for him on this deal; the date shown is his last activity with the account
  // (the demo's call of 9 October on the Plant 2 deal).
  await expect(last).toHaveAccessibleName('Last contact: Oct 9, 2026');

  // The influence × attitude grid's table agrees with the matrix.
  const chartTable = page.getByRole('table', { name: 'Influence × attitude' });
  const high = chartTable.getByRole('row', { name: /^High influence/ });
  // Columns: opponent, neutral, supporter.
  await expect(high.getByRole('cell').nth(0)).toHaveText('Wang Jianguo');
  await expect(high.getByRole('cell').nth(1)).toHaveText('Ma Guodong');
  await expect(high.getByRole('cell').nth(2)).toHaveText('Guo Zhenhua');
  await expect(
    chartTable
      .getByRole('row', { name: /^Medium influence/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('Song Lijun');

  // The same screen in Chinese.
  await page.getByRole('button', { name: '中文' }).click();
  const zhGrid = page.getByRole('grid', { name: '采购中心' });
  for (const header of [
    '人员',
    '层级',
    '科室类型',
    '采购角色',
    '态度',
    '影响力',
    '联系',
    '关系负责人',
    '最近联系',
    '关注点',
  ]) {
    await expect(zhGrid.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  }
  await expect(page.getByText('还没有支持我方的教练/内线。')).toBeVisible();
  await expect(
    zhGrid
      .getByRole('row', { name: /马国栋|Ma Guodong/ })
      .getByRole('gridcell', { name: '联系：频繁' }),
  ).toBeVisible();

  await workbench.restart();
  await openFixtureDeal(page);
  const after = page.getByRole('grid', { name: '采购中心' });
  await expect(after.getByRole('row')).toHaveCount(5);
  await expect(after.getByRole('gridcell', { name: '态度：反对者' })).toHaveCount(1);
});

test('a committee where nothing is known scores low and says what is missing, in en and zh-CN', async ({
  page,
}) => {
  await openFixtureDeal(page);
  await expect(
    page.getByRole('heading', { name: 'Plant 1 fixture and tooling upgrade' }),
  ).toBeVisible();
  const grid = page.getByRole('grid', { name: 'Buying committee' });
  await expect(grid.getByText('No one on the committee yet')).toBeVisible();
  // People added with nothing else: no roles, no influence, never contacted (scored 60 before).
  for (const [i, name] of ['Guo', 'Song', 'Wang Jian'].entries()) {
    await page.keyboard.press('Alt+N');
    const add = page.getByRole('combobox', { name: 'Add a person to the committee' });
    await expect(add).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(grid.getByRole('row')).toHaveCount(i + 2);
    await expect(grid.getByRole('gridcell', { name: /^Buying roles/ }).first()).toBeVisible();
  }
  await expect(page.getByTestId('coverage-score')).toHaveText('20 of 100');
  const flags = page.getByRole('list', { name: 'Red flags' });
  await expect(
    flags.getByText(
      'No one on the committee is known to be a decision maker, approver or economic buyer.',
    ),
  ).toBeVisible();
  await expect(flags.getByText(/^The influence of .+ is unknown\.$/)).toHaveCount(3);
  await expect(flags.getByText('The influence of Guo Zhenhua is unknown.')).toBeVisible();
  // The rules the score explains include the new ones.
  await page.getByText('How the score is computed').click();
  await expect(page.getByText('A member whose influence is unknown (each)')).toBeVisible();

  await page.getByRole('button', { name: '中文' }).click();
  const zhFlags = page.getByRole('list', { name: '风险信号' });
  await expect(zhFlags.getByText('采购中心里还没有识别出决策者、批准者或经济买家。')).toBeVisible();
  await expect(zhFlags.getByText(/的影响力未知。$/)).toHaveCount(3);
  await expect(page.getByTestId('coverage-score')).toHaveText('20 / 100 分');
});

test('a relationship plan written in the person panel clears the influential-opponent flag and is kept', async ({
  page,
  workbench,
}) => {
  await page.getByRole('link', { name: 'Opportunities' }).click();
  await page.getByRole('cell', { name: /^Plant 2 valve-body machining line/ }).click();
  const flag = page.getByText('Deng Wei is an influential opponent with no plan to reach them.');
  await expect(flag).toBeVisible();

  // The flag's link leads to the person's row; Shift+Enter there opens their panel for this deal.
  const flags = page.getByRole('list', { name: 'Red flags' });
  const grid = page.getByRole('grid', { name: 'Buying committee' });
  await flags.getByRole('button', { name: 'Open Deng Wei' }).first().click();
  await expect(grid.locator(':focus')).toContainText('Deng Wei');
  await page.keyboard.press('Shift+Enter');
  const panel = page.getByRole('dialog', { name: 'Deng Wei on this deal' });
  const route = 'Zhou Zhiqiang introduces us; joint IT security review with our integration lead';
  await panel.getByLabel('Our route').fill(route);
  await panel.getByRole('button', { name: 'Save' }).click();
  await expect(panel).toBeHidden();
  await expect(flag).toHaveCount(0);

  await workbench.restart();
  await page.getByRole('link', { name: 'Opportunities' }).click();
  await page.getByRole('cell', { name: /^Plant 2 valve-body machining line/ }).click();
  await expect(page.getByText(/^Deng Wei is an influential opponent/)).toHaveCount(0);
  // His contact is still stale, so that flag still leads to him.
  await flags.getByRole('button', { name: 'Open Deng Wei' }).first().click();
  await expect(grid.locator(':focus')).toContainText('Deng Wei');
  await page.keyboard.press('Shift+Enter');
  await expect(panel.getByLabel('Our route')).toHaveValue(route);
});
