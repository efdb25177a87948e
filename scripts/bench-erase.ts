// `npm run bench:erase [-- --db FILE] [--accounts N --people N --opportunities N]`: prints how
// long erasing a person and an account takes (preview, then the erase with its history scrub,
// text scrub and -wal checkpoint) on a large workspace — figures only, no assertions. Without
// --db it generates one first (by default issue 6's 5,000 accounts, 100,000 people and 20,000
// opportunities); with --db it works on a copy of that file.
import type Database from 'better-sqlite3-multiple-ciphers';
import { copyFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { tempDbPath } from '../e2e/shell.ts';
import { createServices } from '../electron/services/index.ts';
import { openStore } from '../electron/store/connection.ts';
import { generateLargeWorkspace } from './generate/largeWorkspace.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    accounts: { type: 'string', default: '5000' },
    people: { type: 'string', default: '100000' },
    opportunities: { type: 'string', default: '20000' },
  },
});
const ms = (t: number) => `${t.toFixed(0)} ms`;
const mib = (path: string) => `${(statSync(path).size / 2 ** 20).toFixed(1)} MiB`;

const dbPath = tempDbPath();
if (values.db) {
  copyFileSync(values.db, dbPath);
} else {
  const counts = {
    accounts: Number(values.accounts),
    people: Number(values.people),
    opportunities: Number(values.opportunities),
  };
  const started = performance.now();
  await generateLargeWorkspace({ dbPath, ...counts });
  console.log(
    `generated ${counts.accounts} accounts, ${counts.people} people, ${counts.opportunities} opportunities in ${ms(performance.now() - started)}`,
  );
}
console.log(`workspace file: ${mib(dbPath)}`);

const now = () => new Date();
const { db } = openStore(dbPath, now);
const services = createServices({
  db,
  now,
  systemLocale: 'zh-CN',
  appVersion: 'bench',
  workspacePath: dbPath,
  erasedBy: 'bench',
});
console.log(`changes table: ${count(db, 'SELECT count(*) AS n FROM changes')} entries`);

// The person on most committees, and the account with most deals: the heaviest erases.
const person = db
  .prepare<[], { id: string; name: string }>(
    `SELECT p.id, p.name FROM people p JOIN committee_members m ON m.person_id = p.id
     GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
  )
  .get()!;
const account = db
  .prepare<[string], { id: string; name: string }>(
    `SELECT a.id, a.name FROM accounts a JOIN opportunities o ON o.account_id = a.id
     WHERE a.id NOT IN (SELECT account_id FROM people WHERE id = ?)
     GROUP BY a.id ORDER BY count(*) DESC LIMIT 1`,
  )
  .get(person.id)!;

for (const [kind, target] of [
  ['person', person],
  ['account', account],
] as const) {
  let started = performance.now();
  const preview =
    kind === 'person'
      ? services.people.erasePreview({ id: target.id })
      : services.accounts.erasePreview({ id: target.id });
  const previewTime = performance.now() - started;
  started = performance.now();
  const result =
    kind === 'person'
      ? await services.people.erase({ id: target.id, confirmName: target.name })
      : await services.accounts.erase({ id: target.id, confirmName: target.name });
  const eraseTime = performance.now() - started;
  console.log(
    `erase ${kind}: preview ${ms(previewTime)}, erase ${ms(eraseTime)}; ` +
      Object.entries(result.counts)
        .filter(([, n]) => n > 0)
        .map(([what, n]) => `${what} ${n}`)
        .join(', '),
  );
  if (JSON.stringify(preview.counts) !== JSON.stringify(result.counts)) {
    console.log(`  (the preview said ${JSON.stringify(preview.counts)})`);
  }
}
console.log(`workspace file after: ${mib(dbPath)}, -wal ${mib(`${dbPath}-wal`)}`);
db.close();

function count(db: Database.Database, sql: string): number {
  return db.prepare<[], { n: number }>(sql).get()?.n ?? 0;
}
