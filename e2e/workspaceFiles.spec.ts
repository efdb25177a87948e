import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

// The workspace as a file the user manages (issue 13), in the browser shell: save a copy, make a
// new workspace, open the copy again from the recent list, and all of it after a restart.

async function openWorkspaceSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace files' })).toBeVisible();
}

/** Fills a file dialog's path and submits it with `confirm`. */
async function submitPath(page: Page, dialogName: string, path: string, confirm: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await dialog.getByRole('textbox', { name: 'File path' }).fill(path);
  await dialog.getByRole('button', { name: confirm }).click();
  return dialog;
}

const accountCell = (page: Page, name: string) => page.getByRole('cell', { name, exact: true });

test('save a copy, create a new workspace, open the copy from the recent list, after a restart too', async ({
  page,
  workbench,
}) => {
  const folder = dirname(workbench.dbPath);
  const copy = join(folder, 'team copy.sqlite');
  const fresh = join(folder, 'fresh.sqlite');
  await workbench.rpc('accounts.create', { name: 'Copied Precision Co' });

  await openWorkspaceSettings(page);
  // A relative path is refused with the reason, and nothing is written.
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  let dialog = await submitPath(
    page,
    'Save a copy of the workspace',
    'copy.sqlite',
    'Save the copy',
  );
  await expect(dialog.getByText(/^Give the full path/)).toBeVisible();
  dialog = await submitPath(page, 'Save a copy of the workspace', copy, 'Save the copy');
  await expect(page.getByText(`Saved a copy to ${copy}.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(existsSync(copy)).toBe(true);

  // Saving onto the same file again is refused unless asked to replace it.
  await page.getByRole('button', { name: 'Save a copy…' }).click();
  dialog = await submitPath(page, 'Save a copy of the workspace', copy, 'Save the copy');
  await expect(dialog.getByText('A file with this name already exists.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // A new, empty workspace replaces the open one: the accounts list is empty.
  await page.getByRole('button', { name: 'New workspace…' }).click();
  await submitPath(page, 'New workspace', fresh, 'Create and open');
  await expect(page.getByText(`Created and opened the workspace ${fresh}.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Workspace file' })).toContainText(fresh);
  await workbench.rpc('accounts.create', { name: 'Fresh Start Co' });

  // The copy, from the recent list, after a confirmation.
  const recent = page.getByRole('table', { name: 'Recent workspaces, newest first' });
  await expect(recent.getByRole('row')).toHaveCount(4); // header, fresh, copy, the original
  await recent.getByRole('button', { name: 'Open team copy.sqlite' }).click();
  const confirm = page.getByRole('dialog', { name: 'Open this workspace?' });
  await confirm.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText(`Opened the workspace ${copy}.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Workspace file' })).toContainText(copy);

  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(accountCell(page, 'Copied Precision Co')).toBeVisible();
  await expect(accountCell(page, 'Fresh Start Co')).toHaveCount(0);

  // After a restart (on the original file), the list still knows both, and each kept its data.
  await workbench.restart();
  await openWorkspaceSettings(page);
  await expect(recent.getByRole('row')).toHaveCount(4);
  await recent.getByRole('button', { name: 'Open fresh.sqlite' }).click();
  await confirm.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText(`Opened the workspace ${fresh}.`)).toBeVisible();
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(accountCell(page, 'Fresh Start Co')).toBeVisible();
  await expect(accountCell(page, 'Copied Precision Co')).toHaveCount(0);
});
