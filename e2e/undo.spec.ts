import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

const toasts = (page: Page) => page.locator('.mantine-Notifications-root');

test('archive an account, click Undo on the toast: it is back, and redo archives it again', async ({
  page,
}) => {
  await page.getByRole('cell', { name: /^Chengdu Rongjin/ }).click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Archived', { exact: true }).first()).toBeVisible();

  const toast = toasts(page).getByRole('alert').filter({ hasText: 'Account archived.' });
  await expect(toast).toBeVisible();
  // Hovering keeps it open while axe looks at it.
  await toast.hover();
  expect(await seriousA11yViolations(page, '.mantine-Notifications-root')).toEqual([]);
  await toast.getByRole('button', { name: 'Undo' }).click();

  const undone = toasts(page).getByRole('alert').filter({ hasText: 'Change undone.' });
  await expect(undone).toBeVisible();
  await expect(page.getByText('Archived', { exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('cell', { name: /^Chengdu Rongjin/ })).toBeVisible();

  await undone.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByRole('cell', { name: /^Chengdu Rongjin/ })).toHaveCount(0);
});

test('Ctrl+Z after an edit takes it back, Ctrl+Shift+Z brings it again; kept across a restart', async ({
  page,
  workbench,
}) => {
  await page.getByRole('cell', { name: /^Temp Precision Machinery/ }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('cell', { name: 'Du Haitao', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Edit person' });
  await form.getByRole('textbox', { name: /^Title/ }).fill('Chief engineer');
  // Ctrl+Z in a text field (or with a dialog open) is the field's own: nothing to undo is said.
  await form.getByRole('textbox', { name: /^Title/ }).press('Control+z');
  await expect(toasts(page).getByText('There is nothing to undo.')).toHaveCount(0);
  await form.getByRole('textbox', { name: /^Title/ }).fill('Chief engineer');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(toasts(page).getByText('Person saved.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Chief engineer' })).toBeVisible();

  await page.locator('body').press('Control+z');
  await expect(toasts(page).getByText('Change undone.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Chief engineer' })).toHaveCount(0);

  await page.locator('body').press('Control+Shift+z');
  await expect(toasts(page).getByText('Change redone.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Chief engineer' })).toBeVisible();

  // The steps are kept in the workspace: after a restart Ctrl+Z still takes the edit back.
  await workbench.restart();
  await page.getByRole('cell', { name: /^Temp Precision Machinery/ }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('cell', { name: 'Chief engineer' })).toBeVisible();
  await page.locator('body').press('Control+z');
  await expect(page.getByRole('cell', { name: 'Chief engineer' })).toHaveCount(0);
});

test('a refused undo says why and changes nothing', async ({ page, workbench }) => {
  await page.getByRole('cell', { name: /^Temp Precision Machinery/ }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('cell', { name: 'Du Haitao', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Edit person' });
  await form.getByRole('textbox', { name: /^Title/ }).fill('Chief engineer');
  await form.getByRole('button', { name: 'Save' }).click();
  const toast = toasts(page).getByRole('alert').filter({ hasText: 'Person saved.' });
  await expect(toast).toBeVisible();

  // Someone else (another window) changes the same field meanwhile.
  const people = await workbench.rpc<{ id: string; name: string; version: number }[]>(
    'people.list',
    { accountId: await accountId(workbench, /^Temp Precision Machinery/) },
  );
  const du = people.find((p) => p.name === 'Du Haitao')!;
  await workbench.rpc('people.update', { id: du.id, version: du.version, title: 'Plant head' });

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(
    toasts(page).getByText('Not undone: a field it changed was changed again afterwards.', {
      exact: false,
    }),
  ).toBeVisible();
  const after = await workbench.rpc<{ title: string }>('people.get', { id: du.id });
  expect(after.title).toBe('Plant head');
});

async function accountId(
  workbench: { rpc<T>(channel: string, input?: unknown): Promise<T> },
  name: RegExp,
) {
  const accounts = await workbench.rpc<{ id: string; name: string }[]>('accounts.list', {});
  return accounts.find((a) => name.test(a.name))!.id;
}

test.describe('on a Chinese system', () => {
  test.use({ lang: 'zh-CN' });

  test('the toast and its Undo are in Chinese', async ({ page }) => {
    await page.getByRole('cell', { name: /天普/ }).first().click();
    await page.getByRole('button', { name: '归档' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '归档' }).click();
    const toast = toasts(page).getByRole('alert').filter({ hasText: '已归档客户。' });
    await expect(toast).toBeVisible();
    await toast.hover();
    expect(await seriousA11yViolations(page, '.mantine-Notifications-root')).toEqual([]);
    await toast.getByRole('button', { name: '撤销' }).click();
    await expect(toasts(page).getByText('已撤销更改。')).toBeVisible();
    await expect(toasts(page).getByRole('button', { name: '重做' })).toBeVisible();
  });
});
