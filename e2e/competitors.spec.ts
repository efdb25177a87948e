import Database from 'better-sqlite3-multiple-ciphers';
import type { Page } from '@playwright/test';
import type {
  CompetitorListItem,
  DealCompetitor,
  DealOutcome,
  Swot,
} from '../shared/competition.ts';
import { addDays } from '../shared/localDate.ts';
import { E2E_TODAY } from './clock.ts';
import { test, expect } from './fixtures.ts';

const HUADONG = 'Huadong Precision (Kasumi dealer)';
const RIDGELINE = 'Ridgeline Machine Tools (US)';
const HUJIANG = 'Hujiang CNC';
const PLANT2 = 'Plant 2 valve-body machining line equipment';
const PLANT1 = 'Plant 1 fixture and tooling upgrade';

async function openLibrary(page: Page) {
  await page.getByRole('link', { name: 'Competitors' }).click();
  await expect(page.getByRole('table', { name: 'Competitors' })).toBeVisible();
}

async function openDeal(page: Page, name: string) {
  await page.getByRole('link', { name: 'Opportunities' }).click();
  await page.getByRole('cell', { name: new RegExp(`^${name}`) }).click();
}

async function listCompetitors(rpc: <T>(channel: string, input?: unknown) => Promise<T>) {
  return rpc<CompetitorListItem[]>('competitors.list', {});
}

test('the library shows the demo entries, creates one, marks stale ones, refuses a duplicate name, and keeps it all after a restart', async ({
  page,
  workbench,
}) => {
  await openLibrary(page);
  const table = page.getByRole('table', { name: 'Competitors' });
  for (const [name, by] of [
    [HUADONG, 'Zheng Peng'],
    [RIDGELINE, 'Zeng Xueming'],
    [HUJIANG, 'Chen Ming'],
  ] as const) {
    const row = table.getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) });
    await expect(row).toContainText(`by ${by}`);
  }
  // Huadong's only closed deal is the won maintenance contract.
  await expect(table.getByRole('row', { name: /Huadong/ })).toContainText('100%');

  // A new entry, verified today.
  await page.getByRole('button', { name: 'New competitor' }).click();
  const dialog = page.getByRole('dialog', { name: 'New competitor' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Okuma China');
  await dialog.getByRole('textbox', { name: 'Verified by' }).fill('Zheng Peng');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await openLibrary(page);
  const okumaRow = table.getByRole('row', { name: /Okuma China/ });
  await expect(okumaRow).toContainText('by Zheng Peng');
  await expect(okumaRow.getByTestId('stale-badge')).toHaveCount(0);

  const before = await listCompetitors(workbench.rpc);
  expect(before.map((c) => c.name)).toContain('Okuma China');

  // A duplicate name is refused at the Name field and nothing is created.
  await page.getByRole('button', { name: 'New competitor' }).click();
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Okuma China');
  await dialog.getByRole('textbox', { name: 'Verified by' }).fill('Chen Ming');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Another active competitor already has this name.')).toBeVisible();
  await expect(dialog).toBeVisible();
  // Esc in a drawer with typed text asks first (issue 15): the user discards.
  await dialog.press('Escape');
  await page
    .getByRole('dialog', { name: 'Discard unsaved changes?' })
    .getByRole('button', { name: 'Discard' })
    .click();
  await expect(dialog).toBeHidden();
  expect(await listCompetitors(workbench.rpc)).toHaveLength(before.length);

  // The demo entries are verified on the day the workspace is made, so none is stale. Let a
  // month pass for Hujiang (written straight to the workspace file, as time would), then lower
  // the period below that month: its badge appears, the others stay fresh.
  expect(before.filter((c) => c.stale)).toHaveLength(0);
  const monthAgo = addDays(E2E_TODAY, -30);
  const db = new Database(workbench.dbPath);
  db.prepare('UPDATE competitors SET last_verified_at = ? WHERE name = ?').run(monthAgo, HUJIANG);
  db.close();
  await page.reload();
  await openLibrary(page);
  await expect(table.getByTestId('stale-badge')).toHaveCount(0);
  await page.getByRole('link', { name: 'Settings' }).click();
  const days = page.getByRole('textbox', {
    name: 'Competitor entries become stale after (days)',
  });
  await days.fill('7');
  const form = page.locator('form').filter({ has: days });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Setting saved')).toBeVisible();

  await openLibrary(page);
  const after = await listCompetitors(workbench.rpc);
  const stale = after.filter((c) => c.stale);
  expect(stale.map((c) => c.name)).toEqual([HUJIANG]);
  await expect(table.getByTestId('stale-badge')).toHaveCount(1);
  const hujiangRow = table.getByRole('row', { name: /Hujiang/ });
  await expect(hujiangRow.getByTestId('stale-badge')).toBeVisible();

  // Mark Hujiang verified: its badge goes.
  await hujiangRow.click();
  await page.getByRole('button', { name: 'Mark verified' }).click();
  const verify = page.getByRole('dialog', { name: 'Mark as verified' });
  await verify.getByRole('textbox', { name: 'Verified by' }).fill('Chen Ming');
  await verify.getByRole('button', { name: 'Mark verified' }).click();
  await expect(verify).toBeHidden();
  await openLibrary(page);
  await expect(hujiangRow.getByTestId('stale-badge')).toHaveCount(0);
  await expect(hujiangRow).toContainText('by Chen Ming');
  await expect(table.getByTestId('stale-badge')).toHaveCount(0);
  expect((await listCompetitors(workbench.rpc)).filter((c) => c.stale)).toHaveLength(0);

  await workbench.restart();
  await openLibrary(page);
  await expect(okumaRow).toContainText('by Zheng Peng');
  await expect(hujiangRow).toContainText('by Chen Ming');
  await expect(table.getByTestId('stale-badge')).toHaveCount(0);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(days).toHaveValue('7');
});

test('a deal lost to a competitor lowers our win rate against them and lists the reasons; “Us (won)” is refused on a lost deal', async ({
  page,
  workbench,
}) => {
  await openLibrary(page);
  await page.getByRole('cell', { name: HUADONG }).click();
  await expect(page.getByTestId('record-won')).toContainText('1');
  await expect(page.getByTestId('record-lost')).toContainText('0');
  await expect(page.getByTestId('record-win-rate')).toContainText('100%');

  // Close the fixture deal as lost, with a reason.
  await openDeal(page, PLANT1);
  await page.getByRole('button', { name: 'Edit' }).first().click();
  const form = page.getByRole('dialog', { name: 'Edit opportunity' });
  await form.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Lost', exact: true }).click();
  await form.getByRole('textbox', { name: /^Reason/ }).fill('Huadong undercut us by 15%');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  // Add Huadong to the deal.
  await page.getByRole('tab', { name: 'Competition' }).click();
  const section = page.getByRole('region', { name: 'Competitors in this deal' });
  await section.getByRole('combobox', { name: 'Add a competitor from the library' }).click();
  await page.getByRole('option', { name: HUADONG }).click();
  await section.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(section.getByRole('region', { name: HUADONG })).toBeVisible();

  const outcome = page.getByRole('region', { name: 'Win / loss' });
  // “Us (won)” does not fit a lost deal.
  await outcome.getByRole('radio', { name: 'Us (won)' }).check();
  await outcome.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(
    outcome.getByText('The winner does not match the deal status (won means we won).'),
  ).toBeVisible();
  expect(
    await workbench.rpc<DealOutcome | null>('outcomes.get', { opportunityId: await dealId(page) }),
  ).toBeNull();

  await outcome.getByRole('radio', { name: 'A competitor' }).check();
  await outcome.getByRole('combobox', { name: 'Which competitor' }).click();
  await page.getByRole('option', { name: HUADONG }).click();
  const reasons = outcome.getByRole('group', { name: 'Reasons' });
  for (const reason of ['Price', 'Delivery']) {
    // The chip's input is visually hidden; a user clicks its label.
    await reasons.locator('label', { hasText: new RegExp(`^${reason}$`) }).click();
    await expect(reasons.getByRole('checkbox', { name: reason })).toBeChecked();
  }
  await outcome.getByRole('textbox', { name: 'Note' }).fill('Stock machines and a lower price.');
  await outcome.getByRole('button', { name: 'Record the outcome' }).click();
  await expect(page.getByText('Outcome recorded')).toBeVisible();

  const stored = await workbench.rpc<DealOutcome>('outcomes.get', {
    opportunityId: await dealId(page),
  });
  expect(stored.winner).toBe('competitor');
  expect([...stored.reasons].sort()).toEqual(['delivery', 'price']);

  await openLibrary(page);
  await page.getByRole('cell', { name: HUADONG }).click();
  await expect(page.getByTestId('record-won')).toContainText('1');
  await expect(page.getByTestId('record-lost')).toContainText('1');
  await expect(page.getByTestId('record-win-rate')).toContainText('50%');
  const cited = page.getByRole('list', { name: 'Most cited reasons' });
  await expect(cited).toContainText('Price');
  await expect(cited).toContainText('Delivery');
  await expect(cited).toContainText('Service');
  const deals = page.getByRole('table', { name: 'Deals with this competitor' });
  await expect(deals.getByRole('link', { name: PLANT1 })).toBeVisible();

  await workbench.restart();
  await openLibrary(page);
  await expect(
    page.getByRole('table', { name: 'Competitors' }).getByRole('row', { name: /Huadong/ }),
  ).toContainText('50%');
});

async function dealId(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/opportunities\/[\w-]+/);
  const match = /\/opportunities\/([\w-]+)/.exec(page.url());
  return match![1]!;
}

test('a competitor’s rep close to the IT manager raises the committee’s red flag, and removing the relation clears it', async ({
  page,
  workbench,
}) => {
  await openDeal(page, PLANT2);
  const id = await dealId(page);
  const huadongRelations = async () => {
    const list = await workbench.rpc<DealCompetitor[]>('dealCompetitors.list', {
      opportunityId: id,
    });
    return list.find((c) => c.competitorName === HUADONG)!.repRelations;
  };
  expect(await huadongRelations()).toHaveLength(3);
  // Another flag of the same panel, to know the coverage has loaded before counting.
  const loaded = page.getByText('Deng Wei is an influential opponent with no plan to reach them.');
  await page.getByRole('tab', { name: 'Committee' }).click();
  const flag = page.getByText(/Sun Hao of Huadong Precision.* is closer to Deng Wei than we are\./);
  await expect(flag).toBeVisible();

  await page.getByRole('tab', { name: 'Competition' }).click();
  const card = page.getByRole('region', { name: HUADONG });
  const relations = card.getByRole('group', { name: 'Rep’s relationships' });
  await relations.getByRole('button', { name: 'Remove Deng Wei' }).click();
  await card.getByRole('button', { name: `Save ${HUADONG}` }).click();
  // The save's toast, with its Undo (issue 15).
  await expect(page.getByText('Competitor in a deal saved.')).toBeVisible();

  await expect.poll(async () => (await huadongRelations()).length).toBe(2);

  await page.getByRole('tab', { name: 'Committee' }).click();
  await expect(loaded).toBeVisible();
  await expect(page.getByText(/closer to Deng Wei than we are/)).toHaveCount(0);

  // Bring him back as close: the flag returns.
  await page.getByRole('tab', { name: 'Competition' }).click();
  await relations.getByRole('button', { name: 'Add a person' }).click();
  const persons = relations.getByRole('combobox', { name: /^Person \d+$/ });
  await persons.last().click();
  await page.getByRole('option', { name: /^Deng Wei/ }).click();
  await relations.getByRole('combobox', { name: 'Closeness of Deng Wei' }).click();
  await page.getByRole('option', { name: /close/i }).first().click();
  await card.getByRole('button', { name: `Save ${HUADONG}` }).click();
  await expect.poll(async () => (await huadongRelations()).length).toBe(3);
  await page.getByRole('tab', { name: 'Committee' }).click();
  await expect(flag).toBeVisible();

  await workbench.restart();
  await openDeal(page, PLANT2);
  await page.getByRole('tab', { name: 'Committee' }).click();
  await expect(flag).toBeVisible();
});

test('“Add a person” on a rep’s relationships starts empty: saving without a choice is refused with a message and saves nothing', async ({
  page,
  workbench,
}) => {
  await openDeal(page, PLANT2);
  const id = await dealId(page);
  const huadong = async () =>
    (await workbench.rpc<DealCompetitor[]>('dealCompetitors.list', { opportunityId: id })).find(
      (c) => c.competitorName === HUADONG,
    )!;
  const before = await huadong();

  await page.getByRole('tab', { name: 'Competition' }).click();
  const card = page.getByRole('region', { name: HUADONG });
  const relations = card.getByRole('group', { name: 'Rep’s relationships' });
  await relations.getByRole('button', { name: 'Add a person' }).click();
  const added = relations.getByRole('combobox', {
    name: `Person ${before.repRelations.length + 1}`,
    exact: true,
  });
  await expect(added).toHaveValue('');
  await expect(added).toHaveAttribute('placeholder', 'Choose a committee member');

  await card.getByRole('button', { name: `Save ${HUADONG}` }).click();
  await expect(relations.getByRole('alert')).toHaveText('Choose a person, or remove the row.');
  expect(await huadong()).toEqual(before);
});

test('the suggested SWOT of the demo deal is edited, saved and kept after a restart', async ({
  page,
  workbench,
}) => {
  await openDeal(page, PLANT2);
  const id = await dealId(page);
  await page.getByRole('tab', { name: 'Competition' }).click();
  await expect(page.getByTestId('swot-suggested')).toBeVisible();
  expect(await workbench.rpc<Swot | null>('swot.get', { opportunityId: id })).toBeNull();

  const strengths = page.getByRole('textbox', { name: 'Strengths' });
  await expect(strengths).not.toHaveValue('');
  const text = 'Sixteen HMC-630s already run at Temp; our service record';
  await strengths.fill(text);
  await page.getByRole('button', { name: 'Save SWOT' }).click();
  await expect(page.getByText('SWOT saved')).toBeVisible();
  await expect(page.getByTestId('swot-suggested')).toHaveCount(0);
  expect((await workbench.rpc<Swot>('swot.get', { opportunityId: id })).strengths).toBe(text);

  await workbench.restart();
  await openDeal(page, PLANT2);
  await page.getByRole('tab', { name: 'Competition' }).click();
  await expect(strengths).toHaveValue(text);
  await expect(page.getByTestId('swot-suggested')).toHaveCount(0);
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('the library lists the demo competitors under 竞争对手 and a competitor page shows our win rate', async ({
    page,
  }) => {
    await page.getByRole('link', { name: '竞争对手' }).click();
    await expect(page.getByRole('heading', { name: '竞争对手' })).toBeVisible();
    const table = page.getByRole('table', { name: '竞争对手' });
    for (const name of ['华东精机（Kasumi代理）', '瑞岭机床（美国）', '沪江数控']) {
      await expect(table.getByRole('cell', { name })).toBeVisible();
    }
    await table.getByRole('cell', { name: '华东精机（Kasumi代理）' }).click();
    await expect(page.getByTestId('record-win-rate')).toContainText('100%');
    await expect(page.getByTestId('record-won')).toContainText('1');
  });
});
