import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

type Person = { id: string; name: string; managerId: string | null };
type Account = { id: string; name: string };

/** A CSV as Excel in Chinese saves it: GBK bytes, CRLF line ends. */
const gbkCsv = (rows: string[][]) =>
  iconv.encode(rows.map((row) => row.join(',')).join('\r\n') + '\r\n', 'gbk');

async function newAccount(workbench: { rpc<T>(c: string, i?: unknown): Promise<T> }, name: string) {
  return workbench.rpc<Account>('accounts.create', { name });
}

/** The wizard's own file input (other screens have theirs, e.g. the account package's). */
const fileInput = (page: Page, wizard = 'New import') =>
  page.getByRole('tabpanel', { name: wizard }).locator('input[type="file"]');

/** Opens the account and its "Import people…", then reads the file into the wizard. */
async function importPeopleFile(page: Page, account: string, fileName: string, buffer: Buffer) {
  await page.getByRole('textbox', { name: 'Search' }).fill(account);
  await page.getByRole('cell', { name: account }).click();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Import people…' }).click();
  await expect(page.getByRole('heading', { name: 'Import', exact: true })).toBeVisible();
  await fileInput(page).setInputFiles({ name: fileName, mimeType: 'text/csv', buffer });
  await expect(page.getByRole('table', { name: `Found in “${fileName}”` })).toBeVisible();
}

/** From the file step to the preview, checking the suggested mapping on the way. */
async function toPreview(page: Page, account: string) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('radio', { name: 'People' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Account of every row' })).toHaveValue(account);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('combobox', { name: 'Import column “姓名” as' })).toHaveValue('Name');
  await expect(page.getByRole('combobox', { name: 'Import column “职务” as' })).toHaveValue(
    'Title',
  );
  await expect(page.getByRole('combobox', { name: 'Import column “上级” as' })).toHaveValue(
    'Reports to',
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('tablist', { name: /Rows of the file/ })).toBeVisible();
}

test('people of an account from a GBK CSV, with their reporting lines drawn on the map', async ({
  page,
  workbench,
}) => {
  const account = await newAccount(workbench, '杭州联达纺织');
  const file = gbkCsv([
    ['姓名', '职务', '上级'],
    ['王建国', '总经理', ''],
    ['李明', '技术总监', '王建国'],
    ['赵芳', '采购经理', '王建国'],
    ['陈静', '工艺工程师', '李明'],
  ]);
  await importPeopleFile(page, '杭州联达纺织', '联达联系人.csv', file);
  const found = page.getByRole('table', { name: 'Found in “联达联系人.csv”' });
  await expect(found.getByRole('row', { name: /Encoding/ })).toContainText(/GB/);
  await expect(found.getByRole('row', { name: /Rows/ })).toContainText('4');
  expect(await seriousA11yViolations(page, 'main')).toEqual([]);

  await toPreview(page, '杭州联达纺织');
  await expect(page.getByRole('tab', { name: /To create/ })).toContainText('4');
  const rows = page.getByRole('table', { name: 'To create: rows of the file' });
  await expect(rows.getByRole('cell', { name: '陈静' })).toBeVisible();

  await page.getByRole('button', { name: 'Import 4 records' }).click();
  await expect(page.getByText('4 records created')).toBeVisible();
  await page.getByRole('link', { name: 'Open 杭州联达纺织' }).click();

  await expect(page.getByRole('cell', { name: '技术总监' })).toBeVisible();
  const people = await workbench.rpc<Person[]>('people.list', { accountId: account.id });
  const id = (name: string) => people.find((p) => p.name === name)!.id;
  expect(people.find((p) => p.name === '陈静')!.managerId).toBe(id('李明'));
  expect(people.find((p) => p.name === '李明')!.managerId).toBe(id('王建国'));

  await page.getByRole('tab', { name: 'Map' }).click();
  const map = page.locator('[data-testid="org-map"][data-ready="true"]');
  await expect(map).toBeVisible({ timeout: 45_000 });
  await expect(map.getByRole('group', { name: '陈静', exact: true })).toBeVisible();
  for (const [from, to] of [
    ['李明', '王建国'],
    ['赵芳', '王建国'],
    ['陈静', '李明'],
  ]) {
    await expect(
      map.locator(`.react-flow__edge[aria-label="${from} reports to ${to}"]`),
    ).toHaveCount(1);
  }
});

test('a refused row is shown with its reason and not written; a file of refused rows writes nothing', async ({
  page,
  workbench,
}) => {
  const account = await newAccount(workbench, '宁波海川电子');
  const file = gbkCsv([
    ['姓名', '职务', '上级', '生日'],
    ['周强', '总经理', '', '1975/3/5'],
    ['吴磊', '工程师', '周强', '明年春天'],
  ]);
  await importPeopleFile(page, '宁波海川电子', '海川.csv', file);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('combobox', { name: 'Import column “生日” as' })).toHaveValue(
    'Birthday',
  );
  expect(await seriousA11yViolations(page, 'main')).toEqual([]);
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('tab', { name: /Refused/ }).click();
  const refused = page.getByRole('table', { name: 'Refused: rows of the file' });
  const row = refused.getByRole('row', { name: /吴磊/ });
  await expect(row.getByRole('cell').first()).toHaveText('3');
  await expect(row).toContainText('生日: Not a date that can be read: “明年春天”');
  expect(await seriousA11yViolations(page, 'main')).toEqual([]);

  await page.getByRole('button', { name: 'Import 1 record' }).click();
  await expect(page.getByText('1 record created')).toBeVisible();
  const people = await workbench.rpc<Person[]>('people.list', { accountId: account.id });
  expect(people.map((p) => p.name)).toEqual(['周强']);

  // A file whose every row is refused: nothing to import, and nothing written.
  await page.getByRole('button', { name: 'Import another file' }).click();
  const allBad = gbkCsv([
    ['姓名', '职务', '上级', '生日'],
    ['郑一', '主管', '', '某天'],
    ['钱二', '助理', '', '不知道'],
  ]);
  await fileInput(page).setInputFiles({ name: '全错.csv', mimeType: 'text/csv', buffer: allBad });
  await expect(page.getByRole('table', { name: 'Found in “全错.csv”' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  // The mapping of the first file was kept for this source.
  await expect(
    page.getByText('This mapping is the one you saved for Excel/CSV last time.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('No row of this file would be created or changed.')).toBeVisible();
  await expect(page.getByRole('tab', { name: /Refused/ })).toContainText('2');
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);

  // Leaving with a file read and not imported asks first, with the app's one question.
  const leave = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  const stillHere = async () => {
    await leave.getByRole('button', { name: 'Keep editing' }).click();
    await expect(leave).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Import', exact: true })).toBeVisible();
    await expect(page.getByText('No row of this file would be created or changed.')).toBeVisible();
  };
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(leave).toBeVisible();
  // Nothing to save from here: keep editing or discard.
  await expect(leave.getByRole('button', { name: 'Save and continue' })).toHaveCount(0);
  expect(await seriousA11yViolations(page, '[role="dialog"]')).toEqual([]);
  await stillHere();
  // The browser's Back is held by the router before the screen changes.
  await page.goBack();
  await expect(leave).toBeVisible();
  await stillHere();
  // Closing or reloading the tab asks through the browser (its unload event is refused).
  const unloadRefused = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  expect(await unloadRefused()).toBe(true);

  await page.getByRole('link', { name: 'Accounts' }).click();
  await leave.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts' })).toBeVisible();
  expect(await unloadRefused()).toBe(false);

  const after = await workbench.rpc<Person[]>('people.list', { accountId: account.id });
  expect(after.map((p) => p.name)).toEqual(['周强']);
});

test('an import is undone from the import history', async ({ page, workbench }) => {
  const account = await newAccount(workbench, '苏州恒远包装');
  await importPeopleFile(
    page,
    '苏州恒远包装',
    '恒远.csv',
    gbkCsv([
      ['姓名', '职务', '上级'],
      ['孙伟', '厂长', ''],
      ['何丽', '采购主管', '孙伟'],
    ]),
  );
  await toPreview(page, '苏州恒远包装');
  await page.getByRole('textbox', { name: 'Name of this import' }).fill('恒远联系人');
  await page.getByRole('button', { name: 'Import 2 records' }).click();
  await expect(page.getByText('2 records created')).toBeVisible();

  // The history is kept in the workspace: it is there after a restart.
  await workbench.restart();
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await page.getByRole('tab', { name: 'Import history' }).click();
  const history = page.getByRole('table', { name: 'Imports, newest first' });
  const row = history.getByRole('row', { name: /恒远联系人/ });
  await expect(row).toContainText('2 created · 0 updated');
  expect(await seriousA11yViolations(page, 'main')).toEqual([]);
  await row.getByRole('button', { name: 'Undo “恒远联系人”' }).click();
  const confirm = page.getByRole('dialog', { name: 'Undo “恒远联系人”?' });
  await confirm.getByRole('button', { name: 'Undo import' }).click();
  await expect(confirm).toBeHidden();
  await expect(row).toContainText('Undone');
  expect(await workbench.rpc<Person[]>('people.list', { accountId: account.id })).toEqual([]);

  // The people are gone from the account too.
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill('苏州恒远包装');
  await page.getByRole('cell', { name: '苏州恒远包装' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('cell', { name: '孙伟' })).toHaveCount(0);
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('客户 from a UTF-8 CSV with a BOM: a grade of ours, one refused with its reason in Chinese', async ({
    page,
    workbench,
  }) => {
    await page.getByRole('link', { name: '导入', exact: true }).click();
    await fileInput(page, '导入向导').setInputFiles({
      name: '客户.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '\ufeff客户名称,行业,客户等级\r\n杭州联达纺织,纺织,A类\r\n宁波海川电子,电子,Z类\r\n',
        'utf8',
      ),
    });
    const found = page.getByRole('table', { name: '在“客户.csv”中识别到' });
    await expect(found.getByRole('row', { name: /编码/ })).toContainText(/UTF-8/i);
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('radio', { name: '客户' })).toBeChecked();
    await page.getByRole('button', { name: '下一步' }).click();
    await expect(page.getByRole('combobox', { name: '将列“客户名称”导入为' })).toHaveValue('名称');
    await page.getByRole('combobox', { name: '将列“客户等级”导入为' }).click();
    await page.getByRole('option', { name: '等级', exact: true }).click();
    await page.getByRole('button', { name: '下一步' }).click();

    // Values: "A类" is our grade A; "Z类" is none of ours and refuses its row.
    const grades = page.getByRole('table', { name: '等级：文件中的值' });
    await grades.getByRole('combobox', { name: '将等级“A类”导入为' }).click();
    await page.getByRole('option', { name: 'A 级' }).click();
    await expect(grades.getByRole('combobox', { name: '将等级“Z类”导入为' })).toHaveValue(
      '拒绝这些行',
    );
    await page.getByRole('button', { name: '下一步' }).click();

    await page.getByRole('tab', { name: /被拒绝/ }).click();
    const refused = page.getByRole('table', { name: '被拒绝：文件中的行' });
    await expect(refused.getByRole('row', { name: /宁波海川电子/ })).toContainText(
      '客户等级：“Z类”没有对应到本系统的取值。',
    );
    await page.getByRole('button', { name: '导入 1 条记录' }).click();
    await expect(page.getByText('新建 1 条记录')).toBeVisible();

    const accounts = await workbench.rpc<(Account & { grade: string | null })[]>(
      'accounts.list',
      {},
    );
    expect(accounts.find((a) => a.name === '杭州联达纺织')?.grade).toBe('A');
    expect(accounts.some((a) => a.name === '宁波海川电子')).toBe(false);
    await page.getByRole('link', { name: '打开客户列表' }).click();
    await page.getByRole('textbox', { name: '搜索' }).fill('杭州联达');
    await expect(page.getByRole('cell', { name: '杭州联达纺织' })).toBeVisible();
  });
});
