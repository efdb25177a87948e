// `npm test`: typecheck, lint, unit and e2e tests, then one summary line `N passed, N failed`.
// Every step runs even if an earlier one fails, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = '.ci-out';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

type Tally = { passed: number; failed: number };
type Step = {
  name: string;
  command: string[];
  env?: Record<string, string>;
  tally: (exitCode: number) => Tally;
};

const single = (exitCode: number): Tally =>
  exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };

/** Counts from a runner's JSON report; a crash before the report counts as one failure. */
function fromReport(file: string, read: (json: Record<string, unknown>) => Tally) {
  return (exitCode: number): Tally => {
    try {
      const tally = read(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
      return exitCode !== 0 && tally.failed === 0 ? { ...tally, failed: 1 } : tally;
    } catch {
      return { passed: 0, failed: 1 };
    }
  };
}

const vitestReport = join(out, 'vitest.json');
const playwrightReport = join(out, 'playwright.json');

const steps: Step[] = [
  { name: 'typecheck', command: ['tsc', '-p', 'tsconfig.json'], tally: single },
  { name: 'lint', command: ['eslint', '--max-warnings', '0', '.'], tally: single },
  {
    name: 'unit',
    command: [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${vitestReport}`,
    ],
    tally: fromReport(vitestReport, (r) => ({
      passed: Number(r.numPassedTests),
      failed:
        Number(r.numFailedTests) + (r.success === false && Number(r.numFailedTests) === 0 ? 1 : 0),
    })),
  },
  {
    name: 'e2e',
    command: ['playwright', 'test'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
    tally: fromReport(playwrightReport, (r) => {
      const stats = r.stats as { expected: number; unexpected: number; flaky: number };
      return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
    }),
  },
];

const total: Tally = { passed: 0, failed: 0 };
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
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`=== ${step.name}: ${tally.passed} passed, ${tally.failed} failed (${seconds} s)`);
}

const summary = `${total.passed} passed, ${total.failed} failed`;
writeFileSync(join(out, 'summary.txt'), summary + '\n');
console.log(`\n${summary}`);
process.exit(total.failed === 0 ? 0 : 1);
