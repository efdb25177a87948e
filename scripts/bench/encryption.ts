// `npm run bench:encryption`: what encrypting a workspace (issue 13) costs — figures only, no
// assertions. Two parts:
//  - writes: the workload of bench:durability (updates through the router, alternating an
//    account's phone and a person's notes, each its own transaction, synchronous=FULL) on a plain
//    file and on an encrypted one, runs interleaved (plain, encrypted, plain, …); prints the median
//    ms per write of each and their ratio;
//  - backup: `workspace.backupNow` (copy + integrity_check + counts) of the same workspace plain
//    (online backup API) and encrypted (VACUUM INTO with its key), and the time to open each and
//    to encrypt it in place. The workspace is a copy of --db FILE (never FILE itself; e.g. the
//    5,000-account one from `npm run generate:large`), else the demo.
// Options: --writes N (default 2000), --rounds N per setting (default 5), --db FILE, --dir FOLDER
// (default the system's temp folder).
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { rekey } from '../../electron/store/cipher.ts';
import { openStore } from '../../electron/store/connection.ts';
import { openWorkspace } from '../../electron/workspace.ts';
import type { BackupItem } from '../../shared/workspace.ts';
import { median, msPerWrite } from './writeWorkload.ts';

type Setting = 'plain' | 'encrypted';

const PASSPHRASE = 'bench passphrase, not a secret';
const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '5' },
    db: { type: 'string' },
    dir: { type: 'string', default: tmpdir() },
  },
});
const WRITES = Number(values.writes);
const ROUNDS = Number(values.rounds);

/** One run on a fresh workspace file; answers the mean ms per write of the timed updates. */
async function writes(setting: Setting): Promise<number> {
  const folder = mkdtempSync(join(values.dir, 'dw-encryption-'));
  const path = join(folder, 'workspace.sqlite');
  const { db } = openStore(path, () => new Date());
  try {
    if (setting === 'encrypted') rekey(db, PASSPHRASE);
    return await msPerWrite(db, path, WRITES);
  } finally {
    db.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Opens the workspace (timed), backs it up (timed) and closes it. */
async function backupOf(path: string, passphrase?: string) {
  const openedAt = performance.now();
  const ws = openWorkspace({
    dbPath: path,
    systemLocale: 'en',
    appVersion: 'bench',
    automaticBackups: false,
    seedDemo: !values.db,
    ...(passphrase ? { passphrase } : {}),
  });
  const open = performance.now() - openedAt;
  try {
    const started = performance.now();
    const result = await ws.router.dispatch('workspace.backupNow', {});
    if (!result.ok) throw new Error(result.error.message);
    return { open, backup: performance.now() - started, item: result.data as BackupItem };
  } finally {
    await ws.idle();
    ws.close();
  }
}

const ms = (value: number) => `${value.toFixed(value < 10 ? 3 : 0)} ms`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

console.log(`writes: ${WRITES} updates per run, ${ROUNDS} runs per setting, in ${values.dir}`);
const perWrite: Record<Setting, number[]> = { plain: [], encrypted: [] };
for (let round = 0; round < ROUNDS; round++) {
  for (const setting of ['plain', 'encrypted'] as const) {
    const result = await writes(setting);
    perWrite[setting].push(result);
    console.log(`  run ${round + 1} ${setting.padEnd(9)} ${ms(result)} per write`);
  }
}
const plain = median(perWrite.plain);
const encrypted = median(perWrite.encrypted);
console.log(`median per write: plain ${ms(plain)}, encrypted ${ms(encrypted)}`);
console.log(`encrypted / plain: ${(encrypted / plain).toFixed(2)}×\n`);

const folder = mkdtempSync(join(values.dir, 'dw-encryption-backup-'));
try {
  const plainPath = join(folder, 'plain.sqlite');
  const encryptedPath = join(folder, 'encrypted.sqlite');
  if (values.db) copyFileSync(values.db, plainPath);
  const plainRun = await backupOf(plainPath);
  copyFileSync(plainPath, encryptedPath);
  const encrypting = openStore(encryptedPath, () => new Date());
  const encryptStarted = performance.now();
  rekey(encrypting.db, PASSPHRASE);
  const encryptTime = performance.now() - encryptStarted;
  encrypting.db.close();
  const encryptedRun = await backupOf(encryptedPath, PASSPHRASE);
  const { counts } = plainRun.item;
  console.log(
    `backup of ${values.db ?? 'the demo'} (${counts.accounts} accounts, ${counts.people} people, ` +
      `${counts.opportunities} deals), file ${mib(statSync(plainPath).size)}:`,
  );
  console.log(`  encrypt in place: ${ms(encryptTime)}`);
  for (const [name, run] of [
    ['plain', plainRun],
    ['encrypted', encryptedRun],
  ] as const) {
    console.log(
      `  ${name.padEnd(9)} open ${ms(run.open)}, backup ${ms(run.backup)}, size ${mib(run.item.sizeBytes)}`,
    );
  }
  console.log(`  encrypted / plain backup: ${(encryptedRun.backup / plainRun.backup).toFixed(2)}×`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
