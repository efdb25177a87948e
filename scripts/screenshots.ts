// `npm run screenshots`: the README's pictures of the app as it is now. Builds the renderer,
// starts the browser shell on a fresh demo workspace and has Chromium photograph the accounts
// list (docs/screenshot.png) and Temp's map with the Plant 2 deal's committee (docs/map.png).
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import globalSetup from '../e2e/globalSetup.ts';
import { startShell, tempDbPath } from '../e2e/shell.ts';

const docs = resolve(import.meta.dirname, '..', 'docs');

await globalSetup();
const dbPath = tempDbPath();
const shell = await startShell({ dbPath, lang: 'en' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(shell.url);
  await page.getByRole('cell', { name: /^Temp Precision Machinery/ }).waitFor();
  await page.screenshot({ path: resolve(docs, 'screenshot.png') });

  await page.getByRole('cell', { name: /^Temp Precision Machinery/ }).click();
  await page.getByRole('tab', { name: 'Map' }).click();
  await page.locator('[data-testid="org-map"][data-ready="true"]').waitFor();
  await page.getByRole('combobox', { name: 'Deal context' }).click();
  await page.getByRole('option', { name: /^Plant 2/ }).click();
  await page.locator('[data-committee="member"]').first().waitFor();
  await page.mouse.move(0, 0); // no hover toolbar in the picture
  await page.waitForTimeout(500); // let the map's fit animation settle
  await page.screenshot({ path: resolve(docs, 'map.png') });
  console.log(`Wrote ${resolve(docs, 'screenshot.png')} and ${resolve(docs, 'map.png')}`);
} finally {
  await browser.close();
  await shell.stop();
  rmSync(dirname(dbPath), { recursive: true, force: true });
}
