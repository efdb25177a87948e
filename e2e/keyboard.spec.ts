import type { Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect, type Workbench } from './fixtures.ts';

// Keyboard reachability (issue 15): on the main screens every visible button, link, field and
// menu trigger can be reached with Tab, shows when it has the focus, and nothing acts on a mouse
// click alone. The org map has its own keyboard tests (orgmap.spec.ts).

const PLANT1 = 'Plant 1 fixture and tooling upgrade';

async function demoIds(workbench: Workbench) {
  const accounts = await workbench.rpc<{ id: string; name: string }[]>('accounts.list', {});
  const account = accounts.find((a) => a.name.startsWith('Temp Precision Machinery'));
  const deals = await workbench.rpc<{ id: string; name: string }[]>('opportunities.list', {});
  const deal = deals.find((d) => d.name.startsWith('Plant 2 valve-body machining line'));
  if (!account || !deal) throw new Error('the demo workspace is not there');
  return { account: account.id, deal: deal.id };
}

/** Opens `hash` and waits until its data is drawn. */
async function show(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  const main = page.locator('#main-content');
  await expect(main.locator('h1')).toHaveCount(1);
  await expect(main.locator('[role="status"]:has(.mantine-Loader-root)')).toHaveCount(0, {
    timeout: 60_000,
  });
}

type Walk = {
  /** Visible controls Tab never reached (nor, in a roving group, any of their group). */
  unreached: string[];
  /** Controls that got the focus while invisible (shown on hover only). */
  hiddenWhenFocused: string[];
  /** Elements that look clickable (pointer cursor) with no control in or around them. */
  mouseOnly: string[];
  /** How many Tab presses went round the screen. */
  stops: number;
};

/**
 * Tabs through the whole page, from the skip link round to it again, and compares what got the
 * focus with the visible controls. A composite widget with one tab stop (tabs, radio group,
 * grid, list box, menu, toolbar) counts as reached when any of its items was.
 */
async function tabWalk(page: Page): Promise<Walk> {
  await page.evaluate(() => {
    const w = window as unknown as { kbFocused: Element[]; kbHidden: string[] };
    w.kbFocused = [];
    w.kbHidden = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}[${el.getAttribute('role') ?? ''}] “${(
        el.getAttribute('aria-label') ??
        (el as HTMLElement).innerText ??
        ''
      )
        .trim()
        .slice(0, 40)}”`;
    document.addEventListener(
      'focusin',
      (event) => {
        const el = event.target as Element;
        w.kbFocused.push(el);
        let around = 1;
        for (let node = el.parentElement; node; node = node.parentElement) {
          around *= Number(getComputedStyle(node).opacity);
        }
        const own = Number(getComputedStyle(el).opacity);
        // A styled checkbox, radio or switch draws itself beside its transparent native input,
        // which takes the focus and shows it there; anything else must show itself.
        const drawnBeside =
          el instanceof HTMLInputElement &&
          ['checkbox', 'radio'].includes(el.type) &&
          around >= 0.1;
        if (around * own < 0.1 && !drawnBeside) w.kbHidden.push(describe(el));
      },
      { capture: true },
    );
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const skip = page.getByRole('link', { name: /^(Skip to content|跳到主要内容)$/ });
  let stops = 0;
  for (; stops < 900; stops++) {
    await page.keyboard.press('Tab');
    if (stops > 1 && (await skip.evaluate((el) => el === document.activeElement))) break;
  }
  const result = await page.evaluate(() => {
    const w = window as unknown as { kbFocused: Element[]; kbHidden: string[] };
    const focused = new Set(w.kbFocused);
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}[${el.getAttribute('role') ?? ''}] “${(
        el.getAttribute('aria-label') ??
        (el as HTMLElement).innerText ??
        ''
      )
        .trim()
        .slice(0, 40)}”`;
    const CONTROLS = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      '[role="button"]',
      '[role="link"]',
      '[role="tab"]',
      '[role="checkbox"]',
      '[role="switch"]',
      '[role="radio"]',
      '[role="combobox"]',
      '[role="slider"]',
      '[role="menuitem"]',
      '[contenteditable="true"]',
      '[tabindex]:not([tabindex="-1"])',
    ].join(',');
    const ROVING =
      '[role="tablist"],[role="radiogroup"],[role="grid"],[role="listbox"],[role="menu"],[role="menubar"],[role="toolbar"],[role="tree"],[role="treegrid"]';
    const shown = (el: Element) => {
      if (el.closest('[inert], [aria-hidden="true"]')) return false;
      if (!el.checkVisibility({ visibilityProperty: true })) return false;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    const enabled = (el: Element) =>
      !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true';
    const main = document.body;
    // A mouse shortcut to what the keyboard reaches elsewhere says so, and where (reviewed here).
    const elsewhere = (el: Element) => el.closest('[data-keyboard-elsewhere]') !== null;
    const controls = [...main.querySelectorAll(CONTROLS)].filter(
      (el) => shown(el) && enabled(el) && !elsewhere(el),
    );
    const reachedIn = (group: Element) => [...focused].some((f) => group.contains(f));
    const unreached = controls.filter((el) => {
      if (focused.has(el)) return false;
      // A control that holds the focusable part (a Mantine input's wrapper) or sits in it.
      if ([...focused].some((f) => el.contains(f) || f.contains(el))) return false;
      const group = el.closest(ROVING);
      if (group && reachedIn(group)) return false;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
        const name = el.name;
        if ([...focused].some((f) => f instanceof HTMLInputElement && f.name === name))
          return false;
      }
      return true;
    });
    // Clickable-looking elements (pointer cursor) with no control in or around them: a div
    // with a click handler that the keyboard cannot work.
    const isControl = (el: Element) => el.matches(CONTROLS) || el.matches('[tabindex="-1"]');
    const mouseOnly = [...main.querySelectorAll('*')].filter((el) => {
      // A label (or its wrapper) passes its click on to its control.
      if (!shown(el) || el.closest('label') || el.querySelector('label')) return false;
      const cursor = getComputedStyle(el).cursor;
      if (cursor !== 'pointer' && cursor !== 'grab') return false;
      const parent = el.parentElement;
      if (parent && ['pointer', 'grab'].includes(getComputedStyle(parent).cursor)) return false;
      if (isControl(el) || el.closest(CONTROLS) || el.querySelector(CONTROLS)) return false;
      return true;
    });
    return {
      unreached: unreached.map(describe),
      hiddenWhenFocused: [...new Set(w.kbHidden)],
      mouseOnly: mouseOnly.map(describe),
    };
  });
  return { ...result, stops };
}

test('every action on the main screens is reached with Tab, and shows when focused', async ({
  page,
  workbench,
}) => {
  // About 18 screens of 20–140 tab stops each, plus axe on each: minutes on a busy machine.
  test.setTimeout(1_200_000);
  const ids = await demoIds(workbench);
  const account = `#/accounts/${ids.account}`;
  const deal = `#/opportunities/${ids.deal}`;
  const screens: [string, string][] = [
    ['accounts', '#/accounts'],
    ['account profile', account],
    ['account people', `${account}/people`],
    ['account opportunities', `${account}/opportunities`],
    ['account activities', `${account}/activities`],
    ['opportunities', '#/opportunities'],
    ['deal committee', deal],
    ['deal stage', `${deal}/stage`],
    ['deal activities', `${deal}/activities`],
    ['deal changes', `${deal}/changes`],
    ['deal competition', `${deal}/competition`],
    ['deal negotiation', `${deal}/negotiation`],
    ['deal evaluation', `${deal}/evaluation`],
    ['pipeline board', '#/pipeline/board'],
    ['forecast overview', '#/forecast/overview'],
    ['forecast movements', '#/forecast/movements'],
    ['review queue', '#/forecast/reviews'],
    ['settings', '#/settings'],
  ];
  const problems: string[] = [];
  const rows: string[] = [];
  for (const [name, hash] of screens) {
    await show(page, hash);
    const walk = await tabWalk(page);
    rows.push(`${name.padEnd(24)} ${String(walk.stops).padStart(4)} tab stops`);
    problems.push(
      ...walk.unreached.map((c) => `${name}: not reached by Tab: ${c}`),
      ...walk.hiddenWhenFocused.map((c) => `${name}: invisible when focused: ${c}`),
      ...walk.mouseOnly.map((c) => `${name}: mouse only: ${c}`),
    );
    // Round the page and back to the skip link: no trap on the way.
    expect(walk.stops, name).toBeLessThan(900);
    // What was made reachable (focusable signs, tooltips on focus) keeps axe-core content.
    problems.push(...(await seriousA11yViolations(page, 'body')).map((v) => `${name}: axe ${v}`));
  }
  console.log(['Keyboard walk:', ...rows].join('\n'));
  expect(problems).toEqual([]);
});

test('a deal moves between stages on the board by keyboard, and the focus goes with it', async ({
  page,
  workbench,
}) => {
  await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
  const board = page.getByRole('region', { name: 'Pipeline board' });
  const column = (stage: string) => board.getByRole('region', { name: stage });
  const link = board.getByRole('link', { name: PLANT1 });
  await expect(column('First proposal').getByRole('article', { name: PLANT1 })).toBeVisible();

  // Alt+→ forward: past unmet exit criteria it asks first, and Esc leaves it where it was.
  await link.focus();
  await page.keyboard.press('Alt+ArrowRight');
  const ask = page.getByRole('dialog', { name: 'Move past unmet exit criteria?' });
  await expect(ask).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(column('First proposal').getByRole('article', { name: PLANT1 })).toBeVisible();

  // Alt+← one stage back (never gated); the keyboard stays on the card in its new column.
  await link.focus();
  await page.keyboard.press('Alt+ArrowLeft');
  const back = column('Visit and first research');
  await expect(back.getByRole('article', { name: PLANT1 })).toBeVisible();
  await expect(back.getByRole('link', { name: PLANT1 })).toBeFocused();
  // Alt+← on a card is no Back in the browser.
  await expect(page).toHaveURL(/#\/pipeline/);

  // The "Move to…" menu, by keyboard alone: Tab to its button, Enter, arrows, Enter.
  await page.keyboard.press('Tab');
  await expect(
    board.getByRole('button', { name: `Move ${PLANT1} to another stage` }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  const target = menu.getByRole('menuitem', { name: 'Account planning and phone appointment' });
  for (let i = 0; i < 10 && !(await target.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('ArrowDown');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    column('Account planning and phone appointment').getByRole('article', { name: PLANT1 }),
  ).toBeVisible();
  expect(await seriousA11yViolations(page, 'main')).toEqual([]);

  // Stored: the deal is where the keyboard put it.
  const list = await workbench.rpc<{ rows: { name: string; stageKey: string }[] }>(
    'pipeline.list',
    {},
  );
  expect(list.rows.find((r) => r.name === PLANT1)?.stageKey).toBe('account_planning');

  // The shortcuts screen lists the board's keys.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toContainText('On the pipeline board');
  await expect(shortcuts).toContainText('Move the focused deal to the next or previous stage');
});
