// `npm run bench`: prints cold-start figures of the browser shell (no assertions; see README).
// Each round starts `node electron/serve.ts` on a new workspace (migrations + demo seeding),
// waits for its ready line, then opens the page in Chromium until the accounts table shows.
import { chromium } from '@playwright/test';
import { performance } from 'node:perf_hooks';
import { startShell, tempDbPath } from '../e2e/shell.ts';
import globalSetup from '../e2e/globalSetup.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
await globalSetup();

type Round = { ready: number; firstScreen: number };
const rounds: Round[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const started = performance.now();
  const shell = await startShell({ dbPath: tempDbPath() });
  const ready = performance.now() - started;
  const page = await browser.newPage();
  await page.goto(shell.url);
  await page.getByRole('row').nth(1).waitFor();
  rounds.push({ ready, firstScreen: performance.now() - started });
  await page.close();
  await shell.stop();
}
await browser.close();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${Math.round(x)} ms`;
console.log(`browser shell cold start, new workspace, ${ROUNDS} rounds (median, min–max):`);
for (const key of ['ready', 'firstScreen'] as const) {
  const xs = rounds.map((r) => r[key]);
  const label =
    key === 'ready' ? 'process start → ready line' : 'process start → accounts table shown';
  console.log(
    `  ${label.padEnd(38)} ${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`,
  );
}
