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
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createHandlers } from '../../electron/handlers.ts';
import { createRouter, type Router } from '../../electron/router.ts';
import { createServices } from '../../electron/services/index.ts';
import { openStore } from '../../electron/store/connection.ts';

type Setting = 'NORMAL' | 'FULL';
type Versioned = { id: string; version: number };

const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '5' },
    dir: { type: 'string', default: tmpdir() },
  },
});
const WRITES = Number(values.writes);
const ROUNDS = Number(values.rounds);
const RECORDS = 20;

async function call<T>(router: Router, channel: string, input: unknown): Promise<T> {
  const result = await router.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

/** One run on a fresh workspace file; answers the mean ms per write of the timed updates. */
async function run(setting: Setting): Promise<number> {
  const folder = mkdtempSync(join(values.dir, 'dw-durability-'));
  const now = () => new Date();
  const { db } = openStore(join(folder, 'workspace.sqlite'), now);
  try {
    db.pragma(`synchronous = ${setting}`);
    const servicesOptions = {
      db,
      now,
      systemLocale: 'en' as const,
      appVersion: 'bench',
      workspacePath: join(folder, 'workspace.sqlite'),
    };
    const router = createRouter(createHandlers(createServices(servicesOptions)));
    const accounts: Versioned[] = [];
    const people: Versioned[] = [];
    for (let i = 0; i < RECORDS; i++) {
      const account = await call<Versioned>(router, 'accounts.create', { name: `Account ${i}` });
      accounts.push(account);
      people.push(
        await call<Versioned>(router, 'people.create', { accountId: account.id, name: `P ${i}` }),
      );
    }

    const started = performance.now();
    for (let i = 0; i < WRITES; i++) {
      const slot = Math.floor(i / 2) % RECORDS;
      if (i % 2 === 0) {
        const { id, version } = accounts[slot]!;
        accounts[slot] = await call(router, 'accounts.update', { id, version, phone: `+86 ${i}` });
      } else {
        const { id, version } = people[slot]!;
        people[slot] = await call(router, 'people.update', { id, version, notes: `Call ${i}` });
      }
    }
    return (performance.now() - started) / WRITES;
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
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
