import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromReport, playwrightTally, summaryLine, vitestTally } from './test.ts';

let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'dw-test-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function report(name: string, json: unknown): string {
  const file = path.join(tmp, name);
  writeFileSync(file, JSON.stringify(json));
  return file;
}

describe('npm test summary', () => {
  it('counts vitest’s skipped and todo tests as skipped', () => {
    expect(
      vitestTally({
        numPassedTests: 950,
        numFailedTests: 2,
        numPendingTests: 3,
        numTodoTests: 1,
        success: false,
      }),
    ).toEqual({ passed: 950, failed: 2, skipped: 4 });
  });

  it('counts a vitest run that failed without a failed test (a suite that did not load) as one failure', () => {
    expect(
      vitestTally({ numPassedTests: 10, numFailedTests: 0, numPendingTests: 0, success: false }),
    ).toEqual({ passed: 10, failed: 1, skipped: 0 });
  });

  it('counts Playwright’s skipped tests, and flaky ones as passed', () => {
    expect(
      playwrightTally({ stats: { expected: 140, unexpected: 1, flaky: 2, skipped: 5 } }),
    ).toEqual({ passed: 142, failed: 1, skipped: 5 });
  });

  it('ends with passed, failed and skipped', () => {
    expect(summaryLine({ passed: 1092, failed: 0, skipped: 5 })).toBe(
      '1092 passed, 0 failed, 5 skipped',
    );
  });

  it('reads a runner’s report file, and counts a crash before the report as one failure', () => {
    const file = report('playwright.json', {
      stats: { expected: 3, unexpected: 0, flaky: 0, skipped: 2 },
    });
    expect(fromReport(file, playwrightTally)(0)).toEqual({ passed: 3, failed: 0, skipped: 2 });
    // The runner failed yet the report shows no failure (e.g. a global setup error).
    expect(fromReport(file, playwrightTally)(1)).toEqual({ passed: 3, failed: 1, skipped: 2 });
    expect(fromReport(path.join(tmp, 'missing.json'), playwrightTally)(1)).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
  });
});
