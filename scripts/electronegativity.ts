// `node scripts/electronegativity.ts`: Doyensec's Electronegativity over electron/ (the main
// process and preload), failing on any high or medium finding. Each finding the code keeps on
// purpose carries an `eng-disable <CHECK>` comment with its reason next to the code it names.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const report = path.join(root, '.ci-out', 'electronegativity.csv');
const electronVersion = (
  JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as {
    version: string;
  }
).version;

// AVAILABLE_SECURITY_FIXES asks the network for Electron's releases; this runs offline, and
// Electron's version is checked by `npm outdated` instead.
const OFFLINE_ONLY = ['AvailableSecurityFixesGlobalCheck'];

/** Severity counts of Electronegativity's CSV report (one finding per line after the header). */
export function countBySeverity(csv: string): Record<string, number> {
  const counts: Record<string, number> = { HIGH: 0, MEDIUM: 0, LOW: 0, INFORMATIONAL: 0 };
  for (const line of csv.split('\n').slice(1)) {
    const severity = /^[A-Z_]+,"([A-Z]+)"/.exec(line)?.[1];
    if (severity) counts[severity] = (counts[severity] ?? 0) + 1;
  }
  return counts;
}

/** Scans a folder and answers Electronegativity's CSV report. */
export function scan(input: string, reportFile: string): string {
  mkdirSync(path.dirname(reportFile), { recursive: true });
  const run = spawnSync(
    process.execPath,
    [
      ...[
        '--import',
        pathToFileURL(path.join(root, 'scripts', 'electronegativity-offline.mjs')).href,
      ],
      path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js'),
      ...['-i', input, '-e', electronVersion, '-r', '-v', 'false'],
      ...['-x', OFFLINE_ONLY.join(','), '-o', reportFile],
    ],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (run.status !== 0) throw new Error(`Electronegativity failed: ${run.stderr || run.stdout}`);
  return readFileSync(reportFile, 'utf8');
}

/** The findings that fail the build: high or medium. */
export const blockingFindings = (csv: string) =>
  csv.split('\n').filter((line) => /^[A-Z_]+,"(HIGH|MEDIUM)"/.test(line));

function main() {
  const csv = scan(path.join(root, 'electron'), report);
  const counts = countBySeverity(csv);
  console.log(
    `Electronegativity ${electronVersion}: ${Object.entries(counts)
      .map(([severity, n]) => `${n} ${severity.toLowerCase()}`)
      .join(', ')}`,
  );
  const blocking = blockingFindings(csv);
  for (const line of blocking) console.log(line);
  process.exit(blocking.length > 0 ? 1 : 0);
}

if (import.meta.main) main();
