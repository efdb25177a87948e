// Storage failures provoked for real on a workspace file, answered through the router: each gets
// its contract code and a plain sentence, and nothing is written.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Account, Person } from '../shared/schemas.ts';
import { createHandlers } from './handlers.ts';
import { createRouter, type Router } from './router.ts';
import { createServices } from './services/index.ts';
import { rowCounts, tickingClock } from './services/testing.ts';
import { openStore } from './store/connection.ts';

let dir: string;
let path: string;
const opened: Database.Database[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dwb-storage-'));
  path = join(dir, 'workspace.sqlite');
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  chmodSync(path, 0o644);
  rmSync(dir, { recursive: true, force: true });
});

function routerOn(db: Database.Database): Router {
  opened.push(db);
  const services = createServices({
    db,
    now: tickingClock(),
    systemLocale: 'en',
    appVersion: '0.0.0-test',
    workspacePath: path,
  });
  return createRouter(createHandlers(services), {
    onInternalError: (channel, error) => {
      throw new Error(`${channel} failed unexpectedly: ${String(error)}`);
    },
  });
}

async function data<T>(router: Router, channel: string, input: unknown): Promise<T> {
  const result = await router.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.data as T;
}

/** A closed workspace file holding Acme and one person, fully checkpointed (no -wal left). */
async function workspaceWithAcme(): Promise<{ account: Account; person: Person }> {
  const router = routerOn(openStore(path, tickingClock()).db);
  const account = await data<Account>(router, 'accounts.create', { name: 'Acme' });
  const person = await data<Person>(router, 'people.create', {
    accountId: account.id,
    name: 'Li Wei',
  });
  opened.pop()!.close();
  return { account, person };
}

/** The plain answer a caller gets: the code, one sentence, nothing of SQLite's own text. */
function expectRefusal(result: Awaited<ReturnType<Router['dispatch']>>, code: string): void {
  expect(result).toEqual({ ok: false, error: { code, message: expect.any(String) } });
  const message = result.ok ? '' : result.error.message;
  expect(message).toMatch(/Nothing was saved\./);
  expect(message).not.toMatch(/SQLITE|\n\s+at /);
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('storage failures through the router', () => {
  it('a read-only file answers read_only and keeps the record as it was', async () => {
    const { account } = await workspaceWithAcme();
    chmodSync(path, 0o444);
    const db = new Database(path, { readonly: true, fileMustExist: true });
    const router = routerOn(db);
    const before = rowCounts(db);

    const result = await router.dispatch('accounts.update', {
      id: account.id,
      version: account.version,
      name: 'Renamed',
    });

    expectRefusal(result, 'read_only');
    expect(rowCounts(db)).toEqual(before);
    expect(await data<Account>(router, 'accounts.get', { id: account.id })).toEqual(account);
  });

  it('a file another program holds locked answers file_locked; nothing is written', async () => {
    const { account } = await workspaceWithAcme();
    const db = openStore(path, tickingClock()).db;
    db.pragma('busy_timeout = 50');
    const router = routerOn(db);
    const other = new Database(path);
    opened.push(other);
    other.exec('BEGIN EXCLUSIVE');
    const before = rowCounts(db);

    const update = await router.dispatch('accounts.update', {
      id: account.id,
      version: account.version,
      name: 'Renamed',
    });
    const create = await router.dispatch('people.create', { accountId: account.id, name: 'Zhao' });

    expectRefusal(update, 'file_locked');
    expectRefusal(create, 'file_locked');
    other.exec('ROLLBACK');
    expect(db.inTransaction).toBe(false);
    expect(rowCounts(db)).toEqual(before);
    expect(await data<Account>(router, 'accounts.get', { id: account.id })).toEqual(account);
  });

  it('a full disk answers disk_full; the failing write leaves no row and no history', async () => {
    const { account } = await workspaceWithAcme();
    const db = openStore(path, tickingClock()).db;
    const router = routerOn(db);
    // The file may not grow past its current size: the next page it needs is "disk full".
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);

    let result: Awaited<ReturnType<Router['dispatch']>> | undefined;
    let before = rowCounts(db);
    for (let i = 0; i < 200 && (result === undefined || result.ok); i++) {
      before = rowCounts(db);
      result = await router.dispatch('people.create', {
        accountId: account.id,
        name: `Person ${i}`,
        notes: 'x'.repeat(4000),
      });
    }

    expectRefusal(result!, 'disk_full');
    expect(db.inTransaction).toBe(false);
    expect(rowCounts(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a damaged page answers damaged to a read and to a write, and the file is not written', async () => {
    const { account } = await workspaceWithAcme();
    const pageSize = 4096;
    const probe = new Database(path, { readonly: true });
    const root = probe
      .prepare<[], { rootpage: number }>("SELECT rootpage FROM sqlite_schema WHERE name = 'people'")
      .get()!.rootpage;
    expect(probe.pragma('page_size', { simple: true })).toBe(pageSize);
    probe.close();
    const bytes = readFileSync(path);
    bytes.fill(0xa5, (root - 1) * pageSize, root * pageSize);
    writeFileSync(path, bytes);
    const damaged = sha(path);

    const router = routerOn(new Database(path, { fileMustExist: true }));
    expectRefusal(await router.dispatch('people.list', { accountId: account.id }), 'damaged');
    const create = await router.dispatch('people.create', { accountId: account.id, name: 'Zhao' });
    expectRefusal(create, 'damaged');
    opened.pop()!.close();

    expect(sha(path)).toBe(damaged);
    expect(statSync(path).size).toBe(bytes.length);
  });
});
