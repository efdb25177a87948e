import Database from 'better-sqlite3-multiple-ciphers';
import { test, expect } from './fixtures.ts';

type Person = {
  id: string;
  name: string;
  title: string;
  version: number;
  managerId: string | null;
};

const LOCKED = {
  en: 'Another program is holding the workspace file. Close it (a sync or backup tool, another copy of Deal Workbench), then try again. Nothing was saved.',
  'zh-CN':
    '另一个程序正占用工作区文件。请关闭它（同步或备份工具、另一个工作台窗口）后重试。未保存任何内容。',
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test.describe(lang, () => {
    test.use({ lang });

    test('a save while another program holds the workspace file says so, saves nothing, and works once it lets go', async ({
      page,
      workbench,
    }) => {
      test.setTimeout(60_000);
      const [temp] = (
        await workbench.rpc<{ id: string; name: string }[]>('accounts.list', {})
      ).filter((a) => a.name.startsWith('Temp') || a.name.startsWith('天'));
      const person = (await workbench.rpc<Person[]>('people.list', { accountId: temp!.id }))[0]!;

      await page.getByRole('cell', { name: new RegExp(`^${temp!.name}`) }).click();
      await page.getByRole('tab', { name: lang === 'en' ? 'People' : '联系人' }).click();
      await page.getByRole('row', { name: new RegExp(`^${person.name}`) }).click();
      const form = page.getByRole('dialog');
      const title = form.getByLabel(lang === 'en' ? 'Title' : '职务');
      await title.fill('Chief buyer');

      // Another program (here: this test) takes the file's write lock and keeps it.
      const other = new Database(workbench.dbPath);
      other.exec('BEGIN EXCLUSIVE');
      try {
        await form.getByRole('button', { name: lang === 'en' ? 'Save' : '保存' }).click();
        // The server waits out its busy timeout (5 s) before it gives up.
        await expect(form.getByText(LOCKED[lang])).toBeVisible({ timeout: 15_000 });
        await expect(title).toHaveValue('Chief buyer');
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
      expect(await workbench.rpc<Person>('people.get', { id: person.id })).toMatchObject({
        title: person.title,
        version: person.version,
      });

      await form.getByRole('button', { name: lang === 'en' ? 'Save' : '保存' }).click();
      await expect(form).toBeHidden();
      expect(await workbench.rpc<Person>('people.get', { id: person.id })).toMatchObject({
        title: 'Chief buyer',
        version: person.version + 1,
      });
    });
  });
}
