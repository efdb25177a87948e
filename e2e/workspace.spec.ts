import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const NEW_ACCOUNT = 'Hangzhou Lianda Textiles';

async function openWorkspaceSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace', exact: true })).toBeVisible();
}

async function searchAccounts(page: Page, text: string) {
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill(text);
}

/** The list has loaded (the demo's Temp is there) and the account added after the backup is not. */
async function expectAccountGone(page: Page) {
  await searchAccounts(page, 'Temp');
  await expect(page.getByRole('cell', { name: /^Temp Precision Machinery/ })).toBeVisible();
  await page.getByRole('textbox', { name: 'Search' }).fill('Lianda');
  await expect(page.getByRole('cell', { name: NEW_ACCOUNT })).toHaveCount(0);
}

test('restore a backup from Settings → Workspace: a change made after it is gone, the pre-restore backup is kept, a restart keeps both', async ({
  page,
  workbench,
}) => {
  // Back up now: the backup is listed first, taken by hand.
  await openWorkspaceSettings(page);
  const fileFacts = page.getByRole('table', { name: 'Workspace file' });
  await expect(fileFacts.getByRole('row', { name: /^State/ })).toContainText('In good order');
  await expect(fileFacts.getByRole('row', { name: /^File/ })).toContainText(workbench.dbPath);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^Backed up: /)).toBeVisible();
  const backups = page.getByRole('table', { name: 'Backups, newest first' });
  const manual = backups.getByRole('row', { name: /Backed up by hand/ });
  await expect(manual).toHaveCount(1);
  await expect(backups.getByRole('row').nth(1)).toContainText('Backed up by hand');

  // A change after the backup: a new account.
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'New account' }).click();
  const accountForm = page.getByRole('dialog', { name: 'New account' });
  await accountForm.getByRole('textbox', { name: /^Name/ }).fill(NEW_ACCOUNT);
  await accountForm.getByRole('button', { name: 'Save' }).click();
  await expect(accountForm).toBeHidden();
  await expect(page.getByRole('heading', { name: NEW_ACCOUNT })).toBeVisible();
  await searchAccounts(page, 'Lianda');
  await expect(page.getByRole('cell', { name: NEW_ACCOUNT })).toBeVisible();

  // Restore the backup, after a confirmation naming it.
  await openWorkspaceSettings(page);
  await manual.getByRole('button', { name: /^Restore the backup of / }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText(/\(\d+ accounts?, \d+ deals?, \d+ (person|people)\)/);
  await expect(confirm).toContainText('The current workspace is backed up first');
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(/^Restored the backup of /)).toBeVisible();
  await expect(backups.getByRole('row', { name: /Before a restore/ })).toHaveCount(1);

  // Every view shows the restored data: the account added after the backup is gone.
  await expectAccountGone(page);

  await workbench.restart();
  await expectAccountGone(page);
  await openWorkspaceSettings(page);
  await expect(backups.getByRole('row', { name: /Before a restore/ })).toHaveCount(1);
  await expect(backups.getByRole('row', { name: /Backed up by hand/ })).toHaveCount(1);
  await expect(fileFacts.getByRole('row', { name: /^State/ })).toContainText('In good order');
});
