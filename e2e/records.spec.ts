import { test, expect } from './fixtures.ts';

test('an account and a person created in the UI are still there after a restart', async ({
  page,
  workbench,
}) => {
  await page.getByRole('button', { name: 'New account' }).click();
  const accountForm = page.getByRole('dialog', { name: 'New account' });
  await accountForm.getByRole('textbox', { name: /^Name/ }).fill('Hangzhou Lianda Textiles');
  await accountForm.getByLabel('Industry').fill('Textiles');
  await accountForm.getByLabel('Region').fill('Hangzhou');
  await accountForm.getByRole('button', { name: 'Save' }).click();
  await expect(accountForm).toBeHidden();

  // Creating an account opens it.
  await expect(page.getByRole('heading', { name: 'Hangzhou Lianda Textiles' })).toBeVisible();
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('button', { name: 'New person' }).click();
  const personForm = page.getByRole('dialog', { name: 'New person' });
  await personForm.getByRole('textbox', { name: /^Name/ }).fill('Liu Fang');
  await personForm.getByRole('textbox', { name: /^Title/ }).fill('Purchasing manager');
  await personForm.getByLabel('E-mail').fill('liu.fang@lianda.example');
  await personForm.getByRole('button', { name: 'Save' }).click();
  await expect(personForm).toBeHidden();
  await expect(page.getByRole('cell', { name: 'Liu Fang' })).toBeVisible();

  await workbench.restart();

  await page.getByRole('textbox', { name: 'Search' }).fill('Lianda');
  await page.getByRole('cell', { name: 'Hangzhou Lianda Textiles' }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await expect(page.getByRole('cell', { name: 'Liu Fang' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Purchasing manager' })).toBeVisible();
});

test('an opportunity takes its stage probability, needs a reason when lost, and survives a restart', async ({
  page,
  workbench,
}) => {
  await page.getByRole('cell', { name: /^Temp Precision Machinery/ }).click();
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const form = page.getByRole('dialog', { name: 'New opportunity' });
  await form.getByRole('textbox', { name: /^Name/ }).fill('Spare parts framework 2027');
  await form.getByLabel('Amount').fill('860000');
  await form.getByRole('combobox', { name: 'Sales stage' }).click();
  await page.getByRole('option', { name: /^5 · / }).click();
  await expect(form.getByLabel('Probability (%)')).toHaveValue('50');

  await form.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Lost', exact: true }).click();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Give a reason when a deal is lost or dropped.')).toBeVisible();
  await expect(form).toBeVisible();

  await form.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Open', exact: true }).click();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('cell', { name: 'Spare parts framework 2027' })).toBeVisible();

  await workbench.restart();
  await page.getByRole('link', { name: 'Opportunities' }).click();
  const row = page.getByRole('row', { name: /Spare parts framework 2027/ });
  await expect(row).toBeVisible();
  await expect(row.getByRole('cell', { name: '50%' })).toBeVisible();
});

test('archiving an account hides it until "Show archived" is on, and restore brings it back', async ({
  page,
  workbench,
}) => {
  await page.getByRole('cell', { name: /^Chengdu Rongjin/ }).click();
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Archived', { exact: true }).first()).toBeVisible();

  await workbench.restart();
  await expect(page.getByRole('cell', { name: /^Temp Precision Machinery/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^Chengdu Rongjin/ })).toHaveCount(0);
  await page.getByText('Show archived').click();
  await page.getByRole('cell', { name: /^Chengdu Rongjin/ }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();

  await expect(page.getByText('Archived', { exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: 'Accounts' }).click();
  await page.getByText('Show archived').click();
  await expect(page.getByRole('cell', { name: /^Chengdu Rongjin/ })).toBeVisible();
});
