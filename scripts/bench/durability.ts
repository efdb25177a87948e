// `npm run bench:durability`: the cost of synchronous=FULL (the workspace's setting since issue 13)
// against NORMAL, on the same write workload: 2,000 updates through the router, alternating an
// account's phone and a person's notes, each its own transaction as in the app. Runs alternate
// between the two settings (NORMAL, FULL, NORMAL, …) so drift in the machine's load hits both;
// prints the median ms per write of each and their ratio (no assertions; see README).
// Options: --writes N (default 2000), --rounds N per setting (default 5), --dir FOLDER (default
// the system's temp folder; choose one on the disk whose cost you want to know).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../../electron/store/connection.ts';
import { median, msPerWrite } from './writeWorkload.ts';

type Setting = 'NORMAL' | 'FULL';

const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '5' },
    dir: { type: 'string', default: tmpdir() },
  },
});
const WRITES = Number(values.writes);
const ROUNDS = Number(values.rounds);

/** One run on a fresh workspace file; answers the mean ms per write of the timed updates. */
async function run(setting: Setting): Promise<number> {
  const folder = mkdtempSync(join(values.dir, 'dw-durability-'));
  const path = join(folder, 'workspace.sqlite');
  const { db } = openStore(path, () => new Date());
  try {
    db.pragma(`synchronous = ${setting}`);
    return await msPerWrite(db, path, WRITES);
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

console.log(`${WRITES} updates per run, ${ROUNDS} runs per setting, interleaved, in ${values.dir}`);
const perWrite: Record<Setting, number[]> = { NORMAL: [], FULL: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const setting of ['NORMAL', 'FULL'] as const) {
    const result = await run(setting);
    perWrite[setting].push(result);
    console.log(`  run ${round + 1} ${setting.padEnd(6)} ${ms(result)} per write`);
  }
}
const normal = median(perWrite.NORMAL);
const full = median(perWrite.FULL);
console.log(`\nmedian per write: NORMAL ${ms(normal)}, FULL ${ms(full)}`);
console.log(`FULL / NORMAL: ${(full / normal).toFixed(2)}×`);
