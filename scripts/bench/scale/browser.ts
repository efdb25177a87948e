// What the user sees, driven in Chromium (playwright-core, /usr/bin/chromium): first screen from
// process start, views drawn, the owner filter, the 1,000-person map, the deal-review PDF in both
// languages, and the memory `npm run serve` holds after every view.
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3-multiple-ciphers';
import { reviewPackEn } from '../../../renderer/features/reviewPack/i18n/en.ts';
import { reviewPackZhCN } from '../../../renderer/features/reviewPack/i18n/zh-CN.ts';
import { memoryOf, startServe, type Serve } from './processes.ts';
import { median, mib, ms, spread, type TargetRow } from './stats.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-background-networking', '--no-first-run'];
const VIEWPORT = { width: 1600, height: 1000 };

export type BigOrg = { accountId: string; opportunityId: string };

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Sets the workspace's language through the shell, as the language switcher does. */
export async function setLocale(serve: Serve, locale: 'en' | 'zh-CN'): Promise<void> {
  const res = await fetch(`${serve.origin}/rpc/settings.update`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${serve.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ locale }),
  });
  if (res.status !== 200) throw new Error(`settings.update: HTTP ${res.status}`);
}

/** The first data row of the page's first table: drawn rows, in either language. */
const firstRow = (page: Page) =>
  page.locator('main').getByRole('table').first().getByRole('row').nth(1);

// ---------- First screen ----------

export async function benchFirstScreen(
  basePath: string,
  staticDir: string,
  rounds: number,
  log: (line: string) => void,
): Promise<TargetRow[]> {
  // One browser profile for every launch, as the desktop app keeps its cache between launches.
  const profile = mkdtempSync(join(tmpdir(), 'dw-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    viewport: VIEWPORT,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const due = { ready: [] as number[], rows: [] as number[] };
  const notDue = { ready: [] as number[], rows: [] as number[] };
  const onStartPath: boolean[] = [];
  const snapshotCost: number[] = [];
  log(
    `\nfirst screen: spawn of the browser shell → first rows of the accounts list, ${rounds} rounds;` +
      `\n  each round on a fresh copy (weekly snapshot due), then again on that copy (not due):`,
  );
  for (let round = 0; round < rounds; round++) {
    const dir = mkdtempSync(join(tmpdir(), 'dw-bench-start-'));
    const dbPath = join(dir, 'workspace.sqlite');
    copyFileSync(basePath, dbPath);
    for (const [kind, sample] of [
      ['due', due],
      ['not due', notDue],
    ] as const) {
      const before = Date.now();
      const serve = await startServe({ dbPath, lang: 'en', staticDir });
      const readyWall = Date.now();
      await page.goto(serve.url);
      await firstRow(page).waitFor({ timeout: 120_000 });
      const drawn = performance.now();
      sample.ready.push(serve.readyAt - serve.spawnedAt);
      sample.rows.push(drawn - serve.spawnedAt);
      await page.goto('about:blank');
      await serve.stop();
      if (kind === 'due') {
        const db = new Database(dbPath, { readonly: true });
        const taken = db
          .prepare<[string], { taken_at: string }>(
            "SELECT taken_at FROM forecast_snapshots WHERE kind = 'automatic' AND taken_at >= ? ORDER BY taken_at LIMIT 1",
          )
          .get(new Date(before - 1000).toISOString());
        db.close();
        const at = taken ? Date.parse(taken.taken_at) : NaN;
        onStartPath.push(Number.isFinite(at) && at <= readyWall);
        if (!taken) log(`  round ${round + 1}: no weekly snapshot was taken at start`);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  for (let i = 0; i < rounds; i++) snapshotCost.push(due.rows[i]! - notDue.rows[i]!);
  log(`  snapshot due:     ready line ${spread(due.ready)}, first rows ${spread(due.rows)}`);
  log(`  snapshot not due: ready line ${spread(notDue.ready)}, first rows ${spread(notDue.rows)}`);
  const taken = onStartPath.filter(Boolean).length;
  log(
    `  weekly snapshot taken before the ready line (on the start path): ${taken} of ${rounds} rounds; ` +
      `due − not due ${ms(median(snapshotCost))}`,
  );
  return [
    {
      group: 'start',
      target: 'first screen from process start (snapshot not due)',
      measured: median(notDue.rows),
      limit: 1500,
      unit: 'ms',
      note: `ready line ${ms(median(notDue.ready))}`,
    },
    {
      group: 'start',
      target: 'first screen from process start (snapshot due)',
      measured: median(due.rows),
      limit: 1500,
      unit: 'ms',
      note: `ready line ${ms(median(due.ready))}`,
    },
    {
      group: 'start',
      target: 'weekly snapshot on the start path (rounds)',
      measured: taken,
      limit: 0,
      unit: 'count',
      note: `of ${rounds}; adds ${ms(median(snapshotCost))}`,
    },
  ];
}

// ---------- Views ----------

type View = [label: string, hash: string, ready: (p: Page) => Locator];

const table = (name: string) => (p: Page) =>
  p.getByRole('table', { name, exact: true }).getByRole('row').nth(1);

export const VIEWS: View[] = [
  ['accounts', '#/accounts', table('Accounts')],
  ['opportunities', '#/opportunities', table('Opportunities')],
  [
    'pipeline board',
    '#/pipeline/board',
    (p) => p.getByRole('region', { name: 'Pipeline board' }).getByRole('article').first(),
  ],
  ['pipeline table', '#/pipeline/table', table('Pipeline deals')],
  ['pipeline funnel', '#/pipeline/funnel', table('Deals by stage')],
  ['forecast overview', '#/forecast/overview', table('Forecast by period, CNY')],
  ['forecast movements', '#/forecast/movements', table('Movements')],
  ['review queue', '#/forecast/reviews', table('Review queue')],
];

/** Navigation from a freshly loaded settings page to each view → its first rows drawn. */
export async function benchViews(
  page: Page,
  serve: Serve,
  rounds: number,
  log: (line: string) => void,
): Promise<TargetRow[]> {
  const rows: TargetRow[] = [];
  log(`\nviews drawn (navigation → first rows), ${rounds} rounds each, fresh page each round:`);
  for (const [label, hash, ready] of VIEWS) {
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      await page.goto(`${serve.origin}/#/settings`);
      await page.reload();
      await page.getByRole('navigation').first().waitFor();
      const started = performance.now();
      await page.evaluate((h) => (location.hash = h), hash);
      await ready(page).waitFor({ timeout: 120_000 });
      await nextFrames(page);
      times.push(performance.now() - started);
    }
    log(`  ${label.padEnd(20)} ${spread(times)}`);
    rows.push({
      group: 'views',
      target: `view drawn: ${label}`,
      measured: median(times),
      limit: 300,
      unit: 'ms',
    });
  }

  const times: number[] = [];
  const owners = ['Zhang Wei', 'Li Na', 'Wang Fang', 'Chen Jie', 'Liu Yang', 'Zhao Lei'];
  await page.evaluate(() => (location.hash = '#/pipeline/board'));
  const board = page.getByRole('region', { name: 'Pipeline board' });
  await board.getByRole('article').first().waitFor({ timeout: 120_000 });
  for (let round = 0; round < rounds; round++) {
    await page.getByRole('combobox', { name: 'Owner' }).click();
    const answered = page.waitForResponse((r) => r.url().includes('/rpc/pipeline.list'));
    const started = performance.now();
    await page.getByRole('option', { name: owners[round % owners.length]!, exact: true }).click();
    await answered;
    await board.getByRole('article').first().waitFor();
    await nextFrames(page);
    times.push(performance.now() - started);
  }
  log(`  ${'owner filter (board)'.padEnd(20)} ${spread(times)}`);
  rows.push({
    group: 'views',
    target: 'owner filter applied (pipeline board)',
    measured: median(times),
    limit: 150,
    unit: 'ms',
  });
  return rows;
}

// ---------- Map ----------

export async function benchMap(
  page: Page,
  serve: Serve,
  org: BigOrg,
  rounds: number,
  log: (line: string) => void,
): Promise<TargetRow[]> {
  const open: number[] = [];
  // A drawing takes seconds when all is well and minutes on a loaded machine: two are enough.
  for (let round = 0; round < Math.min(rounds, 2); round++) {
    await page.goto(`${serve.origin}/#/accounts`);
    await page.reload();
    await page.getByRole('navigation').first().waitFor();
    const started = performance.now();
    await page.evaluate(
      (hash) => (location.hash = hash),
      `#/accounts/${org.accountId}/map/${org.opportunityId}`,
    );
    await page.locator('[data-testid="org-map"][data-ready="true"]').waitFor({ timeout: 300_000 });
    await nextFrames(page);
    open.push(performance.now() - started);
  }
  const frames = await panAndZoom(page);
  const fps = frames.count / 2;
  log(
    `\n1,000-person map: open → drawn ${spread(open)} (first ${ms(open[0]!)}); pan/zoom ${frames.count} frames in 2 s ` +
      `(${fps.toFixed(1)} fps), interval median ${ms(frames.median)}, p95 ${ms(frames.p95)}, longest ${ms(frames.max)}`,
  );
  return [
    {
      group: 'map',
      target: '1,000-person map first render',
      measured: open[0]!,
      limit: 1000,
      unit: 'ms',
      note: `median of ${open.length} ${ms(median(open))}`,
    },
    {
      group: 'map',
      target: 'map pan/zoom',
      measured: fps,
      limit: 50,
      unit: 'fps',
      higherIsBetter: true,
    },
    { group: 'map', target: 'map longest frame', measured: frames.max, limit: 100, unit: 'ms' },
  ];
}

/** Drags and wheel-zooms the map for two seconds while counting animation frames (bench-map). */
async function panAndZoom(page: Page) {
  const point = await page.locator('[data-testid="org-map"]').evaluate((map) => {
    const box = map.getBoundingClientRect();
    const candidates: { x: number; y: number; d: number }[] = [];
    for (let x = box.left + 8; x < box.right - 160; x += 8) {
      for (let y = box.top + 8; y < box.bottom - 70; y += 8) {
        const d = Math.hypot((x - box.left) / box.width - 0.4, (y - box.top) / box.height - 0.45);
        candidates.push({ x, y, d });
      }
    }
    candidates.sort((a, b) => a.d - b.d);
    return (
      candidates.find(({ x, y }) =>
        document.elementFromPoint(x, y)?.classList.contains('react-flow__pane'),
      ) ?? null
    );
  });
  if (!point) throw new Error('bench:scale: no empty pane to drag in the map');
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__frames = [];
    w.__counting = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const end = Date.now() + 2000;
  let step = 0;
  await page.mouse.move(point.x, point.y);
  while (Date.now() < end) {
    if (step % 2 === 0) {
      await page.mouse.down();
      await page.mouse.move(point.x + 150, point.y + 60, { steps: 8 });
      await page.mouse.move(point.x, point.y, { steps: 8 });
      await page.mouse.up();
    } else {
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, step % 4 === 1 ? -120 : 120);
    }
    step++;
  }
  const times = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __counting: boolean };
    w.__counting = false;
    return w.__frames;
  });
  const intervals = times
    .slice(1)
    .map((t, i) => t - times[i]!)
    .sort((a, b) => a - b);
  const at = (q: number) =>
    intervals[Math.min(intervals.length - 1, Math.floor(intervals.length * q))]!;
  return { count: times.length, median: at(0.5), p95: at(0.95), max: intervals.at(-1)! };
}

// ---------- Deal-review PDF ----------

const PACK = {
  en: { button: reviewPackEn.button, table: 'Pipeline deals' },
  'zh-CN': { button: reviewPackZhCN.button, table: '销售漏斗中的项目' },
} as const;

/**
 * Click on "Deal-review pack" → pack assembled and print called → PDF bytes, as the desktop
 * shell's printToPDF; in the browser shell print() is stubbed and page.pdf() writes the PDF.
 */
export async function benchPdf(
  page: Page,
  serve: Serve,
  rounds: number,
  log: (line: string) => void,
): Promise<TargetRow[]> {
  const rows: TargetRow[] = [];
  log(`\ndeal-review pack PDF (click → PDF bytes), ${rounds} rounds per language:`);
  for (const locale of ['en', 'zh-CN'] as const) {
    await setLocale(serve, locale);
    await page.goto(`${serve.origin}/#/pipeline/table`);
    await page.reload();
    const times: number[] = [];
    let size = 0;
    for (let round = 0; round < rounds; round++) {
      await page.evaluate(() => (location.hash = '#/pipeline/table'));
      await page
        .getByRole('table', { name: PACK[locale].table })
        .getByRole('row')
        .nth(round + 1)
        .click({ timeout: 120_000 });
      const button = page.getByRole('button', { name: PACK[locale].button });
      await button.waitFor({ timeout: 60_000 });
      await page.evaluate(() => {
        const w = window as unknown as { printCalls: number };
        w.printCalls = 0;
        window.print = () => (w.printCalls += 1);
      });
      const started = performance.now();
      await button.click();
      await page.waitForFunction(
        () => (window as unknown as { printCalls: number }).printCalls === 1,
        null,
        { timeout: 120_000 },
      );
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      times.push(performance.now() - started);
      size = pdf.length;
      await page.keyboard.press('Escape');
    }
    log(
      `  ${locale.padEnd(6)} first ${ms(times[0]!)}, ${spread(times)}, last ${(size / 1024).toFixed(0)} KiB`,
    );
    rows.push({
      group: 'pdf',
      target: `deal-review PDF, ${locale} (first)`,
      measured: times[0]!,
      limit: 2000,
      unit: 'ms',
      note: `median ${ms(median(times))}`,
    });
  }
  await setLocale(serve, 'en');
  return rows;
}

// ---------- Memory ----------

/** The serving process as `npm run serve` runs it: RSS at the ready line and after every view. */
export async function benchMemory(
  browser: Browser,
  dbPath: string,
  org: BigOrg,
  rendererStale: boolean,
  log: (line: string) => void,
): Promise<TargetRow[]> {
  const serve = await startServe({ dbPath, lang: 'en', staticDir: null, port: 0 });
  const atReady = memoryOf(serve.pid);
  await setLocale(serve, 'en');
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(serve.url);
  await page.getByRole('navigation').first().waitFor({ timeout: 120_000 });
  const visited: string[] = [];
  for (const [label, hash, ready] of VIEWS) {
    await page.evaluate((h) => (location.hash = h), hash);
    await ready(page).waitFor({ timeout: 120_000 });
    visited.push(label);
  }
  const extra: [string, string, (p: Page) => Locator][] = [
    [
      'map (1,000 people)',
      `#/accounts/${org.accountId}/map/${org.opportunityId}`,
      (p) => p.locator('[data-testid="org-map"][data-ready="true"]'),
    ],
    ['evaluation', '#/evaluation', (p) => p.getByRole('navigation').first()],
    ['competitors', '#/competitors', (p) => p.getByRole('navigation').first()],
    ['settings', '#/settings', (p) => p.getByRole('navigation').first()],
  ];
  for (const [label, hash, ready] of extra) {
    await page.evaluate((h) => (location.hash = h), hash);
    try {
      await ready(page).waitFor({ timeout: 300_000 });
      visited.push(label);
    } catch {
      visited.push(`${label} (not drawn within 5 min)`);
    }
  }
  const after = memoryOf(serve.pid);
  await page.close();
  await serve.stop();
  log(
    `\n\`npm run serve\` (node electron/serve.ts, renderer ${rendererStale ? 'stale: built in the serving process' : 'already built'}):` +
      `\n  RSS at the ready line ${mib(atReady.rss)}, after every view ${mib(after.rss)}, peak ${mib(after.peak)}` +
      `\n  views: ${visited.join(', ')}`,
  );
  return [
    {
      group: 'memory',
      target: '`npm run serve` RSS after every view',
      measured: after.rss / 2 ** 20,
      limit: 250,
      unit: 'MiB',
      note: `peak ${mib(after.peak)}, at ready ${mib(atReady.rss)}`,
    },
  ];
}

/** Waits two animation frames so that what was committed has been painted. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}
