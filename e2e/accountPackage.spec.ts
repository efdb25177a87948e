import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect, type Workbench } from './fixtures.ts';

// Sharing an account as a file (issue 14): export Temp's package from the demo workspace, import
// it into a second workspace, change one person on both sides, carry the change over again and
// settle the conflict in the package's favour.

const TEMP = /^Temp Precision Machinery/;

type Person = { id: string; name: string; title: string; version: number };

async function tempAccount(workbench: Workbench) {
  const accounts = await workbench.rpc<{ id: string; name: string }[]>('accounts.list', {});
  return accounts.find((a) => TEMP.test(a.name))!;
}

async function person(workbench: Workbench, id: string) {
  return workbench.rpc<Person>('people.get', { id });
}

async function retitle(workbench: Workbench, id: string, title: string) {
  const current = await person(workbench, id);
  await workbench.rpc('people.update', { id, version: current.version, title });
}

/** Opens another workspace file in the running shell, then the accounts list. */
async function switchTo(page: Page, workbench: Workbench, path: string, create = false) {
  await workbench.rpc(create ? 'workspace.create' : 'workspace.open', { path });
  await page.reload();
  await page.getByRole('link', { name: 'Accounts' }).click();
}

/** "Export account package…" on Temp's page; the downloaded file saved at `to`. */
async function exportTemp(page: Page, to: string): Promise<string> {
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('cell', { name: TEMP }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Export account package…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Temp Precision Machinery.*\.dwpkg$/);
  await file.saveAs(to);
  await expect(page.getByText(/^Account package saved as /)).toBeVisible();
  return to;
}

async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import account package…' }).click();
  await (await chooser).setFiles(path);
}

test('export an account package, import it elsewhere, change a person on both sides, take theirs', async ({
  page,
  workbench,
}) => {
  const folder = dirname(workbench.dbPath);
  const original = workbench.dbPath;
  const colleague = join(folder, 'colleague.sqlite');
  const temp = await tempAccount(workbench);
  const people = await workbench.rpc<Person[]>('people.list', { accountId: temp.id });
  const someone = people.find((p) => p.title !== '')!;

  const first = await exportTemp(page, join(folder, 'first.dwpkg'));

  // The colleague's empty workspace: everything in the package is new.
  await switchTo(page, workbench, colleague, true);
  await importFile(page, first);
  let dialog = page.getByRole('dialog', { name: 'Import account package' });
  await expect(dialog.getByText(/^“Temp Precision Machinery/)).toBeVisible();
  await expect(dialog.getByText('Changed on both sides: 0')).toBeVisible();
  await expect(dialog.getByText(/^New: \d+$/)).toBeVisible();
  await expect(
    dialog.getByRole('row', { name: new RegExp(`Person ${someone.name}`) }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('status')).toContainText(/^Imported: \d+ added, 0 updated, 0 kept/);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  // Closing opens the imported account.
  await expect(page.getByRole('heading', { name: TEMP })).toBeVisible();
  expect((await person(workbench, someone.id)).title).toBe(someone.title);

  // A file that is not a package is refused with its reason, and nothing is written.
  const garbage = join(folder, 'notes.dwpkg');
  writeFileSync(garbage, 'meeting notes, not a package');
  await page.getByRole('link', { name: 'Accounts' }).click();
  await importFile(page, garbage);
  await expect(
    page.getByText('This file is not a Deal Workbench account package. Nothing was imported.'),
  ).toBeVisible();

  // Both sides change the same person.
  await retitle(workbench, someone.id, 'Title set by the colleague');
  await switchTo(page, workbench, original);
  await retitle(workbench, someone.id, 'Title set by the lead');
  const second = await exportTemp(page, join(folder, 'second.dwpkg'));

  await switchTo(page, workbench, colleague);
  await importFile(page, second);
  dialog = page.getByRole('dialog', { name: 'Import account package' });
  await expect(dialog.getByText('Changed on both sides: 1')).toBeVisible();
  const row = dialog.getByRole('row', { name: new RegExp(`Person ${someone.name}`) });
  await expect(
    row.getByText('Title: here “Title set by the colleague”, package “Title set by the lead”'),
  ).toBeVisible();
  // Mine is the default; take theirs for this record.
  await expect(row.getByRole('radio', { name: 'Mine' })).toBeChecked();
  await row.getByText('Theirs', { exact: true }).click();
  await expect(row.getByRole('radio', { name: 'Theirs' })).toBeChecked();
  expect(await seriousA11yViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('status')).toContainText('0 added, 1 updated, 0 kept');
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // The person's title is the lead's, on the map's people list and after a restart.
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('cell', { name: 'Title set by the lead' })).toBeVisible();
  expect((await person(workbench, someone.id)).title).toBe('Title set by the lead');
  const history = await workbench.rpc<{ action: string; after: { title?: string } }[]>(
    'history.list',
    { entity: 'person', entityId: someone.id },
  );
  expect(history[0]).toMatchObject({ action: 'update', after: { title: 'Title set by the lead' } });
});
