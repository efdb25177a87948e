// `npm run bench:map`: prints how the account map performs at 100, 300 and 1,000 people (no
// assertions; see README). Generates the organisations through the contract into a new workspace,
// starts the browser shell on it and drives Chromium:
//  - open: navigation to the Map view → every card laid out and drawn (data-ready on the map);
//  - pan/zoom: frame intervals while dragging and wheel-zooming for two seconds;
//  - export: the 1,000-person map as SVG, and as an A3 PDF (print view mounted → PDF written).
import { chromium, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { openWorkspace } from '../electron/workspace.ts';
import globalSetup from '../e2e/globalSetup.ts';
import { startShell, tempDbPath } from '../e2e/shell.ts';
import { generateOrg, type GeneratedOrg } from './generate/orgChart.ts';

const SIZES = [100, 300, 1000];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const dbPath = tempDbPath();
const workspace = openWorkspace({
  dbPath,
  systemLocale: 'zh-CN',
  appVersion: 'bench',
  seedDemo: false,
});
const orgs = new Map<number, GeneratedOrg>();
for (const size of SIZES) {
  const started = performance.now();
  orgs.set(
    size,
    await generateOrg(workspace.router, { accountName: `基准客户 ${size}`, people: size }),
  );
  console.log(`generated ${size} people in ${ms(performance.now() - started)}`);
}
workspace.close();

await globalSetup();
const shell = await startShell({ dbPath, lang: 'zh-CN' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
await page.goto(shell.url);
await page.getByRole('navigation').first().waitFor();

console.log(`\naccount map, ${ROUNDS} rounds each (median, min–max):`);
for (const size of SIZES) {
  const org = orgs.get(size)!;
  const open: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto(`${shell.origin}/#/accounts`);
    await page.getByRole('navigation').first().waitFor();
    const started = Date.now();
    await page.evaluate(
      (hash) => (location.hash = hash),
      `#/accounts/${org.accountId}/map/${org.opportunityId}`,
    );
    await page.locator('[data-testid="org-map"][data-ready="true"]').waitFor({ timeout: 120_000 });
    await nextFrames(page);
    open.push(Date.now() - started);
  }
  const frames = await panAndZoom(page);
  console.log(
    `  ${String(size).padStart(5)} people: open → drawn ${range(open)}; ` +
      `pan/zoom frames ${frames.count} in 2 s, interval median ${ms(frames.median)}, ` +
      `p95 ${ms(frames.p95)}, max ${ms(frames.max)}`,
  );
}

const exportStarted = Date.now();
const download = page.waitForEvent('download');
await page.getByRole('button', { name: /导出|Export/ }).click();
await page.getByRole('menuitem', { name: /SVG/ }).click();
await (await download).path();
console.log(
  `\n  1,000-person SVG export (click → file written): ${ms(Date.now() - exportStarted)}`,
);

const pdfStarted = Date.now();
await page.evaluate(() => (window.print = () => undefined));
await page.getByRole('button', { name: /导出|Export/ }).click();
await page.getByRole('menuitem', { name: /A3/ }).click();
await page.locator('.dw-print-map section').first().waitFor({ state: 'attached' });
const pages = await page.locator('.dw-print-map section').count();
const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
if (process.env.BENCH_PDF_OUT) writeFileSync(process.env.BENCH_PDF_OUT, pdf);
console.log(
  `  1,000-person PDF export, A3 (click → print view → PDF bytes): ${ms(Date.now() - pdfStarted)}, ` +
    `${pages} pages, ${(pdf.length / 1024).toFixed(0)} KiB`,
);

await browser.close();
await shell.stop();

/** Waits two animation frames so that what was committed has been painted. */
async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Drags and wheel-zooms the map for two seconds while counting animation frames. */
async function panAndZoom(page: Page) {
  const { x: cx, y: cy } = await emptyPanePoint(page);
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
  await page.mouse.move(cx, cy);
  while (Date.now() < end) {
    if (step % 2 === 0) {
      await page.mouse.down();
      await page.mouse.move(cx + 150, cy + 60, { steps: 8 });
      await page.mouse.move(cx, cy, { steps: 8 });
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

/**
 * A point of the map where the empty pane is on top, nearest the middle: a drag that starts on a
 * card would move the card instead of panning. The drag goes 150 px right and 60 px down from it
 * and back, so the point is also picked with room for that inside the map.
 */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.locator('[data-testid="org-map"]').evaluate((map) => {
    const box = map.getBoundingClientRect();
    const candidates: { x: number; y: number; d: number }[] = [];
    // Department boxes cover most of a big map (and take pointer events): probe densely.
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
  if (!point) throw new Error('bench:map: no empty pane to drag in the map');
  return point;
}

function ms(x: number): string {
  return `${Math.round(x)} ms`;
}

function range(xs: number[]): string {
  const sorted = [...xs].sort((a, b) => a - b);
  return `${ms(sorted[Math.floor(sorted.length / 2)]!)} (${ms(sorted[0]!)}–${ms(sorted.at(-1)!)})`;
}
