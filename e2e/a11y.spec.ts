import type { Locator, Page } from '@playwright/test';
import { seriousA11yViolations } from './axe.ts';
import { test, expect, type Workbench } from './fixtures.ts';

type Lang = 'en' | 'zh-CN';
type Scheme = 'light' | 'dark';

/** The buttons and dialog titles the walk goes through, as each language shows them. */
const NAMES = {
  en: {
    newAccount: 'New account',
    newPerson: 'New person',
    logActivity: 'Log activity',
    newOpportunity: 'New opportunity',
    newCompetitor: 'New competitor',
    shortcuts: 'Keyboard shortcuts',
  },
  'zh-CN': {
    newAccount: '新建客户',
    newPerson: '新建联系人',
    logActivity: '记录活动',
    newOpportunity: '新建项目',
    newCompetitor: '新建竞争对手',
    shortcuts: '键盘快捷键',
  },
};
type Messages = (typeof NAMES)['en'];

/**
 * A screen: its route, and for a dialog the way to open it from that route (the dialog is then
 * what axe-core looks at).
 */
type Screen = {
  name: string;
  hash: string;
  dialog?: (page: Page, m: Messages) => Promise<Locator>;
};

async function demoIds(workbench: Workbench) {
  const accounts = await workbench.rpc<{ id: string; name: string }[]>('accounts.list', {});
  const account = accounts.find((a) => a.name.startsWith('Temp Precision Machinery'));
  const deals = await workbench.rpc<{ id: string; name: string }[]>('opportunities.list', {});
  const deal = deals.find((d) => d.name.startsWith('Plant 2 valve-body machining line'));
  const competitors = await workbench.rpc<{ id: string }[]>('competitors.list', {});
  if (!account || !deal || !competitors[0]) throw new Error('the demo workspace is not there');
  return { account: account.id, deal: deal.id, competitor: competitors[0].id };
}

const drawer = (page: Page, title: string) => page.getByRole('dialog', { name: title });

function screens(ids: Awaited<ReturnType<typeof demoIds>>): Screen[] {
  const account = `#/accounts/${ids.account}`;
  const deal = `#/opportunities/${ids.deal}`;
  return [
    { name: 'accounts', hash: '#/accounts' },
    {
      name: 'accounts: new account',
      hash: '#/accounts',
      dialog: async (page, m) => {
        await page.getByRole('button', { name: m.newAccount }).click();
        return drawer(page, m.newAccount);
      },
    },
    { name: 'account profile', hash: account },
    { name: 'account people', hash: `${account}/people` },
    {
      name: 'account people: new person',
      hash: `${account}/people`,
      dialog: async (page, m) => {
        await page.getByRole('button', { name: m.newPerson }).click();
        return drawer(page, m.newPerson);
      },
    },
    { name: 'account opportunities', hash: `${account}/opportunities` },
    { name: 'account activities', hash: `${account}/activities` },
    {
      name: 'account activities: log activity',
      hash: `${account}/activities`,
      dialog: async (page, m) => {
        await page.getByRole('button', { name: m.logActivity }).click();
        return drawer(page, m.logActivity);
      },
    },
    { name: 'account map', hash: `${account}/map` },
    { name: 'deals', hash: '#/opportunities' },
    {
      name: 'deals: new opportunity',
      hash: '#/opportunities',
      dialog: async (page, m) => {
        await page.getByRole('button', { name: m.newOpportunity }).click();
        return drawer(page, m.newOpportunity);
      },
    },
    { name: 'deal committee', hash: deal },
    { name: 'deal stage', hash: `${deal}/stage` },
    { name: 'deal activities', hash: `${deal}/activities` },
    { name: 'deal changes', hash: `${deal}/changes` },
    { name: 'deal competition', hash: `${deal}/competition` },
    { name: 'deal negotiation', hash: `${deal}/negotiation` },
    { name: 'deal evaluation', hash: `${deal}/evaluation` },
    { name: 'pipeline board', hash: '#/pipeline/board' },
    { name: 'pipeline table', hash: '#/pipeline/table' },
    { name: 'pipeline funnel', hash: '#/pipeline/funnel' },
    { name: 'forecast overview', hash: '#/forecast/overview' },
    { name: 'forecast movements', hash: '#/forecast/movements' },
    { name: 'forecast reviews', hash: '#/forecast/reviews' },
    { name: 'evaluation', hash: '#/evaluation' },
    { name: 'competitors', hash: '#/competitors' },
    {
      name: 'competitors: new competitor',
      hash: '#/competitors',
      dialog: async (page, m) => {
        await page.getByRole('button', { name: m.newCompetitor }).click();
        return drawer(page, m.newCompetitor);
      },
    },
    { name: 'competitor', hash: `#/competitors/${ids.competitor}` },
    { name: 'import', hash: '#/import' },
    { name: 'settings', hash: '#/settings' },
    { name: 'settings: workspace', hash: '#/settings/workspace' },
    {
      name: 'shortcuts',
      hash: '#/accounts',
      dialog: async (page, m) => {
        await page.keyboard.press('?');
        return page.getByRole('dialog', { name: m.shortcuts });
      },
    },
  ];
}

/** Opens `hash` and waits until its data and charts are drawn. */
async function show(page: Page, hash: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  const main = page.locator('#main-content');
  await expect(main.locator('h1')).toHaveCount(1);
  await expect(main.locator('[role="status"]:has(.mantine-Loader-root)')).toHaveCount(0, {
    timeout: 60_000,
  });
  if (hash.endsWith('/map')) {
    await expect(page.locator('[data-testid="org-map"][data-ready="true"]')).toBeVisible({
      timeout: 45_000,
    });
  }
}

const COMBOS: [Lang, Scheme][] = [
  ['en', 'light'],
  ['en', 'dark'],
  ['zh-CN', 'light'],
  ['zh-CN', 'dark'],
];

for (const [lang, scheme] of COMBOS) {
  test(`every screen and main dialog has no critical or serious axe-core violation (${lang}, ${scheme})`, async ({
    page,
    workbench,
  }) => {
    test.setTimeout(900_000);
    const ids = await demoIds(workbench);
    await workbench.rpc('settings.update', { locale: lang, colorScheme: scheme });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const m = NAMES[lang];
    const problems: string[] = [];
    const rows: string[] = [];
    for (const screen of screens(ids)) {
      await show(page, screen.hash);
      let selector = 'body';
      if (screen.dialog) {
        const dialog = await screen.dialog(page, m);
        await expect(dialog).toBeVisible();
        selector = '[role="dialog"]';
      }
      const found = await seriousA11yViolations(page, selector);
      // The figures for the closing note: critical + serious violations per screen.
      rows.push(`${screen.name.padEnd(36)} ${String(found.length).padStart(3)}`);
      problems.push(...found.map((p) => `${screen.name}: ${p}`));
      if (screen.dialog) {
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }
    }
    console.log([`axe-core critical + serious, ${lang} ${scheme}:`, ...rows].join('\n'));
    expect(problems).toEqual([]);
  });
}
