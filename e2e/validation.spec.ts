import { test, expect } from './fixtures.ts';

type Named = {
  id: string;
  name: string;
  version: number;
  managerId: string | null;
  external: boolean;
};

test('an account without a name or with a taken name is refused next to the field, and nothing is saved', async ({
  page,
  workbench,
}) => {
  const before = await workbench.rpc<Named[]>('accounts.list', {});
  await page.getByRole('button', { name: 'New account' }).click();
  const form = page.getByRole('dialog', { name: 'New account' });
  const name = form.getByRole('textbox', { name: /^Name/ });

  await form.getByLabel('Industry').fill('Logistics');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('This field is required.')).toBeVisible();

  // Only the server knows the name is taken: its answer lands next to the field, input kept.
  const taken = before.find((a) => a.name.startsWith('Temp'))!.name;
  await name.fill(taken);
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Another active account already has this name.')).toBeVisible();
  await expect(name).toHaveValue(taken);
  await expect(form.getByLabel('Industry')).toHaveValue('Logistics');

  await form.getByRole('button', { name: 'Cancel' }).click();
  expect(await workbench.rpc<Named[]>('accounts.list', {})).toHaveLength(before.length);
});

test('a bad e-mail is flagged while typing and a reporting loop is refused by the server', async ({
  page,
  workbench,
}) => {
  const [temp] = (await workbench.rpc<Named[]>('accounts.list', {})).filter((a) =>
    a.name.startsWith('Temp'),
  );
  const people = await workbench.rpc<(Named & { title: string })[]>('people.list', {
    accountId: temp!.id,
  });
  const chairman = people.find((p) => p.managerId === null && !p.external)!;
  const report = people.find((p) => p.managerId === chairman.id)!;

  await page.getByRole('cell', { name: /^Temp Precision Machinery/ }).click();
  await page.getByRole('tab', { name: 'People' }).click();
  await page.getByRole('row', { name: new RegExp(`^${chairman.name}`) }).click();
  const form = page.getByRole('dialog', { name: 'Edit person' });

  await form.getByLabel('E-mail').fill('not-an-address');
  await expect(form.getByText('Not a valid e-mail address.')).toBeVisible();
  await form.getByLabel('E-mail').fill('');

  // The chairman reporting to one of his own reports would close a loop.
  await form.getByRole('combobox', { name: 'Reports to' }).fill(report.name);
  await page.getByRole('option', { name: new RegExp(report.name) }).click();
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText(/would make a loop/)).toBeVisible();
  await expect(form).toBeVisible();

  const after = await workbench.rpc<Named>('people.get', { id: chairman.id });
  expect(after.managerId).toBeNull();
  expect(after.version).toBe(chairman.version);
});

test('a negative amount is refused as negative, not as the wrong kind of value, and nothing is saved', async ({
  page,
  workbench,
}) => {
  const before = await workbench.rpc<unknown[]>('opportunities.list', {});
  await page.getByRole('cell', { name: /^Temp Precision Machinery/ }).click();
  await page.getByRole('tab', { name: 'Opportunities' }).click();
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const form = page.getByRole('dialog', { name: 'New opportunity' });
  await form.getByRole('textbox', { name: /^Name/ }).fill('Refurbished press');
  await form.getByLabel('Amount').fill('-5000');
  await form.getByRole('button', { name: 'Save' }).click();

  await expect(form.getByText('The amount cannot be negative.')).toBeVisible();
  await expect(form.getByText('Wrong kind of value.')).toBeHidden();
  await expect(form).toBeVisible();
  expect(await workbench.rpc<unknown[]>('opportunities.list', {})).toHaveLength(before.length);
});
