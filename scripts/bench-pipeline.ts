// `npm run bench:pipeline [-- --db FILE]`: prints how the pipeline, forecast and review views
// perform on a large workspace (issue 6: 5,000 accounts, 100,000 people, 20,000 opportunities) —
// figures only, no assertions. Without --db it generates the workspace first (about a minute and
// a half) into a temporary file; with --db it benchmarks a copy of that file.
//  - open: navigation from the freshly loaded accounts list to the view → its first rows drawn;
//  - filter: choosing an owner in the pipeline filter → the board redrawn with the new answer;
//  - deal-review pack: click → pack assembled and print called → PDF bytes (as printToPDF).
import { chromium, type Locator, type Page } from '@playwright/test';
import { copyFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import globalSetup from '../e2e/globalSetup.ts';
import { startShell, tempDbPath } from '../e2e/shell.ts';
import { generateLargeWorkspace } from './generate/largeWorkspace.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const { values } = parseArgs({ options: { db: { type: 'string' } } });

const dbPath = tempDbPath();
if (values.db) {
  copyFileSync(values.db, dbPath);
} else {
  const started = performance.now();
  const counts = { accounts: 5000, people: 100_000, opportunities: 20_000 };
  await generateLargeWorkspace({ dbPath, ...counts });
  console.log(
    `generated 5,000 accounts, 100,000 people, 20,000 opportunities in ${ms(performance.now() - started)}`,
  );
}
console.log(`workspace file: ${(statSync(dbPath).size / 2 ** 20).toFixed(0)} MiB`);

await globalSetup();
const shell = await startShell({ dbPath, lang: 'en' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(shell.url);
await page.getByRole('navigation').first().waitFor();

/** Each view: its route and what shows that its data is drawn. */
const VIEWS: [string, string, (p: Page) => Locator][] = [
  [
    'pipeline board',
    '#/pipeline/board',
    (p) => p.getByRole('region', { name: 'Pipeline board' }).getByRole('article').first(),
  ],
  [
    'pipeline table',
    '#/pipeline/table',
    (p) => p.getByRole('table', { name: 'Pipeline deals' }).getByRole('row').nth(1),
  ],
  [
    'pipeline funnel',
    '#/pipeline/funnel',
    (p) => p.getByRole('table', { name: 'Deals by stage' }).getByRole('row').nth(1),
  ],
  [
    'forecast overview',
    '#/forecast/overview',
    (p) => p.getByRole('table', { name: 'Forecast by period, CNY' }).getByRole('row').nth(1),
  ],
  [
    'forecast movements',
    '#/forecast/movements',
    (p) => p.getByRole('table', { name: 'Movements' }).getByRole('row').nth(1),
  ],
  [
    'review queue',
    '#/forecast/reviews',
    (p) => p.getByRole('table', { name: 'Review queue' }).getByRole('row').nth(1),
  ],
];

console.log(`\nopen, ${ROUNDS} rounds each (median, min–max):`);
for (const [label, hash, ready] of VIEWS) {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // A reload, so that nothing comes from the previous round's query cache.
    await page.goto(`${shell.origin}/#/accounts`);
    await page.reload();
    await page.getByRole('navigation').first().waitFor();
    const started = Date.now();
    await page.evaluate((h) => (location.hash = h), hash);
    await ready(page).waitFor({ timeout: 120_000 });
    await nextFrames(page);
    times.push(Date.now() - started);
  }
  console.log(`  ${label.padEnd(20)} ${range(times)}`);
}

console.log(`\nfilter the board by owner, ${ROUNDS} rounds (option chosen → board redrawn):`);
{
  const times: number[] = [];
  const owners = ['Zhang Wei', 'Li Na', 'Wang Fang', 'Chen Jie', 'Liu Yang'];
  await page.evaluate(() => (location.hash = '#/pipeline/board'));
  const board = page.getByRole('region', { name: 'Pipeline board' });
  await board.getByRole('article').first().waitFor({ timeout: 120_000 });
  for (let round = 0; round < ROUNDS; round++) {
    await page.getByRole('combobox', { name: 'Owner' }).click();
    const answered = page.waitForResponse((r) => r.url().includes('pipeline.list'));
    const started = Date.now();
    await page.getByRole('option', { name: owners[round % owners.length]!, exact: true }).click();
    await answered;
    await board.getByRole('article').first().waitFor();
    await nextFrames(page);
    times.push(Date.now() - started);
  }
  console.log(`  owner filter         ${range(times)}`);
}

console.log(`\ndeal-review pack PDF, ${ROUNDS} rounds (click → PDF bytes):`);
{
  const times: number[] = [];
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    await page.evaluate(() => (location.hash = '#/pipeline/table'));
    const table = page.getByRole('table', { name: 'Pipeline deals' });
    await table
      .getByRole('row')
      .nth(round + 1)
      .click();
    const button = page.getByRole('button', { name: 'Deal-review pack' });
    await button.waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      const w = window as unknown as { printCalls: number };
      w.printCalls = 0;
      window.print = () => (w.printCalls += 1);
    });
    const started = Date.now();
    await button.click();
    await page.waitForFunction(
      () => (window as unknown as { printCalls: number }).printCalls === 1,
      null,
      { timeout: 120_000 },
    );
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    times.push(Date.now() - started);
    bytes = pdf.length;
  }
  console.log(`  deal-review pack     ${range(times)}, last ${(bytes / 1024).toFixed(0)} KiB`);
}

await browser.close();
await shell.stop();

/** Waits two animation frames so that what was committed has been painted. */
async function nextFrames(p: Page): Promise<void> {
  await p.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

function ms(x: number): string {
  return `${Math.round(x)} ms`;
}

function range(xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${ms(sorted[Math.floor(sorted.length / 2)]!)} (${ms(sorted[0]!)}–${ms(sorted.at(-1)!)})`;
}
