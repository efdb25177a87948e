import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

type StageSet = {
  id: string;
  version: number;
  isDefault: boolean;
  stages: { key: string; labelEn: string; labelZh: string; probability: number }[];
};
type Deal = {
  id: string;
  name: string;
  version: number;
  stageSetId: string;
  salesStage: string;
  probability: number;
  probabilityOverride: number | null;
};

const VALVE_LINE = 'Plant 2 valve-body machining line equipment';

async function openSettings(page: Page, link = 'Settings') {
  await page.getByRole('link', { name: link }).click();
}

async function openDeal(page: Page, name: string, link = 'Opportunities') {
  await page.getByRole('link', { name: link, exact: true }).click();
  await page.getByRole('cell', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

test('rename a stage and change its probability in settings: the deal header shows it, deals follow, a restart keeps it', async ({
  page,
  workbench,
}) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'Edit Project sales process (8 stages)' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit stage set' });
  // The legend follows the name as it is typed: find the stage by its number.
  await expect(editor.getByRole('group', { name: 'Stage 6: Project evaluation' })).toBeVisible();
  const stage6 = editor.getByRole('group', { name: /^Stage 6:/ });
  await stage6.getByRole('textbox', { name: /^Stage name \(English\)/ }).fill('Vendor evaluation');
  await stage6.getByRole('textbox', { name: /^Win probability/ }).fill('65');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  await expect(page.getByText('Stage set saved.')).toBeVisible();

  await openDeal(page, VALVE_LINE);
  await expect(page.getByText('6 · Vendor evaluation')).toBeVisible();
  await expect(page.getByText('65%')).toBeVisible();

  await workbench.restart();
  await openDeal(page, VALVE_LINE);
  await expect(page.getByText('6 · Vendor evaluation')).toBeVisible();
  const deals = await workbench.rpc<Deal[]>('opportunities.list', {});
  expect(deals.find((d) => d.name === VALVE_LINE)).toMatchObject({
    salesStage: 'evaluation',
    probability: 65,
    probabilityOverride: null,
  });
  // The edit is in history.
  const history = await workbench.rpc<{ entityId: string }[]>('history.list', {
    entity: 'stage_set',
  });
  expect(history.map((c) => c.entityId)).toEqual(['sales8']);
});

test('a set from the 6-stage template made default: a new opportunity joins it', async ({
  page,
  workbench,
}) => {
  await openSettings(page);
  await page.getByRole('button', { name: 'New set from template' }).click();
  await page.getByRole('menuitem', { name: '6-stage large-account flow (seed 003)' }).click();
  const editor = page.getByRole('dialog', { name: 'New stage set' });
  await editor.getByRole('textbox', { name: /^Name \(English\)/ }).fill('Key accounts');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
  const table = page.getByRole('table', { name: 'Stage sets' });
  await expect(table.getByRole('row', { name: /Key accounts/ })).toBeVisible();
  await table.getByRole('button', { name: 'Make Key accounts the default' }).click();
  await expect(table.getByRole('row', { name: /Key accounts.*Default/ })).toBeVisible();

  await page.getByRole('link', { name: 'Opportunities', exact: true }).click();
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const form = page.getByRole('dialog', { name: 'New opportunity' });
  await form.getByRole('combobox', { name: 'Account' }).fill('Temp');
  await page.getByRole('option', { name: /^Temp Precision Machinery/ }).click();
  await expect(form.getByRole('combobox', { name: 'Stage set' })).toHaveValue('Key accounts');
  await expect(form.getByRole('combobox', { name: 'Sales stage' })).toHaveValue(
    '1 · Account development',
  );
  await form.getByRole('textbox', { name: /^Name/ }).fill('Key account framework');
  await form.getByLabel('Amount').fill('500000');
  await form.getByRole('combobox', { name: 'Sales stage' }).click();
  await page.getByRole('option', { name: '4 · Tender' }).click();
  await expect(form.getByLabel('Probability (%)')).toHaveValue('60');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  const sets = await workbench.rpc<StageSet[]>('stageSets.list', {});
  const keyAccounts = sets.find((s) => s.isDefault)!;
  expect(keyAccounts.stages.map((s) => s.key)).toHaveLength(6);
  const deals = await workbench.rpc<Deal[]>('opportunities.list', {});
  expect(deals.find((d) => d.name === 'Key account framework')).toMatchObject({
    stageSetId: keyAccounts.id,
    salesStage: 'tender',
    probability: 60,
    probabilityOverride: null,
  });
  await openDeal(page, 'Key account framework');
  await expect(page.getByText('4 · Tender')).toBeVisible();
});

test('a probability of 101 is refused with a clear message and nothing is stored', async ({
  page,
  workbench,
}) => {
  const before = await workbench.rpc<StageSet[]>('stageSets.list', {});
  await openSettings(page);
  await page.getByRole('button', { name: 'Edit Project sales process (8 stages)' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit stage set' });
  const probability = editor
    .getByRole('group', { name: 'Stage 3: First proposal' })
    .getByRole('textbox', { name: /^Win probability/ });
  await probability.fill('101');
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor.getByText('Probability must be a whole number from 0 to 100.')).toBeVisible();
  await expect(editor).toBeVisible();
  expect(await workbench.rpc<StageSet[]>('stageSets.list', {})).toEqual(before);

  // The deal form and the contract refuse it the same way.
  await editor.getByRole('button', { name: 'Cancel' }).click();
  await openDeal(page, VALVE_LINE);
  await page.getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('dialog', { name: 'Edit opportunity' });
  await form.getByLabel('Probability (%)').fill('101');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Probability must be a whole number from 0 to 100.')).toBeVisible();
  const deal = (await workbench.rpc<Deal[]>('opportunities.list', {})).find(
    (d) => d.name === VALVE_LINE,
  )!;
  expect(deal).toMatchObject({ probability: 70, probabilityOverride: null, version: 1 });
  await expect(
    workbench.rpc('opportunities.update', { id: deal.id, version: 1, probability: 101 }),
  ).rejects.toThrow(/probability_range|0 to 100/);
});

test('a probability set by hand stays across a stage change until the deal follows its stage again', async ({
  page,
  workbench,
}) => {
  await openDeal(page, VALVE_LINE);
  await page.getByRole('button', { name: 'Edit' }).click();
  let form = page.getByRole('dialog', { name: 'Edit opportunity' });
  await form.getByLabel('Probability (%)').fill('55');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Edit' }).click();
  form = page.getByRole('dialog', { name: 'Edit opportunity' });
  await expect(form.getByText('Set by hand (the stage gives 70%).')).toBeVisible();
  await form.getByRole('combobox', { name: 'Sales stage' }).click();
  await page.getByRole('option', { name: '7 · Commercial negotiation' }).click();
  await expect(form.getByLabel('Probability (%)')).toHaveValue('55');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('7 · Commercial negotiation')).toBeVisible();
  await expect(page.getByText('55%')).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  form = page.getByRole('dialog', { name: 'Edit opportunity' });
  await form.getByRole('button', { name: 'Follow the stage' }).click();
  await expect(form.getByLabel('Probability (%)')).toHaveValue('90');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('90%')).toBeVisible();

  const deal = (await workbench.rpc<Deal[]>('opportunities.list', {})).find(
    (d) => d.name === VALVE_LINE,
  )!;
  const history = await workbench.rpc<{ after: Record<string, unknown> }[]>('history.list', {
    entity: 'opportunity',
    entityId: deal.id,
  });
  expect(history.slice(0, 3).map((c) => c.after)).toEqual([
    { probability: 90, probabilityOverride: null },
    { salesStage: 'negotiation' },
    { probability: 55, probabilityOverride: 55 },
  ]);
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('阶段设置: a stage renamed in Chinese shows on the deal page', async ({ page }) => {
    await openSettings(page, '设置');
    await expect(page.getByRole('heading', { name: '阶段设置' })).toBeVisible();
    await page.getByRole('button', { name: '编辑项目型销售推进流程（8 阶段）' }).click();
    const editor = page.getByRole('dialog', { name: '编辑阶段方案' });
    await editor
      .getByRole('group', { name: '第 6 阶段：项目评估' })
      .getByRole('textbox', { name: /^阶段名称（中文）/ })
      .fill('供应商评估');
    await editor.getByRole('button', { name: '保存' }).click();
    await expect(editor).toBeHidden();
    await openDeal(page, '二厂阀体加工线设备采购', '项目');
    await expect(page.getByText('6 · 供应商评估')).toBeVisible();
  });
});
