// `npm run bench:reviews [-- --db FILE] [--rounds N]`: the 1-15-30 review queue before and after
// its maintained columns (issue 16, migration 0018) — figures only, no assertions. Works on a copy
// of FILE (default large-workspace.sqlite, written by `npm run generate:large`), never on FILE:
//  - for a file made before 0018 (schema 17): the former queue (correlated subqueries,
//    json_extract over history, localeCompare sort) on the file as it is, for all owners and for
//    the owner with the most deals; the migration to 0018 alone (its backfill of the columns,
//    index and triggers), then the whole openStore of a second copy (backup, migration, checks);
//  - the queue as served now (reviews.queue through the services), same two cases, checked equal.
import Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { createServices } from '../../electron/services/index.ts';
import { oldQueue } from '../../electron/services/reviewsOracle.ts';
import { openStore } from '../../electron/store/connection.ts';
import { migrate, schemaVersion } from '../../electron/store/migrations/index.ts';
import { localDay } from '../../shared/localDate.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'large-workspace.sqlite' },
    rounds: { type: 'string', default: '7' },
  },
});
const rounds = Number(values.rounds);
const ms = (t: number) => `${t.toFixed(1)} ms`;

type Stats = { median: number; min: number; max: number; cpu: number };
const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Times each case in turn, round after round, so the machine's load falls on all alike. Besides
 * the wall time, the median CPU time of this process: less moved by other processes' load.
 */
function interleaved<K extends string>(cases: Record<K, () => unknown>): Record<K, Stats> {
  const wall: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  for (const fn of Object.values<() => unknown>(cases)) fn(); // warm: statements prepared, pages cached
  for (let i = 0; i < rounds; i += 1) {
    for (const [name, fn] of Object.entries<() => unknown>(cases)) {
      const started = performance.now();
      const usage = process.cpuUsage();
      fn();
      const used = process.cpuUsage(usage);
      (wall[name] ??= []).push(performance.now() - started);
      (cpu[name] ??= []).push((used.user + used.system) / 1000);
    }
  }
  return Object.fromEntries(
    Object.entries(wall).map(([name, t]) => [
      name,
      { median: median(t), min: Math.min(...t), max: Math.max(...t), cpu: median(cpu[name]!) },
    ]),
  ) as Record<K, Stats>;
}
const show = ({ median: m, min, max, cpu }: Stats) =>
  `${ms(m)} (${ms(min)}–${ms(max)}; CPU ${ms(cpu)})`;

function copy(source: string, target: string) {
  copyFileSync(source, target);
  if (existsSync(`${source}-wal`)) copyFileSync(`${source}-wal`, `${target}-wal`);
}

const source = resolve(values.db);
if (!existsSync(source)) {
  console.error(`bench:reviews: no workspace at ${source}; make one with npm run generate:large`);
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'dw-bench-reviews-'));
try {
  console.log(`bench:reviews — a copy of ${source}; ${rounds} rounds, median (min–max)`);
  const path = join(dir, 'a.sqlite');
  copy(source, path);
  const asOf = localDay(new Date());

  const raw = new Database(path);
  const version = schemaVersion(raw);
  const count = (sql: string) => raw.prepare<[], number>(sql).pluck().get()!;
  const owner = raw
    .prepare<[], string>(
      `SELECT owner FROM opportunities WHERE status = 'open'
       GROUP BY owner ORDER BY count(*) DESC, owner LIMIT 1`,
    )
    .pluck()
    .get()!;
  console.log(
    `schema ${version}; ${count('SELECT count(*) FROM opportunities')} deals, ` +
      `${count("SELECT count(*) FROM opportunities WHERE status = 'open'")} open; ` +
      `${count('SELECT count(*) FROM changes')} history entries; one owner: ${owner}; as of ${asOf}`,
  );
  // A file made before 0018: the former queue on it as it was, and what migrating it costs.
  const atSeventeen = version < 18 ? fromSeventeen() : null;
  function fromSeventeen() {
    const before = interleaved({
      all: () => oldQueue(raw, null, asOf),
      one: () => oldQueue(raw, owner, asOf),
    });
    let started = performance.now();
    migrate(raw, 18);
    const migration = performance.now() - started;
    const second = join(dir, 'b.sqlite');
    copy(source, second);
    started = performance.now();
    openStore(second, () => new Date()).db.close();
    return { before, migration, opened: performance.now() - started };
  }
  raw.close();

  const { db } = openStore(path, () => new Date());
  const services = createServices({
    db,
    now: () => new Date(),
    systemLocale: 'en',
    appVersion: 'bench',
    workspacePath: path,
  });
  const newAll = services.reviews.queue({ asOf });
  const newOne = services.reviews.queue({ asOf, owner });
  // Side by side on the migrated file: the former SQL reads none of the new columns, and
  // NOT INDEXED keeps the plan it had on a file at 17.
  // What reviews.queue reads for everyone: the deals' columns and the account names.
  const columns = db.prepare(
    `SELECT id, name, account_id, owner, status, created_at, review_touched_at,
       review_moved_at, review_met
     FROM opportunities NOT INDEXED WHERE status = 'open' ORDER BY rowid`,
  );
  const accounts = db.prepare('SELECT id, name FROM accounts').raw();
  const side = interleaved({
    formerAll: () => oldQueue(db, null, asOf),
    nowAll: () => services.reviews.queue({ asOf }),
    formerOne: () => oldQueue(db, owner, asOf),
    nowOne: () => services.reviews.queue({ asOf, owner }),
    nowAllSql: () => [columns.all(), accounts.all()],
  });
  const same =
    isDeepStrictEqual(newAll, oldQueue(db, null, asOf)) &&
    isDeepStrictEqual(newOne, oldQueue(db, owner, asOf));
  db.close();

  if (atSeventeen) {
    const { before, migration, opened } = atSeventeen;
    console.log(`\nmigration 0018 alone (backfill, index, triggers): ${ms(migration)}`);
    console.log(`openStore of a fresh copy at 17 (backup, migrations, checks): ${ms(opened)}`);
    console.log(`\nformer queue on the file at 17 (for reference):`);
    console.log(`  all owners ${show(before.all)}; one owner ${show(before.one)}`);
  } else console.log(`\nthe file has the review columns already: no migration to time`);
  const ratio = (a: Stats, b: Stats) => `×${(a.median / b.median).toFixed(1)}`;
  console.log(`\nside by side on the migrated file, interleaved:`);
  console.log(
    `  all owners (${newAll.length} items): former ${show(side.formerAll)}, ` +
      `now ${show(side.nowAll)} ${ratio(side.formerAll, side.nowAll)}`,
  );
  console.log(
    `  one owner (${newOne.length} items): former ${show(side.formerOne)}, ` +
      `now ${show(side.nowOne)} ${ratio(side.formerOne, side.nowOne)}`,
  );
  console.log(`  of which the new SQL alone, all owners: ${show(side.nowAllSql)}`);
  console.log(`\nsame items in the same order as the former queue: ${same ? 'yes' : 'NO'}`);
  if (!same) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
