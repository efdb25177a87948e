import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

const DEAL = /^Plant 1 fixture and tooling upgrade$/;

async function openNegotiations(page: Page) {
  await page.getByRole('link', { name: /^(Opportunities|项目)$/ }).click();
  await page.getByRole('cell', { name: DEAL }).click();
  await page.getByRole('tab', { name: /^(Negotiation|谈判准备)$/ }).click();
}

/** A reload is the crash; the browser asks before it while a form is unsaved (answered below). */
async function crash(page: Page) {
  await page.reload();
}

// The browser's own "Leave site?" before a reload with unsaved changes: the user goes on.
test.beforeEach(({ page }) => {
  // Several reloads and screens per test, on machines shared with other runs.
  test.setTimeout(300_000);
  page.on('dialog', (dialog) => void dialog.accept().catch(() => undefined));
});

/** The draft is written a moment after typing stops. */
const draftSaved = (page: Page) =>
  page.waitForResponse((r) => r.url().endsWith('/rpc/drafts.save') && r.ok());

test('leaving a dirty negotiation sheet through the sidebar asks: keep editing stays, discard leaves', async ({
  page,
}) => {
  await openNegotiations(page);
  await page.getByRole('button', { name: 'New sheet' }).click();
  const form = page.getByRole('form', { name: /^Negotiation sheet / });
  await form.getByRole('textbox', { name: 'Our BATNA' }).fill('Sell the slot to Shandong');
  const here = page.url();

  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(dialog).toBeVisible();
  expect(await seriousA11yViolations(page, '[role="dialog"]')).toEqual([]);
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(dialog).toBeHidden();
  expect(page.url()).toBe(here);
  await expect(form.getByRole('textbox', { name: 'Our BATNA' })).toHaveValue(
    'Sell the slot to Shandong',
  );

  // Back asks too.
  await page.goBack();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  expect(page.url()).toBe(here);

  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', exact: true })).toBeVisible();

  // Discarded: the sheet opens as it was saved, with no draft to offer.
  await openNegotiations(page);
  await page.getByRole('button', { name: /^Round 1 – / }).click();
  await expect(form.getByRole('textbox', { name: 'Our BATNA' })).toHaveValue('');
  await expect(page.getByText(/^Restore your unsaved draft from /)).toHaveCount(0);
});

test('save and continue saves the sheet, then leaves', async ({ page }) => {
  await openNegotiations(page);
  await page.getByRole('button', { name: 'New sheet' }).click();
  const form = page.getByRole('form', { name: /^Negotiation sheet / });
  await form.getByRole('textbox', { name: 'Our BATNA' }).fill('Walk to the second bidder');
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', exact: true })).toBeVisible();
  await openNegotiations(page);
  await page.getByRole('button', { name: /^Round 1 – / }).click();
  await expect(form.getByRole('textbox', { name: 'Our BATNA' })).toHaveValue(
    'Walk to the second bidder',
  );
});

test('Esc, the close button and a click outside a drawer with typed text ask first', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'New account' }).click();
  const drawer = page.getByRole('dialog', { name: 'New account' });
  await drawer.getByRole('textbox', { name: /^Name/ }).fill('Qingdao Harbour Logistics');

  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard unsaved changes?' });
  await expect(ask).toBeVisible();
  expect(await seriousA11yViolations(page, '[role="dialog"]')).toEqual([]);
  // Esc in the question keeps editing.
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(drawer.getByRole('textbox', { name: /^Name/ })).toHaveValue(
    'Qingdao Harbour Logistics',
  );

  await drawer.getByRole('button', { name: 'Close' }).click();
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(drawer).toBeVisible();
  // The question gone first, so the click lands on the drawer's overlay, not on its leaving one.
  await expect(ask).toBeHidden();

  await page.mouse.click(20, 300);
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(drawer).toBeHidden();

  // A clean drawer closes at once.
  await page.getByRole('button', { name: 'New account' }).click();
  await expect(drawer).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(ask).toBeHidden();
});

test('Ctrl+S saves the open form: a new account, and the negotiation sheet', async ({ page }) => {
  await page.getByRole('button', { name: 'New account' }).click();
  const drawer = page.getByRole('dialog', { name: 'New account' });
  await drawer.getByRole('textbox', { name: /^Name/ }).fill('Qingdao Harbour Logistics');
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Account created')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Qingdao Harbour Logistics' })).toBeVisible();

  await openNegotiations(page);
  await page.getByRole('button', { name: 'New sheet' }).click();
  const form = page.getByRole('form', { name: /^Negotiation sheet / });
  await form.getByRole('textbox', { name: 'Our BATNA' }).fill('Sell the slot to Shandong');
  await expect(form.getByText('Unsaved changes')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(form.getByText('Saved', { exact: true })).toBeVisible();
  // Saved: leaving no longer asks.
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Accounts', exact: true })).toBeVisible();
});

test('a draft survives a crash and is offered back: restore, or discard', async ({ page }) => {
  await openNegotiations(page);
  await page.getByRole('button', { name: 'New sheet' }).click();
  let form = page.getByRole('form', { name: /^Negotiation sheet / });
  const saved = draftSaved(page);
  await form.getByRole('textbox', { name: 'Our BATNA' }).fill('Sell the slot to Shandong');
  await saved;
  await crash(page);

  await openNegotiations(page);
  await page.getByRole('button', { name: /^Round 1 – / }).click();
  form = page.getByRole('form', { name: /^Negotiation sheet / });
  const offer = page.getByRole('region', { name: 'Unsaved draft' });
  await expect(offer.getByText(/^Restore your unsaved draft from .+\?$/)).toBeVisible();
  expect(await seriousA11yViolations(page, '[role="region"][aria-label="Unsaved draft"]')).toEqual(
    [],
  );
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(offer).toBeHidden();
  await expect(form.getByRole('textbox', { name: 'Our BATNA' })).toHaveValue(
    'Sell the slot to Shandong',
  );
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Saved', { exact: true })).toBeVisible();

  // Saved: no draft is left to offer after the next crash.
  await crash(page);
  await openNegotiations(page);
  await page.getByRole('button', { name: /^Round 1 – / }).click();
  await expect(form.getByRole('textbox', { name: 'Our BATNA' })).toHaveValue(
    'Sell the slot to Shandong',
  );
  await expect(offer).toHaveCount(0);

  // A new account's draft: offered when "New account" opens again; discarded, it is gone.
  await page.getByRole('link', { name: 'Accounts', exact: true }).click();
  await page.getByRole('button', { name: 'New account' }).click();
  const drawer = page.getByRole('dialog', { name: 'New account' });
  const accountSaved = draftSaved(page);
  await drawer.getByRole('textbox', { name: /^Name/ }).fill('Qingdao Harbour Logistics');
  await accountSaved;
  await crash(page);
  await page.getByRole('button', { name: 'New account' }).click();
  await expect(drawer.getByRole('textbox', { name: /^Name/ })).toHaveValue('');
  await drawer
    .getByRole('region', { name: 'Unsaved draft' })
    .getByRole('button', {
      name: 'Restore',
    })
    .click();
  await expect(drawer.getByRole('textbox', { name: /^Name/ })).toHaveValue(
    'Qingdao Harbour Logistics',
  );
  await drawer.getByRole('button', { name: 'Cancel' }).click();
  await expect(drawer).toBeHidden();
  await crash(page);
  await page.getByRole('button', { name: 'New account' }).click();
  await expect(drawer.getByRole('textbox', { name: /^Name/ })).toBeVisible();
  await expect(drawer.getByRole('region', { name: 'Unsaved draft' })).toHaveCount(0);
});

test.describe('on a Chinese system', () => {
  test.use({ lang: 'zh-CN' });

  test('the question and the draft offer speak Chinese', async ({ page }) => {
    await page.getByRole('button', { name: '新建客户' }).click();
    const drawer = page.getByRole('dialog', { name: '新建客户' });
    const saved = draftSaved(page);
    await drawer.getByRole('textbox', { name: /^名称/ }).fill('青岛港物流');
    await saved;
    await page.keyboard.press('Escape');
    const ask = page.getByRole('dialog', { name: '放弃未保存的更改？' });
    await expect(ask.getByRole('button', { name: '继续编辑' })).toBeVisible();
    expect(await seriousA11yViolations(page, '[role="dialog"]')).toEqual([]);
    await ask.getByRole('button', { name: '继续编辑' }).click();
    await crash(page);
    await page.getByRole('button', { name: '新建客户' }).click();
    await expect(drawer.getByText(/^要恢复 .+ 未保存的草稿吗？$/)).toBeVisible();
    await drawer.getByRole('button', { name: '恢复草稿' }).click();
    await expect(drawer.getByRole('textbox', { name: /^名称/ })).toHaveValue('青岛港物流');
  });
});
