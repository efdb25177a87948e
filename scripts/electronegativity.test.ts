import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blockingFindings, countBySeverity, scan } from './electronegativity.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'dw-eng-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// `npm test`'s electron-security step runs the same scan over electron/ and fails on what this finds.
// A separate Node process parsing with Babel: seconds, more on a busy machine.
describe('the Electronegativity step', { timeout: 60_000 }, () => {
  it('fails a main process that gives the page Node and no isolation', () => {
    const dir = mkdtempSync(path.join(tmp, 'unsafe-'));
    writeFileSync(
      path.join(dir, 'main.js'),
      `const { BrowserWindow } = require('electron');
new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });`,
    );
    const csv = scan(dir, path.join(tmp, 'unsafe.csv'));
    expect(countBySeverity(csv).HIGH).toBeGreaterThan(0);
    expect(blockingFindings(csv).join('\n')).toMatch(/CONTEXT_ISOLATION_JS_CHECK/);
  });
});
