// `npm run bench:backup [-- --db FILE]`: prints what keeping the workspace safe costs on a large
// workspace (issue 13: 5,000 accounts, 100,000 people, 20,000 opportunities) — figures only, no
// assertions. Without --db it generates that workspace first (a few minutes) into a temporary
// folder; with --db it works on a copy of FILE, never on FILE itself.
//  - quick_check: the check every open runs, alone, and the whole open of the workspace;
//  - backup: the online backup API's copy, the integrity_check of the copy, and both together as
//    `workspace.backupNow` does them (plus VACUUM INTO, the synchronous copy before a migration);
//  - restore: `workspace.restore` of that backup (safety backup, swap, reopen).
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { backupsFor } from '../../electron/store/backups.ts';
import { openWorkspace } from '../../electron/workspace.ts';
import type { BackupItem } from '../../shared/workspace.ts';
import { generateLargeWorkspace } from '../generate/largeWorkspace.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const { values } = parseArgs({ options: { db: { type: 'string' } } });

const dir = mkdtempSync(join(tmpdir(), 'dw-bench-backup-'));
const dbPath = join(dir, 'workspace.sqlite');
try {
  if (values.db) {
    copyFileSync(values.db, dbPath);
  } else {
    const started = performance.now();
    await generateLargeWorkspace({
      dbPath,
      accounts: 5000,
      people: 100_000,
      opportunities: 20_000,
    });
    console.log(
      `generated 5,000 accounts, 100,000 people, 20,000 opportunities in ${ms(performance.now() - started)}`,
    );
  }
  console.log(`workspace file: ${mib(statSync(dbPath).size)}`);
  console.log(`${ROUNDS} rounds each (median, min–max):\n`);

  report('quick_check at open', () => {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      db.pragma('quick_check');
    } finally {
      db.close();
    }
  });
  report('open the workspace (quick_check, migrations, services)', () => {
    openWorkspace({
      dbPath,
      systemLocale: 'zh-CN',
      appVersion: 'bench',
      automaticBackups: false,
    }).close();
  });

  const source = new Database(dbPath, { readonly: true, fileMustExist: true });
  const copyPath = join(dir, 'copy.sqlite');
  await reportAsync('backup API copy (db.backup)', async () => {
    rmSync(copyPath, { force: true });
    await source.backup(copyPath, { progress: () => 2000 });
  });
  report('integrity_check of the copy', () => {
    const copy = new Database(copyPath, { readonly: true, fileMustExist: true });
    try {
      copy.pragma('integrity_check');
    } finally {
      copy.close();
    }
  });
  const backups = backupsFor(dbPath, () => new Date());
  let item: BackupItem | undefined;
  await reportAsync('backup as kept (copy, verify, count, rotate)', async () => {
    item = await backups.take(source, 'manual');
  });
  report('VACUUM INTO copy, verified (before a migration)', () => {
    backups.takeSync(source, 'beforeMigration');
  });
  source.close();
  console.log(`backup file: ${mib(item!.sizeBytes)} (${JSON.stringify(item!.counts)})`);

  const workspace = openWorkspace({
    dbPath,
    systemLocale: 'zh-CN',
    appVersion: 'bench',
    automaticBackups: false,
  });
  await reportAsync('restore (safety backup, swap, reopen)', async () => {
    const result = await workspace.router.dispatch('workspace.restore', { id: item!.id });
    if (!result.ok) throw new Error(result.error.message);
  });
  workspace.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function report(label: string, run: () => void): void {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  print(label, times);
}

async function reportAsync(label: string, run: () => Promise<void>): Promise<void> {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  print(label, times);
}

function print(label: string, times: number[]): void {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `${label.padEnd(56)} ${ms(median)} (${ms(sorted[0]!)}–${ms(sorted[sorted.length - 1]!)})`,
  );
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
