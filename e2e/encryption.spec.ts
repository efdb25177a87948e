import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { startShell } from './shell.ts';

const NEW_ACCOUNT = 'Ningbo Haixing Optics';
const PASSPHRASE = 'blue river, seven lanterns';

async function openWorkspaceSettings(page: Page) {
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace', exact: true })).toBeVisible();
}

/** True when the name is readable in the file's bytes. */
const holds = (file: string, name: string) =>
  existsSync(file) && readFileSync(file).includes(Buffer.from(name, 'utf8'));

test('set a passphrase in Settings → Workspace: the file is encrypted, a restart with DEAL_WORKBENCH_PASSPHRASE shows the data, a wrong one is refused', async ({
  page,
  workbench,
}) => {
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'New account' }).click();
  const accountForm = page.getByRole('dialog', { name: 'New account' });
  await accountForm.getByRole('textbox', { name: /^Name/ }).fill(NEW_ACCOUNT);
  await accountForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: NEW_ACCOUNT })).toBeVisible();
  expect(
    holds(workbench.dbPath, NEW_ACCOUNT) || holds(`${workbench.dbPath}-wal`, NEW_ACCOUNT),
  ).toBe(true);

  await openWorkspaceSettings(page);
  await expect(page.getByText(/^Not encrypted:/)).toBeVisible();
  await page.getByRole('button', { name: 'Set a passphrase…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Encrypt the workspace' });
  await expect(dialog).toContainText('if it is lost, nobody can open them again');
  // Too short, then two that differ: refused next to their fields.
  await dialog.getByRole('textbox', { name: 'New passphrase', exact: true }).fill('short');
  await dialog.getByRole('textbox', { name: 'Repeat the new passphrase' }).fill('short');
  await dialog.getByRole('button', { name: 'Encrypt' }).click();
  await expect(dialog.getByText('A passphrase needs at least 8 characters.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(PASSPHRASE);
  await dialog.getByRole('textbox', { name: 'Repeat the new passphrase' }).fill(`${PASSPHRASE}!`);
  await expect(dialog.getByText('The two passphrases are not the same.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Repeat the new passphrase' }).fill(PASSPHRASE);
  await dialog.getByRole('button', { name: 'Encrypt' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expect(page.getByText(/^The workspace and its backups are encrypted\./)).toBeVisible();
  await expect(page.getByText(/^Encrypted with a passphrase:/)).toBeVisible();
  const backups = page.getByRole('table', { name: 'Backups, newest first' });
  await expect(backups.getByRole('row', { name: /Before a passphrase change/ })).toHaveCount(1);

  // Nothing readable on disk: not the new account, not the demo's.
  for (const file of [workbench.dbPath, `${workbench.dbPath}-wal`]) {
    expect(holds(file, NEW_ACCOUNT), file).toBe(false);
    expect(holds(file, 'Temp Precision Machinery'), file).toBe(false);
  }

  // Another shell with a wrong passphrase (or none) is refused, saying why.
  await expect(
    startShell({ dbPath: workbench.dbPath, passphrase: 'not it at all' }),
  ).rejects.toThrow('The passphrase does not open the workspace');
  await expect(startShell({ dbPath: workbench.dbPath })).rejects.toThrow(
    'its passphrase is needed to open it',
  );

  await workbench.restart({ passphrase: PASSPHRASE });
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('textbox', { name: 'Search' }).fill('Haixing');
  await expect(page.getByRole('cell', { name: NEW_ACCOUNT })).toBeVisible();
  await openWorkspaceSettings(page);
  await expect(page.getByText(/^Encrypted with a passphrase:/)).toBeVisible();
});
