// `npm run bench:search [-- --db FILE]`: prints how fast search everything (issue 15) answers on
// the large workspace (issue 6: 5,000 accounts, 100,000 people, 20,000 opportunities) — figures
// only, no assertions. Without --db it generates the workspace first into a temporary file; with
// --db it benchmarks a copy of that file. 1,000 people with English names are added through the
// service, so that English queries have something to find.
//  - query: search.query as the main process answers it (keys of the query, FTS5, details of the
//    hits), p50/p95 over several queries of each kind: Chinese, pinyin, initials, English;
//  - build: the whole index rebuilt from the records (what migration 0014 does on an old file),
//    before the queries, so they run on a fresh index;
//  - size: the pages of the index's tables, against the whole file.
import { copyFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createServices } from '../electron/services/index.ts';
import { writeTransaction } from '../electron/services/common.ts';
import { openStore } from '../electron/store/connection.ts';
import { rebuildSearchIndex } from '../electron/store/searchIndex.ts';
import { personCreate } from '../shared/schemas.ts';
import { searchKeys } from '../shared/searchKeys.ts';
import { tempDbPath } from '../e2e/shell.ts';
import { generateLargeWorkspace } from './generate/largeWorkspace.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const { values } = parseArgs({ options: { db: { type: 'string' } } });

const dbPath = tempDbPath();
if (values.db) {
  copyFileSync(values.db, dbPath);
} else {
  const started = performance.now();
  await generateLargeWorkspace({ dbPath, accounts: 5000, people: 100_000, opportunities: 20_000 });
  console.log(
    `generated 5,000 accounts, 100,000 people, 20,000 opportunities in ${ms(performance.now() - started)}`,
  );
}

const now = () => new Date();
const { db } = openStore(dbPath, now);
const services = createServices({
  db,
  now,
  systemLocale: 'en',
  appVersion: 'bench',
  workspacePath: dbPath,
});
const count = (sql: string) => db.prepare<[], number>(sql).pluck().get() ?? 0;
console.log(
  `people ${count('SELECT count(*) FROM people')}, accounts ${count('SELECT count(*) FROM accounts')}, deals ${count('SELECT count(*) FROM opportunities')}`,
);

// English names, created one by one as from the form: each write indexes its record.
const FIRST = [
  'John',
  'Mary',
  'Peter',
  'Susan',
  'David',
  'Linda',
  'James',
  'Karen',
  'Robert',
  'Emma',
];
const LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Moore', 'Clark'];
const accountIds = db.prepare<[], string>('SELECT id FROM accounts LIMIT 1000').pluck().all();
if (count("SELECT count(*) FROM people WHERE name = 'John Smith'") === 0) {
  const started = performance.now();
  for (let i = 0; i < 1000; i++) {
    services.people.create(
      personCreate.parse({
        accountId: accountIds[i % accountIds.length]!,
        name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
        title: i % 2 ? 'Purchasing Manager' : 'Plant Engineer',
        department: 'Operations',
        phone: `+86 21 5555 ${String(1000 + i)}`,
        email: `buyer${i}@example.com`,
      }),
    );
  }
  console.log(
    `1,000 people created with their index entries: ${ms((performance.now() - started) / 1000, 2)} each`,
  );
}

// Queries drawn from the workspace itself, so that each finds something.
const names = db
  .prepare<[], string>(
    "SELECT name FROM people WHERE name NOT LIKE '% %' ORDER BY rowid LIMIT 40 OFFSET 5000",
  )
  .pluck()
  .all();
const accountNames = db
  .prepare<[], string>('SELECT name FROM accounts ORDER BY rowid LIMIT 10')
  .pluck()
  .all();
const pinyinOf = (name: string) => searchKeys(name, { personName: true })[1]!;
const initialsOf = (name: string) => searchKeys(name, { personName: true })[2]!;
const QUERIES: Record<string, string[]> = {
  Chinese: [
    ...names.slice(0, 20),
    ...names.slice(20, 30).map((n) => [...n].slice(1).join('')),
    ...accountNames.map((n) => [...n].slice(2, 6).join('')),
    '王',
    '技术总监',
  ],
  pinyin: [...names.slice(0, 20).map(pinyinOf), 'wang', 'zhangwei', 'shanghai', 'jingmi', 'li'],
  initials: [...names.slice(0, 20).map(initialsOf), 'wjg', 'zw', 'sh', 'jmjx', 'w'],
  English: [
    'smith',
    'john smith',
    'mar',
    'purch',
    'engineer',
    'example',
    'MES',
    'it',
    'taylor m',
    'op',
  ],
};

const indexBytes = () =>
  db
    .prepare<[], number>("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'")
    .pluck()
    .get() ?? 0;
const fileBytes = () => db.prepare<[], number>('SELECT sum(pgsize) FROM dbstat').pluck().get() ?? 0;

{
  const started = performance.now();
  writeTransaction(db, () => rebuildSearchIndex(db));
  const took = performance.now() - started;
  db.exec('VACUUM');
  const docs = count('SELECT count(*) FROM search_docs');
  console.log(`\nindex rebuilt: ${docs.toLocaleString('en')} records in ${ms(took)}`);
  const index = indexBytes();
  const total = fileBytes();
  console.log(
    `size: index ${mib(index)} of ${mib(total)} after VACUUM (the file grows by ${((index / (total - index)) * 100).toFixed(0)} %; ${(index / docs).toFixed(0)} bytes a record)`,
  );
}

console.log(`\nsearch.query (limit 8 per kind), ${ROUNDS} rounds of each query:`);
for (const [label, queries] of Object.entries(QUERIES)) {
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of queries) {
      const started = performance.now();
      const result = services.search.query({ text, limit: 8 });
      times.push(performance.now() - started);
      if (round === 0) hits += result.groups.reduce((n, g) => n + g.hits.length, 0);
    }
  }
  console.log(
    `  ${label.padEnd(9)} p50 ${ms(quantile(times, 0.5), 2)}  p95 ${ms(quantile(times, 0.95), 2)}  max ${ms(Math.max(...times), 2)}  (${queries.length} queries, e.g. ${queries
      .slice(0, 3)
      .map((q) => JSON.stringify(q))
      .join(', ')}; ${hits} hits)`,
  );
}

db.close();
for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function ms(x: number, digits = 0): string {
  return `${x.toFixed(digits)} ms`;
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
