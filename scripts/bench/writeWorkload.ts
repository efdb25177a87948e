// The write workload of bench:durability and bench:encryption: updates through the router,
// alternating an account's phone and a person's notes, each its own transaction as in the app.
import type Database from 'better-sqlite3-multiple-ciphers';
import { performance } from 'node:perf_hooks';
import { createHandlers } from '../../electron/handlers.ts';
import { createRouter, type Router } from '../../electron/router.ts';
import { createServices } from '../../electron/services/index.ts';

type Versioned = { id: string; version: number };

/** How many accounts and people the updates cycle over. */
const RECORDS = 20;

async function call<T>(router: Router, channel: string, input: unknown): Promise<T> {
  const result = await router.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data as T;
}

/** Runs `writes` updates on the open workspace `db` (at `path`); answers the mean ms per write. */
export async function msPerWrite(
  db: Database.Database,
  path: string,
  writes: number,
): Promise<number> {
  const now = () => new Date();
  const router = createRouter(
    createHandlers(
      createServices({ db, now, systemLocale: 'en', appVersion: 'bench', workspacePath: path }),
    ),
  );
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
  for (let i = 0; i < writes; i++) {
    const slot = Math.floor(i / 2) % RECORDS;
    if (i % 2 === 0) {
      const { id, version } = accounts[slot]!;
      accounts[slot] = await call(router, 'accounts.update', { id, version, phone: `+86 ${i}` });
    } else {
      const { id, version } = people[slot]!;
      people[slot] = await call(router, 'people.update', { id, version, notes: `Call ${i}` });
    }
  }
  return (performance.now() - started) / writes;
}

export const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
