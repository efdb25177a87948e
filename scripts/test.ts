// `npm test`: typecheck, lint, unit and e2e tests, then one summary line
// `N passed, N failed, N skipped`. Every step runs even if an earlier one fails, so one run shows
// everything that is wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Tally = { passed: number; failed: number; skipped: number };
type Report = Record<string, unknown>;

const single = (exitCode: number): Tally => ({
  passed: exitCode === 0 ? 1 : 0,
  failed: exitCode === 0 ? 0 : 1,
  skipped: 0,
});

/** Vitest's JSON report (Jest's shape): skipped and todo tests both count as skipped. */
export function vitestTally(report: Report): Tally {
  const failed = Number(report.numFailedTests);
  return {
    passed: Number(report.numPassedTests),
    // A suite that fails to load has no failed test but an unsuccessful run.
    failed: failed + (report.success === false && failed === 0 ? 1 : 0),
    skipped: Number(report.numPendingTests ?? 0) + Number(report.numTodoTests ?? 0),
  };
}

/** Playwright's JSON report: a flaky test passed in the end; `skipped` includes test.fixme. */
export function playwrightTally(report: Report): Tally {
  const stats = report.stats as {
    expected: number;
    unexpected: number;
    flaky: number;
    skipped: number;
  };
  return {
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
  };
}

/** Counts from a runner's JSON report; a crash before the report counts as one failure. */
export function fromReport(file: string, read: (report: Report) => Tally) {
  return (exitCode: number): Tally => {
    try {
      const tally = read(JSON.parse(readFileSync(file, 'utf8')) as Report);
      return exitCode !== 0 && tally.failed === 0 ? { ...tally, failed: 1 } : tally;
    } catch {
      return { passed: 0, failed: 1, skipped: 0 };
    }
  };
}

export function summaryLine({ passed, failed, skipped }: Tally): string {
  return `${passed} passed, ${failed} failed, ${skipped} skipped`;
}

function main() {
  const out = '.ci-out';
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const vitestReport = join(out, 'vitest.json');
  const playwrightReport = join(out, 'playwright.json');

  const steps: {
    name: string;
    command: string[];
    env?: Record<string, string>;
    tally: (exitCode: number) => Tally;
  }[] = [
    { name: 'typecheck', command: ['tsc', '-b'], tally: single },
    { name: 'lint', command: ['eslint', '--max-warnings', '0', '.'], tally: single },
    {
      name: 'electron-security',
      command: ['node', 'scripts/electronegativity.ts'],
      tally: single,
    },
    {
      name: 'unit',
      command: [
        'vitest',
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile=${vitestReport}`,
      ],
      tally: fromReport(vitestReport, vitestTally),
    },
    {
      name: 'e2e',
      command: ['playwright', 'test'],
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
      tally: fromReport(playwrightReport, playwrightTally),
    },
  ];

  const total: Tally = { passed: 0, failed: 0, skipped: 0 };
  for (const step of steps) {
    const started = Date.now();
    console.log(`\n=== ${step.name}: ${step.command.join(' ')}`);
    const run = spawnSync(step.command[0]!, step.command.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, ...step.env },
    });
    const tally = step.tally(run.status ?? 1);
    total.passed += tally.passed;
    total.failed += tally.failed;
    total.skipped += tally.skipped;
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`=== ${step.name}: ${summaryLine(tally)} (${seconds} s)`);
  }

  const summary = summaryLine(total);
  writeFileSync(join(out, 'summary.txt'), summary + '\n');
  console.log(`\n${summary}`);
  process.exit(total.failed === 0 ? 0 : 1);
}

if (import.meta.main) main();
