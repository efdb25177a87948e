import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const TEMP = /^Temp Precision Machinery/;

async function openPlant2Committee(page: Page) {
  await page.getByRole('link', { name: 'Opportunities' }).click();
  await page.getByRole('cell', { name: /^Plant 2 valve-body machining line/ }).click();
  return page.getByRole('grid', { name: 'Buying committee' });
}

/** The map once laid out (elkjs in a worker can take long on a loaded 2-core machine). */
async function openTempMap(page: Page) {
  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('cell', { name: TEMP }).click();
  await page.getByRole('tab', { name: 'Map' }).click();
  const map = page.locator('[data-testid="org-map"][data-ready="true"]');
  await expect(map).toBeVisible({ timeout: 45_000 });
  return map;
}

test('erase a person: gone from the people list, the committee and the map, and still gone after a restart', async ({
  page,
  workbench,
}) => {
  // On Plant 2's committee and on Temp's map before.
  await expect((await openPlant2Committee(page)).getByText('Deng Wei')).not.toHaveCount(0);
  await expect(
    (await openTempMap(page)).getByRole('group', { name: 'Deng Wei', exact: true }),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('cell', { name: 'Deng Wei', exact: true }).click();
  await page.getByRole('button', { name: 'Erase…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase “Deng Wei” for good?' });
  const removes = dialog.getByRole('list', { name: 'This removes:' });
  await expect(removes).toContainText(/\d+ buying center membership/);
  await expect(removes).toContainText(/\d+ influence line/);
  await expect(removes).toContainText(/change history entr/);

  const confirm = dialog.getByRole('button', { name: 'Erase for good' });
  const typed = dialog.getByRole('textbox', { name: /Type “Deng Wei” to confirm/ });
  await typed.fill('Deng');
  await expect(confirm).toBeDisabled();
  await typed.fill('Deng Wei');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('“Deng Wei” was erased.')).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Edit person' })).toBeHidden();
  await expect(page.getByRole('cell', { name: 'Deng Wei', exact: true })).toHaveCount(0);

  const history = await workbench.rpc<{ data: unknown }>('history.list', { limit: 1000 });
  expect(JSON.stringify(history)).not.toContain('Deng Wei');

  for (const round of ['before', 'after'] as const) {
    if (round === 'after') await workbench.restart();
    await expect((await openPlant2Committee(page)).getByText('Deng Wei')).toHaveCount(0);
    const map = await openTempMap(page);
    await expect(map.getByRole('group', { name: 'Du Haitao', exact: true })).toBeVisible();
    await expect(map.getByRole('group', { name: 'Deng Wei', exact: true })).toHaveCount(0);
    await page.getByRole('tab', { name: 'People' }).click();
    await expect(page.getByRole('cell', { name: 'Du Haitao', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'Deng Wei', exact: true })).toHaveCount(0);
  }
});

test('erase an account from its page: confirmed by its name, gone from the list after a restart', async ({
  page,
  workbench,
}) => {
  await page.getByRole('cell', { name: TEMP }).click();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Erase…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Erase “Temp Precision Machinery/ });
  const removes = dialog.getByRole('list', { name: 'This removes:' });
  await expect(removes).toContainText(/\d+ people/);
  await expect(removes).toContainText(/\d+ opportunities, with their committees/);
  await dialog
    .getByRole('textbox', { name: /^Type “Temp Precision Machinery/ })
    .fill('Temp Precision Machinery Co., Ltd.');
  await dialog.getByRole('button', { name: 'Erase for good' }).click();
  await expect(page.getByText('“Temp Precision Machinery Co., Ltd.” was erased.')).toBeVisible();

  await workbench.restart();
  // Not archived but gone: the list with archived accounts does not have it either.
  await page.getByRole('switch', { name: 'Show archived' }).check({ force: true });
  await expect(page.getByRole('cell', { name: /^Jinyue Heavy Machinery/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: TEMP })).toHaveCount(0);
  await page.getByRole('link', { name: 'Opportunities' }).click();
  await expect(page.getByRole('cell', { name: /^Plant 2 valve-body machining line/ })).toHaveCount(
    0,
  );
});
