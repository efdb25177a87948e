import type { Locator, Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

type Chart = {
  people: { id: string; name: string; archived: boolean }[];
  positions: { personId: string; x: number; y: number }[];
};
type Rpc = { rpc<T>(c: string, i?: unknown): Promise<T> };

const TEMP = /^(Temp Precision Machinery|天普精密机械)/;

async function openTempMap(page: Page, mapTab: string): Promise<Locator> {
  await page.getByRole('cell', { name: TEMP }).click();
  await page.getByRole('tab', { name: mapTab }).click();
  return mapReady(page);
}

async function mapReady(page: Page): Promise<Locator> {
  const map = page.locator('[data-testid="org-map"][data-ready="true"]');
  // The layout worker loads elkjs first: slow on a loaded machine.
  await expect(map).toBeVisible({ timeout: 45_000 });
  return map;
}

const card = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const toasts = (page: Page) => page.locator('.mantine-Notifications-root');
/** The map toolbar's icon button (the toast has an "Undo" button too). */
const toolbarButton = (page: Page, name: string) =>
  page.locator('.mantine-ActionIcon-root').and(page.getByRole('button', { name, exact: true }));

async function tempChart(workbench: Rpc): Promise<Chart> {
  const accounts = await workbench.rpc<{ id: string; name: string }[]>('accounts.list', {});
  const temp = accounts.find((a) => TEMP.test(a.name))!;
  return workbench.rpc<Chart>('orgchart.get', { accountId: temp.id });
}

async function positionOf(workbench: Rpc, name: string) {
  const chart = await tempChart(workbench);
  const id = chart.people.find((p) => p.name === name)!.id;
  const p = chart.positions.find((x) => x.personId === id);
  return p ? { x: p.x, y: p.y } : null;
}

test('Alt+Arrow moves a card as one step: Ctrl+Z puts it back for good, redo moves it again', async ({
  page,
  workbench,
}) => {
  await openTempMap(page, 'Map');
  const deng = card(page, 'Deng Wei');
  await deng.click();
  const start = (await deng.boundingBox())!;
  expect(await positionOf(workbench, 'Deng Wei')).toBeNull();

  // One press: on this loaded machine two presses may come more than the 400 ms apart that
  // make them one step (the unit test of useKeyboardMove covers joining them).
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page.getByRole('status').filter({ hasText: /^Deng Wei moved to x/ })).toHaveCount(1);
  // Saved once the keys stop, as one position; no toast for a move.
  await expect.poll(() => positionOf(workbench, 'Deng Wei')).not.toBeNull();
  const moved = (await deng.boundingBox())!;
  expect(moved.y).toBeGreaterThan(start.y);
  await expect(toasts(page).getByText('Card position moved.')).toHaveCount(0);

  // The toolbar names what its Undo takes back.
  await toolbarButton(page, 'Undo').hover();
  await expect(page.getByRole('tooltip')).toContainText('Card position “Deng Wei” moved');

  await deng.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => positionOf(workbench, 'Deng Wei')).toBeNull();
  await expect.poll(async () => (await deng.boundingBox())!.x).toBeCloseTo(start.x, 0);

  // The address keeps the map open across a reload.
  await page.reload();
  await mapReady(page);
  expect(await positionOf(workbench, 'Deng Wei')).toBeNull();

  await toolbarButton(page, 'Redo').click();
  await expect.poll(() => positionOf(workbench, 'Deng Wei')).not.toBeNull();
  await expect
    .poll(async () => (await card(page, 'Deng Wei').boundingBox())!.y)
    .toBeGreaterThan(start.y);
});

test('Tab goes from a card into its toolbar, through its buttons, and back', async ({ page }) => {
  await openTempMap(page, 'Map');
  await card(page, 'Deng Wei').click();
  const toolbar = page.getByRole('toolbar', { name: 'Actions for Deng Wei' });
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Add report' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(toolbar.getByRole('button', { name: 'Add peer' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(card(page, 'Deng Wei')).toBeFocused();
  // Esc from a button goes back to the card too; Enter on a button runs it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(card(page, 'Deng Wei')).toBeFocused();
  await page.keyboard.press('Tab');
  const last = toolbar.getByRole('button', { name: 'Delete' });
  while (!(await last.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
  }
  await last.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Delete Deng Wei from the map?' })).toBeVisible();
  await page.keyboard.press('Escape');
});

for (const { lang, mapTab, person, chairman, confirm, undo, redo, removed } of [
  {
    lang: 'en' as const,
    mapTab: 'Map',
    person: 'Deng Wei',
    chairman: 'Wang Jianguo',
    confirm: 'Delete',
    undo: 'Undo',
    redo: 'Redo',
    removed: 'Person archived.',
  },
  {
    lang: 'zh-CN' as const,
    mapTab: '组织图',
    person: '邓伟',
    chairman: '王建国',
    confirm: '删除',
    undo: '撤销',
    redo: '重做',
    removed: '已归档联系人。',
  },
]) {
  test.describe(`map undo in ${lang}`, () => {
    test.use({ lang });

    test(`remove ${person} from the map, undo from the toolbar; a drag is undone by Ctrl+Z (${lang})`, async ({
      page,
      workbench,
    }) => {
      await openTempMap(page, mapTab);
      expect(await seriousA11yViolations(page, '[data-testid="org-map"]')).toEqual([]);
      await expect(toolbarButton(page, undo)).toBeDisabled();

      await card(page, person).focus();
      await page.keyboard.press('Delete');
      await page.getByRole('dialog').getByRole('button', { name: confirm }).click();
      await expect(card(page, person)).toHaveCount(0);
      await expect(toasts(page).getByText(removed)).toBeVisible();

      await toolbarButton(page, undo).click();
      await expect(card(page, person)).toBeVisible();
      await expect
        .poll(async () => (await tempChart(workbench)).people.some((p) => p.name === person))
        .toBe(true);
      await toolbarButton(page, redo).click();
      await expect(card(page, person)).toHaveCount(0);
      await toolbarButton(page, undo).click();
      await expect(card(page, person)).toBeVisible();

      // A drag of the top card to the empty space at its left: one step, taken back by Ctrl+Z.
      const box = (await card(page, chairman).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x - 150, box.y + box.height / 2 - 10, { steps: 10 });
      await page.mouse.up();
      await expect.poll(() => positionOf(workbench, chairman)).not.toBeNull();
      await page.keyboard.press('Control+z');
      await expect.poll(() => positionOf(workbench, chairman)).toBeNull();
      await expect
        .poll(async () => (await card(page, chairman).boundingBox())!.x)
        .toBeCloseTo(box.x, 0);
      expect(await seriousA11yViolations(page, '[data-testid="org-map"]')).toEqual([]);
    });
  });
}
