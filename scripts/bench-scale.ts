// `npm run bench:scale [-- --db FILE] [--only GROUP[,GROUP]] [--rounds N]`: every target of
// issue 16 ("instant at team scale") with its measured value, the target and the ratio, on the
// large workspace (5,000 accounts, 100,000 people, 20,000 deals, plus a 1,000-person account for
// the map). Figures, no assertions. Without --db the workspace is generated into a temporary
// folder first; with --db a copy of that file is used (never the file itself).
// Groups: search (list quick search, in Node), rpc (list channels and a small channel through the
// shell vs SQL + a bare echo), start (first screen from process start), views (views drawn, owner
// filter), map, pdf (deal-review pack, en and zh-CN), memory (`npm run serve` RSS).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { createHandlers } from '../electron/handlers.ts';
import { createRouter } from '../electron/router.ts';
import { isRendererStale } from '../electron/serve.ts';
import { createServices } from '../electron/services/index.ts';
import { openStore } from '../electron/store/connection.ts';
import globalSetup, { E2E_RENDERER_DIR } from '../e2e/globalSetup.ts';
import {
  benchFirstScreen,
  benchMap,
  benchMemory,
  benchPdf,
  benchViews,
  launchBrowser,
  setLocale,
  type BigOrg,
} from './bench/scale/browser.ts';
import { startEcho, startServe } from './bench/scale/processes.ts';
import { benchQuickSearch } from './bench/scale/quickSearch.ts';
import { benchRpc, type ListCase } from './bench/scale/rpc.ts';
import { ms, targetTable, type TargetRow } from './bench/scale/stats.ts';
import { generateLargeWorkspace } from './generate/largeWorkspace.ts';
import { call, generateOrg } from './generate/orgChart.ts';

const GROUPS = ['search', 'rpc', 'start', 'views', 'map', 'pdf', 'memory'] as const;
type Group = (typeof GROUPS)[number];
const BIG_ORG = '基准客户 1000';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    only: { type: 'string' },
    rounds: { type: 'string', default: '5' },
  },
});
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) fail('--rounds takes a whole number ≥ 1');
const only = new Set((values.only ?? GROUPS.join(',')).split(',').map((g) => g.trim()) as Group[]);
for (const g of only)
  if (!GROUPS.includes(g)) fail(`--only: unknown group "${g}" (${GROUPS.join(', ')})`);
const log = (line: string) => console.log(line);

log(`bench:scale — issue 16 targets, ${new Date().toISOString()}`);
log(
  `machine: ${availableParallelism()} cores; load (uptime):${execFileSync('uptime', { encoding: 'utf8' }).replace(/^.*up/, ' up').trimEnd()}`,
);
log(`node ${process.version}; groups: ${[...only].join(', ')}; rounds ${rounds}`);

const dir = mkdtempSync(join(tmpdir(), 'dw-bench-scale-'));
const basePath = join(dir, 'base.sqlite');
if (values.db) {
  const source = resolve(values.db);
  copyFileSync(source, basePath);
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${basePath}-wal`);
  log(`workspace: a copy of ${source}`);
} else {
  const started = performance.now();
  await generateLargeWorkspace({
    dbPath: basePath,
    accounts: 5000,
    people: 100_000,
    opportunities: 20_000,
  });
  log(`workspace: generated (npm run generate:large) in ${ms(performance.now() - started)}`);
}
const org = await prepareBase(basePath);
const workPath = join(dir, 'work.sqlite');
copyFileSync(basePath, workPath);

const rows: TargetRow[] = [];
const { lists, small, accounts, deals } = await listCases(workPath, org);

if (only.has('search')) {
  await guarded('search', async () => benchQuickSearch(accounts, deals, rounds, log));
}

const browserGroups = (['start', 'views', 'map', 'pdf', 'memory'] as const).filter((g) =>
  only.has(g),
);
// Read before anything builds it: whether `npm run serve` would build the renderer itself.
const rendererStale = isRendererStale(resolve(import.meta.dirname, '..'));
if (browserGroups.length > 0) {
  const started = performance.now();
  await globalSetup();
  log(
    `\nrenderer built for the shells (${E2E_RENDERER_DIR}) in ${ms(performance.now() - started)}`,
  );
}

if (only.has('rpc')) {
  const serve = await startServe({
    dbPath: workPath,
    lang: 'en',
    staticDir: E2E_RENDERER_DIR,
    port: 0,
  });
  const echo = await startEcho();
  const { db } = openStore(workPath, () => new Date());
  try {
    await guarded('rpc', () =>
      benchRpc({ db, dbPath: workPath, serve, echo, rounds, log }, lists, small),
    );
  } finally {
    if (serve.stderr()) log(`  the shell's stderr: ${serve.stderr().slice(-2000)}`);
    db.close();
    await echo.stop();
    await serve.stop();
  }
}

if (only.has('start')) {
  await guarded('start', () => benchFirstScreen(basePath, E2E_RENDERER_DIR, rounds, log));
}

if (only.has('views') || only.has('map') || only.has('pdf') || only.has('memory')) {
  const browser = await launchBrowser();
  try {
    if (only.has('views') || only.has('map') || only.has('pdf')) {
      const serve = await startServe({
        dbPath: workPath,
        lang: 'en',
        staticDir: E2E_RENDERER_DIR,
        port: 0,
      });
      await setLocale(serve, 'en');
      const page: Page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.goto(serve.url);
      await page.getByRole('navigation').first().waitFor({ timeout: 120_000 });
      try {
        if (only.has('views')) await guarded('views', () => benchViews(page, serve, rounds, log));
        if (only.has('map')) await guarded('map', () => benchMap(page, serve, org, rounds, log));
        if (only.has('pdf')) await guarded('pdf', () => benchPdf(page, serve, rounds, log));
      } finally {
        await page.close();
        await serve.stop();
      }
    }
    if (only.has('memory')) {
      await guarded('memory', () => benchMemory(browser, workPath, org, rendererStale, log));
    }
  } finally {
    await browser.close();
  }
}

log(
  `\ntargets (ratio = measured ÷ target; for frames per second target ÷ measured; > 1 is missed):`,
);
log(targetTable(rows));
const missed = rows.filter((r) => (r.higherIsBetter ? r.measured < r.limit : r.measured > r.limit));
log(
  `\n${rows.length - missed.length} of ${rows.length} met; machine load at the end (uptime):${execFileSync('uptime', { encoding: 'utf8' }).replace(/^.*up/, ' up').trimEnd()}`,
);
rmSync(dir, { recursive: true, force: true });

/**
 * Adds the 1,000-person account for the map and orgchart.get, unless the file has it already,
 * straight through the services (no workspace open, so no weekly snapshot is taken: the first
 * screen measures that), then folds the write-ahead log into the file so that copies are whole.
 */
async function prepareBase(path: string): Promise<BigOrg> {
  const now = () => new Date();
  const { db } = openStore(path, now);
  try {
    const services = createServices({
      db,
      now,
      systemLocale: 'zh-CN',
      appVersion: 'bench',
      workspacePath: path,
    });
    const router = createRouter(createHandlers(services));
    const counts = db
      .prepare<[], { a: number; p: number; o: number }>(
        'SELECT (SELECT count(*) FROM accounts) a, (SELECT count(*) FROM people) p, (SELECT count(*) FROM opportunities) o',
      )
      .get()!;
    log(
      `  ${counts.a.toLocaleString('en')} accounts, ${counts.p.toLocaleString('en')} people, ${counts.o.toLocaleString('en')} deals`,
    );
    const existing = db
      .prepare<[string], { accountId: string; opportunityId: string }>(
        `SELECT a.id accountId, o.id opportunityId FROM accounts a JOIN opportunities o ON o.account_id = a.id
         WHERE a.name = ? LIMIT 1`,
      )
      .get(BIG_ORG);
    if (existing) return existing;
    const started = performance.now();
    const made = await generateOrg(router, { accountName: BIG_ORG, people: 1000 });
    log(`  added the 1,000-person account "${BIG_ORG}" in ${ms(performance.now() - started)}`);
    return { accountId: made.accountId, opportunityId: made.opportunityId };
  } finally {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
}

/** Every list channel with the input its view sends, and the small channels. */
async function listCases(path: string, big: BigOrg) {
  const now = () => new Date();
  const { db } = openStore(path, now);
  try {
    const router = createRouter(
      createHandlers(
        createServices({ db, now, systemLocale: 'en', appVersion: 'bench', workspacePath: path }),
      ),
    );
    const busiest = db
      .prepare<[], { account_id: string; opportunity_id: string }>(
        `SELECT account_id, opportunity_id FROM activities WHERE opportunity_id IS NOT NULL
         GROUP BY account_id ORDER BY count(*) DESC LIMIT 1`,
      )
      .get()!;
    const lists: ListCase[] = [
      { label: 'accounts.list', channel: 'accounts.list', input: { includeArchived: false } },
      { label: 'opportunities.list', channel: 'opportunities.list', input: {} },
      { label: 'pipeline.list', channel: 'pipeline.list', input: {} },
      { label: 'reviews.queue', channel: 'reviews.queue', input: {} },
      {
        label: 'forecast.get',
        channel: 'forecast.get',
        input: { groupBy: 'quarter', byOwner: false },
      },
      { label: 'forecast.movements', channel: 'forecast.movements', input: {} },
      { label: 'forecast.snapshots', channel: 'forecast.snapshots', input: { limit: 26 } },
      { label: 'evaluation.quadrant', channel: 'evaluation.quadrant', input: {} },
      {
        label: 'orgchart.get (1,000 people)',
        channel: 'orgchart.get',
        input: { accountId: big.accountId, opportunityId: big.opportunityId },
      },
      {
        label: 'people.list (1,000 people)',
        channel: 'people.list',
        input: { accountId: big.accountId },
      },
      {
        label: 'committee.get (1,000-person deal)',
        channel: 'committee.get',
        input: { opportunityId: big.opportunityId },
      },
      {
        label: 'activities.list (busiest account)',
        channel: 'activities.list',
        input: { accountId: busiest.account_id },
      },
      { label: 'history.list', channel: 'history.list', input: {} },
      { label: 'competitors.list', channel: 'competitors.list', input: { includeArchived: false } },
      {
        label: 'dealCompetitors.list',
        channel: 'dealCompetitors.list',
        input: { opportunityId: busiest.opportunity_id },
      },
      {
        label: 'criteria.list',
        channel: 'criteria.list',
        input: { opportunityId: busiest.opportunity_id },
      },
      {
        label: 'negotiations.list',
        channel: 'negotiations.list',
        input: { opportunityId: busiest.opportunity_id },
      },
      { label: 'team.list', channel: 'team.list', input: { includeArchived: false } },
      { label: 'stageSets.list', channel: 'stageSets.list', input: {} },
      { label: 'buyingRoles.list', channel: 'buyingRoles.list', input: {} },
      { label: 'imports.list', channel: 'imports.list', input: {} },
    ];
    const small: ListCase[] = [
      { label: 'app.info', channel: 'app.info', input: {} },
      { label: 'settings.get', channel: 'settings.get', input: {} },
    ];
    const accounts = await call(router, 'accounts.list', { includeArchived: false });
    const deals = await call(router, 'opportunities.list', {});
    return { lists, small, accounts, deals };
  } finally {
    db.close();
  }
}

/** Runs a group; one that fails is reported as not measured and the others still run. */
async function guarded(group: string, run: () => Promise<TargetRow[]>): Promise<void> {
  try {
    rows.push(...(await run()));
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    log(`\n${group}: FAILED, not measured: ${reason}`);
    rows.push({
      group,
      target: `${group}: failed (${reason.slice(0, 60)})`,
      measured: NaN,
      limit: NaN,
      unit: 'ms',
    });
  }
}

function fail(message: string): never {
  console.error(`bench:scale: ${message}`);
  process.exit(2);
}
