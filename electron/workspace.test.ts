import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../shared/errors.ts';
import type { Account, Person } from '../shared/schemas.ts';
import { createHandlers } from './handlers.ts';
import { createRouter } from './router.ts';
import { openStore } from './store/connection.ts';
import { SCHEMA_VERSION } from './store/migrations/index.ts';
import { createServices } from './services/index.ts';
import { tickingClock } from './services/testing.ts';
import Database from 'better-sqlite3-multiple-ciphers';
import {
  openWorkspace,
  WEEKLY_AFTER_QUIET_MS,
  WEEKLY_WITHOUT_CLIENT_MS,
  type Workspace,
} from './workspace.ts';

const workspaces: Workspace[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const ws of workspaces.splice(0)) ws.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function memoryWorkspace(): Workspace {
  const ws = openWorkspace({
    dbPath: ':memory:',
    systemLocale: 'en',
    appVersion: '1.2.3',
    seedDemo: false,
  });
  workspaces.push(ws);
  return ws;
}

function tempPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dwb-workspace-'));
  dirs.push(dir);
  return join(dir, 'workspace.sqlite');
}

/** The data of a successful call; a failure fails the test with its error. */
function data<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.data as T;
}

function error(result: Result<unknown>) {
  if (result.ok) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return result.error;
}

describe('openWorkspace', () => {
  it('answers app.info and exposes the same info', async () => {
    const path = tempPath();
    const ws = openWorkspace({
      dbPath: path,
      systemLocale: 'zh-CN',
      appVersion: '1.2.3',
      seedDemo: false,
    });
    workspaces.push(ws);
    const info = {
      version: '1.2.3',
      schemaVersion: SCHEMA_VERSION,
      workspacePath: path,
      systemLocale: 'zh-CN',
    };
    expect(ws.info).toEqual(info);
    expect(data(await ws.router.dispatch('app.info', {}))).toEqual(info);
  });

  it('keeps records and settings across a restart', async () => {
    const path = tempPath();
    const first = openWorkspace({
      dbPath: path,
      systemLocale: 'en',
      appVersion: '1',
      seedDemo: false,
    });
    const account = data<Account>(
      await first.router.dispatch('accounts.create', { name: 'Temp Co' }),
    );
    await first.router.dispatch('people.create', { accountId: account.id, name: 'Zhou' });
    await first.router.dispatch('settings.update', { locale: 'zh-CN', reviewCadenceDays: 14 });
    first.close();

    const second = openWorkspace({ dbPath: path, systemLocale: 'en', appVersion: '1' });
    workspaces.push(second);
    expect(data<Account[]>(await second.router.dispatch('accounts.list', {}))).toEqual([
      expect.objectContaining({ id: account.id, name: 'Temp Co', peopleCount: 1 }),
    ]);
    expect(data(await second.router.dispatch('settings.get', {}))).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 14,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
    });
  });
});

describe('router over the workspace', () => {
  it('refuses invalid input with field issues, before any service runs', async () => {
    const { router } = memoryWorkspace();
    const body = error(
      await router.dispatch('accounts.create', { name: '  ', staffSize: 1.5, grade: 'Z' }),
    );
    expect(body.code).toBe('invalid_input');
    expect(body.issues?.map((i) => [i.path, i.code])).toEqual([
      [['name'], 'required'],
      [['staffSize'], 'not_integer'],
      [['grade'], 'invalid_option'],
    ]);
    const person = error(
      await router.dispatch('people.create', { accountId: 'x', name: 'A', email: 'nope' }),
    );
    expect(person.issues).toEqual([
      expect.objectContaining({ path: ['email'], code: 'invalid_email' }),
    ]);
    expect(data(await router.dispatch('accounts.list', { includeArchived: true }))).toEqual([]);
  });

  it('refuses unknown fields', async () => {
    const { router } = memoryWorkspace();
    const body = error(await router.dispatch('accounts.create', { name: 'Temp Co', secret: 1 }));
    expect(body.code).toBe('invalid_input');
    expect(body.issues).toEqual([
      expect.objectContaining({ code: 'unknown_field', params: { keys: 'secret' } }),
    ]);
  });

  it('refuses the reason rule at the schema and at the service', async () => {
    const { router } = memoryWorkspace();
    const account = data<Account>(await router.dispatch('accounts.create', { name: 'Temp Co' }));
    const lost = { accountId: account.id, name: 'Lathes', status: 'lost' };
    expect(error(await router.dispatch('opportunities.create', lost)).issues?.[0]?.code).toBe(
      'reason_required',
    );
    const deal = data<{ id: string }>(
      await router.dispatch('opportunities.create', { ...lost, statusReason: 'Price' }),
    );
    const clear = error(
      await router.dispatch('opportunities.update', { id: deal.id, version: 1, statusReason: '' }),
    );
    expect(clear).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['statusReason'], code: 'reason_required' }],
    });
  });

  it('says not_found for an unknown channel and an unknown record', async () => {
    const { router } = memoryWorkspace();
    expect(error(await router.dispatch('accounts.delete', { id: 'x' }))).toEqual({
      code: 'not_found',
      message: 'Unknown channel: accounts.delete',
    });
    expect(error(await router.dispatch('accounts.get', { id: 'missing' }))).toEqual({
      code: 'not_found',
      message: 'Account not found',
    });
  });

  it('says conflict for a stale version and for a duplicate name', async () => {
    const { router } = memoryWorkspace();
    const account = data<Account>(await router.dispatch('accounts.create', { name: 'Temp Co' }));
    data(await router.dispatch('accounts.update', { id: account.id, version: 1, owner: 'Li' }));
    const stale = error(
      await router.dispatch('accounts.update', { id: account.id, version: 1, owner: 'Wang' }),
    );
    expect(stale.code).toBe('conflict');
    const duplicate = error(await router.dispatch('accounts.create', { name: 'TEMP CO' }));
    expect(duplicate).toMatchObject({
      code: 'conflict',
      issues: [{ path: ['name'], code: 'duplicate_name' }],
    });
  });

  it('refuses a reporting loop with the issue on managerId', async () => {
    const { router } = memoryWorkspace();
    const account = data<Account>(await router.dispatch('accounts.create', { name: 'Temp Co' }));
    const boss = data<Person>(
      await router.dispatch('people.create', { accountId: account.id, name: 'Zhou' }),
    );
    const report = data<Person>(
      await router.dispatch('people.create', {
        accountId: account.id,
        name: 'Sun',
        managerId: boss.id,
      }),
    );
    const loop = error(
      await router.dispatch('people.update', { id: boss.id, version: 1, managerId: report.id }),
    );
    expect(loop).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['managerId'], code: 'manager_cycle' }],
    });
  });

  it('turns an unexpected failure into internal, reporting it but never leaking its details', async () => {
    const now = tickingClock();
    const { db } = openStore(':memory:', now);
    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '1',
      workspacePath: ':memory:',
    });
    const onInternalError = vi.fn();
    const boom = new Error('SQLITE_CORRUPT at /home/user/secret/path.sqlite');
    const router = createRouter(
      {
        ...createHandlers(services),
        'accounts.list': () => {
          throw boom;
        },
      },
      { onInternalError },
    );
    const body = error(await router.dispatch('accounts.list', {}));
    expect(body).toEqual({
      code: 'internal',
      message: 'Something went wrong inside Deal Workbench.',
    });
    expect(JSON.stringify(body)).not.toMatch(/secret|SQLITE|at /);
    expect(onInternalError).toHaveBeenCalledWith('accounts.list', boom);
    db.close();
  });

  it('lists history through the router with its filters', async () => {
    const { router } = memoryWorkspace();
    const account = data<Account>(await router.dispatch('accounts.create', { name: 'Temp Co' }));
    await router.dispatch('accounts.archive', { id: account.id, version: 1, archived: true });
    const entries = data<{ action: string }[]>(
      await router.dispatch('history.list', { entity: 'account', entityId: account.id }),
    );
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    expect(
      error(await router.dispatch('history.list', { since: 'yesterday' })).issues?.[0]?.path,
    ).toEqual(['since']);
  });
});

describe('weekly forecast snapshot', () => {
  it('is taken on the first open of each ISO week, not on every open', async () => {
    const path = tempPath();
    const open = (at: string) => {
      const ws = openWorkspace({
        dbPath: path,
        systemLocale: 'en',
        appVersion: '1.2.3',
        seedDemo: false,
        now: tickingClock(at),
      });
      workspaces.push(ws);
      return ws;
    };
    const kinds = async (ws: Workspace) =>
      data<{ kind: string; weekOf: string }[]>(
        await ws.router.dispatch('forecast.snapshots', {}),
      ).map((s) => [s.kind, s.weekOf]);

    const monday = open('2026-11-23T08:00:00.000Z');
    expect(await kinds(monday)).toEqual([['automatic', '2026-11-23']]);
    monday.close();
    workspaces.pop();
    const friday = open('2026-11-27T08:00:00.000Z');
    expect(await kinds(friday)).toEqual([['automatic', '2026-11-23']]);
    friday.close();
    workspaces.pop();
    const next = open('2026-11-30T08:00:00.000Z');
    expect(await kinds(next)).toEqual([
      ['automatic', '2026-11-30'],
      ['automatic', '2026-11-23'],
    ]);
  });

  describe('off the start path', () => {
    afterEach(() => vi.useRealTimers());

    const openAt = (path: string, at = '2026-11-23T08:00:00.000Z') => {
      const ws = openWorkspace({
        dbPath: path,
        systemLocale: 'en',
        appVersion: '1.2.3',
        seedDemo: false,
        automaticBackups: false,
        now: tickingClock(at),
      });
      workspaces.push(ws);
      return ws;
    };
    // Another connection looks at the file, so looking takes nothing.
    const stored = (path: string) => {
      const db = new Database(path, { readonly: true });
      try {
        return db
          .prepare('SELECT kind, week_of AS weekOf, taken_at AS takenAt FROM forecast_snapshots')
          .all() as { kind: string; weekOf: string; takenAt: string }[];
      } finally {
        db.close();
      }
    };

    it('is not taken at open, nor by the first screen’s reads, but once requests pause after ready', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const path = tempPath();
      const ws = openAt(path);
      expect(stored(path)).toEqual([]);
      ws.ready();
      data(await ws.router.dispatch('accounts.list', {}));
      data(await ws.router.dispatch('settings.get', {}));
      vi.advanceTimersByTime(WEEKLY_AFTER_QUIET_MS - 1);
      expect(stored(path)).toEqual([]);
      data(await ws.router.dispatch('app.info', {}));
      // A request restarts the wait.
      vi.advanceTimersByTime(WEEKLY_AFTER_QUIET_MS - 1);
      expect(stored(path)).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(stored(path)).toMatchObject([{ kind: 'automatic', weekOf: '2026-11-23' }]);
      // Exactly once: more pauses, forecast reads and a reopen in the same week take no other.
      data(await ws.router.dispatch('forecast.snapshots', {}));
      vi.advanceTimersByTime(WEEKLY_WITHOUT_CLIENT_MS * 2);
      ws.close();
      workspaces.pop();
      const again = openAt(path, '2026-11-26T08:00:00.000Z');
      again.ready();
      vi.advanceTimersByTime(WEEKLY_WITHOUT_CLIENT_MS);
      expect(stored(path)).toHaveLength(1);
    });

    it('is taken when nobody calls for a while after ready', () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const path = tempPath();
      const ws = openAt(path);
      ws.ready();
      vi.advanceTimersByTime(WEEKLY_WITHOUT_CLIENT_MS - 1);
      expect(stored(path)).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(stored(path)).toHaveLength(1);
    });

    it('is taken before a write or a forecast read, so it shows the pipeline as it was at open', async () => {
      const path = tempPath();
      const ws = openAt(path);
      const account = data<Account>(
        await ws.router.dispatch('accounts.create', { name: 'Early Co' }),
      );
      const [snapshot] = stored(path);
      expect(snapshot?.kind).toBe('automatic');
      expect(snapshot!.takenAt < account.createdAt).toBe(true);

      const other = openAt(tempPath());
      expect(data<unknown[]>(await other.router.dispatch('forecast.snapshots', {}))).toHaveLength(
        1,
      );
    });
  });
});
