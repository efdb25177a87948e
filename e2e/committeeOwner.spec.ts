import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

// The committee matrix's relationship-owner cell picks a team member or, as the owner fields of
// the forms do, takes a new name that joins the team when saved (issue 15).

type Team = { items: { name: string }[] };

async function openFixtureDeal(page: Page) {
  await page.getByRole('link', { name: /^(Opportunities|项目)$/ }).click();
  await page
    .getByRole('cell', { name: /^(Plant 1 fixture and tooling upgrade|一厂夹具与刀具系统升级)$/ })
    .click();
}

/** Alt+N, a name, Enter: the person joins the committee. */
async function addMember(page: Page, name: string) {
  await page.keyboard.press('Alt+N');
  await expect(
    page.getByRole('combobox', { name: /^(Add a person to the committee|向采购中心添加人员)$/ }),
  ).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
}

test('a new relationship owner typed in the grid joins the team, from the keyboard, kept after a restart', async ({
  page,
  workbench,
}) => {
  await openFixtureDeal(page);
  const grid = page.getByRole('grid', { name: 'Buying committee' });
  await expect(grid.getByText('No one on the committee yet')).toBeVisible();
  await addMember(page, 'Guo');
  const guo = grid.getByRole('row', { name: /Guo Zhenhua/ });
  const owner = guo.getByRole('gridcell', { name: /^Relationship owner/ });
  await expect(owner).toHaveAccessibleName('Relationship owner: Not set');

  // A name nobody in the team has: offered as a new member after the matches.
  await owner.click();
  await page.keyboard.type('Xu Jing');
  const list = grid.getByRole('listbox', { name: 'Relationship owner' });
  await expect(list.getByRole('option')).toHaveText(['Add “Xu Jing” as a team member']);
  expect(await seriousA11yViolations(page, '[role="grid"]')).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(owner).toHaveAccessibleName('Relationship owner: Xu Jing');
  await expect
    .poll(async () => (await workbench.rpc<Team>('team.list', {})).items.map((m) => m.name))
    .toContain('Xu Jing');

  // A member now: typing part of the name picks her; the typed part alone is still offered.
  await page.keyboard.press('Delete');
  await expect(owner).toHaveAccessibleName('Relationship owner: Not set');
  await page.keyboard.type('xu j');
  await expect(list.getByRole('option')).toHaveText(['Xu Jing', 'Add “xu j” as a team member']);
  await page.keyboard.press('Enter');
  await expect(owner).toHaveAccessibleName('Relationship owner: Xu Jing');
  const team = await workbench.rpc<Team>('team.list', {});
  expect(team.items.filter((m) => m.name.toLowerCase().startsWith('xu'))).toHaveLength(1);

  await workbench.restart();
  await openFixtureDeal(page);
  await expect(
    page
      .getByRole('grid', { name: 'Buying committee' })
      .getByRole('row', { name: /Guo Zhenhua/ })
      .getByRole('gridcell', { name: /^Relationship owner/ }),
  ).toHaveAccessibleName('Relationship owner: Xu Jing');
});

test.describe('in Chinese', () => {
  test.use({ lang: 'zh-CN' });

  test('关系负责人: a new name is added as a team member from the grid', async ({
    page,
    workbench,
  }) => {
    await openFixtureDeal(page);
    const grid = page.getByRole('grid', { name: '采购中心' });
    await expect(grid.getByText('采购中心还没有成员')).toBeVisible();
    await addMember(page, '郭');
    const owner = grid
      .getByRole('row', { name: /郭振华/ })
      .getByRole('gridcell', { name: /^关系负责人/ });
    await owner.click();
    // Typed text goes in as it would from an input method: in one piece.
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('许静');
    await expect(grid.getByRole('listbox', { name: '关系负责人' }).getByRole('option')).toHaveText([
      '将“许静”添加为团队成员',
    ]);
    await page.keyboard.press('Enter');
    await expect(owner).toHaveAccessibleName('关系负责人：许静');
    const team = await workbench.rpc<Team>('team.list', {});
    expect(team.items.map((m) => m.name)).toContain('许静');
  });
});
