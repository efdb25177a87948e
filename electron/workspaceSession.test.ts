import Database from 'better-sqlite3-multiple-ciphers';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../shared/changed.ts';
import { channels, type ChannelName } from '../shared/channels.ts';
import type { Account } from '../shared/schemas.ts';
import type { BackupItem, WorkspaceInfo } from '../shared/workspace.ts';
import { backupsFor, KEEP_OTHER_BACKUPS } from './store/backups.ts';
import {
  NotAWorkspaceError,
  openWorkspace,
  PERIODIC_BACKUP_MS,
  type Workspace,
} from './workspace.ts';
import { call, openSessions, refusal } from './sessionTesting.ts';

// The workspace as a file (issue 13): backups at open and after writes, restore, the demo only
// for a file the app creates, and damaged files opened read-only with nothing written.

let dir: string;
let path: string;
const sessions = openSessions();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dwb-session-'));
  path = join(dir, 'workspace.sqlite');
});
afterEach(async () => {
  await sessions.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A clock at a fixed instant that moves 1 ms per reading, or as far as told. Instants without a
 * zone are local times, so days (one open backup a day) fall alike in every time zone.
 */
function clock(start = '2026-11-23T09:00:00') {
  let t = Date.parse(start);
  return { now: () => new Date(t++), advance: (ms: number) => (t += ms) };
}

function open(options: { seedDemo?: boolean; now?: () => Date; file?: string } = {}): Workspace {
  const ws = openWorkspace({
    dbPath: options.file ?? path,
    systemLocale: 'en',
    appVersion: '1.2.3',
    seedDemo: options.seedDemo ?? false,
    now: options.now ?? clock().now,
  });
  sessions.add(ws);
  return ws;
}

const accountNames = async (ws: Workspace) =>
  (await call<Account[]>(ws, 'accounts.list', { includeArchived: true })).map((a) => a.name);

const backupsDir = () => join(dir, 'backups');

/** Every file in the workspace's folder with its bytes, the backups folder aside. */
function filesBeside(): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .filter((name) => name !== 'backups')
      .map((name) => [name, readFileSync(join(dir, name))]),
  );
}

/** A workspace file holding the demo, closed cleanly (no WAL left). */
async function demoFile(): Promise<void> {
  const ws = open({ seedDemo: true });
  await sessions.close(ws);
}

describe('workspace.info and backups', () => {
  it('describes a new file and keeps one open backup a day', async () => {
    const c = clock('2026-11-23T09:00:00');
    const ws = open({ seedDemo: true, now: c.now });
    await ws.idle();
    const info = await call<WorkspaceInfo>(ws, 'workspace.info');
    expect(info).toEqual({
      path,
      sizeBytes: expect.any(Number),
      state: 'ok',
      readOnly: false,
      backupsDir: backupsDir(),
      encrypted: false,
      newestBackup: expect.objectContaining({ reason: 'open' }),
      // A temporary folder is on a local disk.
      networkShare: null,
    });
    expect(info.sizeBytes).toBeGreaterThan(0);
    expect(info.newestBackup?.counts.accounts).toBeGreaterThan(0);
    await sessions.close(ws);

    const sameDay = open({ now: clock('2026-11-23T15:00:00').now });
    await sameDay.idle();
    expect((await call<BackupItem[]>(sameDay, 'workspace.backups')).length).toBe(1);
    await sessions.close(sameDay);

    const nextDay = open({ now: clock('2026-11-24T09:00:00').now });
    await nextDay.idle();
    const list = await call<BackupItem[]>(nextDay, 'workspace.backups');
    expect(list.map((b) => [b.reason, b.at.slice(0, 19)])).toEqual([
      ['open', new Date('2026-11-24T09:00:00').toISOString().slice(0, 19)],
      ['open', new Date('2026-11-23T09:00:00').toISOString().slice(0, 19)],
    ]);
  });

  it('backs up after writes once the newest backup is 4 hours old, off the request path', async () => {
    const c = clock();
    const ws = open({ seedDemo: true, now: c.now });
    await ws.idle();
    const reasons = async () =>
      (await call<BackupItem[]>(ws, 'workspace.backups')).map((b) => b.reason);
    expect(await reasons()).toEqual(['open']);
    const [opened] = await call<BackupItem[]>(ws, 'workspace.backups');

    await call(ws, 'accounts.create', { name: 'Early Co' });
    await ws.idle();
    expect(await reasons()).toEqual(['open']);

    c.advance(PERIODIC_BACKUP_MS);
    await call(ws, 'accounts.list', {}); // a read is no reason
    await ws.idle();
    expect(await reasons()).toEqual(['open']);
    await call(ws, 'accounts.create', { name: 'Later Co' });
    await ws.idle();
    // Rotation keeps the newest automatic backup of the day: the periodic one.
    const list = await call<BackupItem[]>(ws, 'workspace.backups');
    expect(list.map((b) => b.reason)).toEqual(['periodic']);
    expect(list[0]!.counts.accounts).toBe(opened!.counts.accounts + 2);
  });

  it('takes no automatic backups when turned off (generators), but still on demand', async () => {
    const c = clock();
    const ws = openWorkspace({
      dbPath: path,
      systemLocale: 'en',
      appVersion: '1',
      now: c.now,
      automaticBackups: false,
    });
    sessions.add(ws);
    c.advance(PERIODIC_BACKUP_MS);
    await call(ws, 'accounts.create', { name: 'Temp Co' });
    await ws.idle();
    expect(await call(ws, 'workspace.backups')).toEqual([]);
    expect((await call<BackupItem>(ws, 'workspace.backupNow')).reason).toBe('manual');
  });

  it('reports a failed automatic backup once and tries again only after the pause', async () => {
    writeFileSync(backupsDir(), 'not a folder'); // the backups cannot be written
    const c = clock();
    const failures: string[] = [];
    const ws = openWorkspace({
      dbPath: path,
      systemLocale: 'en',
      appVersion: '1',
      now: c.now,
      onInternalError: (channel) => failures.push(channel),
    });
    sessions.add(ws);
    await ws.idle();
    expect(failures).toEqual(['workspace.backup (open)']);
    await call(ws, 'accounts.create', { name: 'Temp Co' });
    await ws.idle();
    expect(failures).toHaveLength(1);
    c.advance(PERIODIC_BACKUP_MS);
    await call(ws, 'accounts.create', { name: 'King Co' });
    await ws.idle();
    expect(failures).toEqual(['workspace.backup (open)', 'workspace.backup (periodic)']);
    expect((await ws.router.dispatch('workspace.backupNow', {})).ok).toBe(false);
    expect(await accountNames(ws)).toEqual(expect.arrayContaining(['King Co', 'Temp Co']));
    expect(readFileSync(backupsDir(), 'utf8')).toBe('not a folder');
  });

  it('cancels the open backup when the workspace closes first, saying nothing', async () => {
    const failures: unknown[] = [];
    const ws = openWorkspace({
      dbPath: path,
      systemLocale: 'en',
      appVersion: '1',
      now: clock().now,
      onInternalError: (_channel, error) => failures.push(error),
    });
    ws.close(); // before the open backup of the new demo starts
    await ws.idle();
    expect(failures).toEqual([]);
    expect(existsSync(backupsDir()) ? readdirSync(backupsDir()) : []).toEqual([]);
  });

  it('backs up on demand and says the backups changed', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Temp Co' });
    const result = await ws.router.dispatch('workspace.backupNow', {});
    expect(result).toMatchObject({
      ok: true,
      data: { reason: 'manual', counts: { accounts: 1, opportunities: 0, people: 0 } },
      changed: ['backup'],
    });
    const item = (result as { data: BackupItem }).data;
    expect(await call<BackupItem[]>(ws, 'workspace.backups')).toContainEqual(item);
    expect((await call<WorkspaceInfo>(ws, 'workspace.info')).newestBackup).toEqual(item);
    expect(existsSync(join(backupsDir(), item.id))).toBe(true);
  });

  it('backs up before erasing a person: the backup still holds them, the workspace does not', async () => {
    const ws = open();
    const account = await call<Account>(ws, 'accounts.create', { name: 'Temp Co' });
    const person = await call<{ id: string }>(ws, 'people.create', {
      accountId: account.id,
      name: 'Qiao Erasable',
    });
    await call(ws, 'people.erase', { id: person.id, confirmName: 'Qiao Erasable' });
    const [newest] = await call<BackupItem[]>(ws, 'workspace.backups');
    expect(newest).toMatchObject({ reason: 'beforeErase', counts: { people: 1 } });
    const backup = new Database(join(backupsDir(), newest!.id), { readonly: true });
    expect(backup.prepare('SELECT name FROM people').pluck().all()).toEqual(['Qiao Erasable']);
    backup.close();
  });

  it('answers every channel of the contract, the file’s and its own', async () => {
    const ws = open();
    for (const channel of Object.keys(channels)) {
      const result = await ws.router.dispatch(channel, {});
      expect(result.ok ? 'answered' : result.error.message, channel).not.toMatch(/^Unknown/);
    }
    expect(await refusal(ws, 'workspace.erase' as ChannelName)).toEqual({
      code: 'not_found',
      message: 'Unknown channel: workspace.erase',
    });
  });

  it('refuses unknown fields on the workspace channels', async () => {
    const ws = open();
    for (const channel of [
      'workspace.info',
      'workspace.backups',
      'workspace.backupNow',
      'workspace.loadDemo',
    ] as const) {
      expect((await refusal(ws, channel, { path: '/etc' })).code, channel).toBe('invalid_input');
    }
  });

  it('has no file to back up in memory', async () => {
    const ws = open({ file: ':memory:' });
    expect(await call<WorkspaceInfo>(ws, 'workspace.info')).toMatchObject({
      path: ':memory:',
      state: 'emptyFile',
      newestBackup: null,
    });
    expect(await call(ws, 'workspace.backups')).toEqual([]);
    expect((await refusal(ws, 'workspace.backupNow')).code).toBe('conflict');
    expect((await refusal(ws, 'workspace.restore', { id: 'a.sqlite' })).code).toBe('not_found');
  });
});

describe('workspace.restore', () => {
  it('brings back a backup: the later change is gone, the pre-restore backup holds it', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Kept Co' });
    const backup = await call<BackupItem>(ws, 'workspace.backupNow');
    await call(ws, 'accounts.create', { name: 'Later Co' });
    expect(await accountNames(ws)).toEqual(expect.arrayContaining(['Kept Co', 'Later Co']));

    const result = await ws.router.dispatch('workspace.restore', { id: backup.id });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    channels['workspace.restore'].output.parse(result.data);
    const { restored, safetyCopy } = result.data as { restored: BackupItem; safetyCopy: string };
    expect(restored).toEqual(backup);
    // Every view reads again.
    expect([...(result.changed ?? [])].sort()).toEqual([...ENTITIES].sort());

    expect(await accountNames(ws)).toEqual(['Kept Co']);
    const safety = (await call<BackupItem[]>(ws, 'workspace.backups')).find(
      (b) => b.reason === 'beforeRestore',
    );
    expect(safety).toMatchObject({ counts: { accounts: 2 } });
    expect(safetyCopy).toBe(join(backupsDir(), safety!.id));
    expect(existsSync(`${path}-wal`) && readFileSync(`${path}-wal`).length > 0).toBe(false);

    // The restored workspace takes writes and keeps them across a restart.
    await call(ws, 'accounts.create', { name: 'After Co' });
    await sessions.close(ws);
    const again = open();
    expect((await accountNames(again)).sort()).toEqual(['After Co', 'Kept Co']);
  });

  it('restores the oldest kept backup, which its own safety backup rotates out', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'First Co' });
    const oldest = await call<BackupItem>(ws, 'workspace.backupNow');
    for (let i = 1; i < KEEP_OTHER_BACKUPS; i++) await call(ws, 'workspace.backupNow');
    await call(ws, 'accounts.create', { name: 'Later Co' });
    await ws.idle();

    await call(ws, 'workspace.restore', { id: oldest.id });
    expect(await accountNames(ws)).toEqual(['First Co']);
    const ids = (await call<BackupItem[]>(ws, 'workspace.backups')).map((b) => b.id);
    expect(ids).not.toContain(oldest.id);
  });

  it('refuses ids that are not this workspace’s backups and changes nothing', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Temp Co' });
    const mine = await call<BackupItem>(ws, 'workspace.backupNow');
    // Another workspace's backup in the same folder.
    const other = openWorkspace({
      dbPath: join(dir, 'other.sqlite'),
      systemLocale: 'en',
      appVersion: '1',
      seedDemo: false,
    });
    sessions.add(other);
    await call(other, 'accounts.create', { name: 'Other Co' });
    const theirs = await call<BackupItem>(other, 'workspace.backupNow');
    await ws.idle();
    const listed = await call<BackupItem[]>(ws, 'workspace.backups');
    expect(listed).toContainEqual(mine);
    const before = filesBeside();

    for (const id of ['../workspace.sqlite', '/etc/passwd', 'backups/x.sqlite', '..', '']) {
      const error = await refusal(ws, 'workspace.restore', { id });
      expect(error.code, id).toBe('invalid_input');
      expect(error.issues?.[0]?.path, id).toEqual(['id']);
    }
    expect((await refusal(ws, 'workspace.restore', {})).code).toBe('invalid_input');
    expect((await refusal(ws, 'workspace.restore', { id: mine.id, path: '/' })).code).toBe(
      'invalid_input',
    );
    for (const id of [theirs.id, 'workspace.20200101T000000000Z.manual.sqlite', `x${mine.id}`]) {
      const error = await refusal(ws, 'workspace.restore', { id });
      expect(error, id).toEqual({
        code: 'not_found',
        message: `There is no backup named ${id} for this workspace.`,
      });
    }
    expect(await accountNames(ws)).toEqual(['Temp Co']);
    expect(await call<BackupItem[]>(ws, 'workspace.backups')).toEqual(listed);
    expect([...filesBeside().keys()].sort()).toEqual([...before.keys()].sort());
  });

  it('refuses a backup that turns out damaged, and the workspace stays as it was', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Temp Co' });
    const backup = await call<BackupItem>(ws, 'workspace.backupNow');
    damagePage(join(backupsDir(), backup.id), 'accounts');
    const error = await refusal(ws, 'workspace.restore', { id: backup.id });
    expect(error).toEqual({
      code: 'damaged',
      message: `The backup ${backup.id} is damaged, so it was not restored.`,
    });
    expect(await accountNames(ws)).toEqual(['Temp Co']);
  });
});

describe('workspace.loadDemo', () => {
  it('fills an emptied (0-byte) file with the demo only when asked', async () => {
    writeFileSync(path, '');
    const ws = open({ seedDemo: true });
    expect(await accountNames(ws)).toEqual([]);
    expect((await call<WorkspaceInfo>(ws, 'workspace.info')).state).toBe('emptyFile');
    await ws.idle();
    expect(await call(ws, 'workspace.backups')).toEqual([]); // nothing worth a backup

    const result = await ws.router.dispatch('workspace.loadDemo', {});
    expect(result).toMatchObject({ ok: true, data: { state: 'ok', readOnly: false } });
    expect(result.ok && [...(result.changed ?? [])].sort()).toEqual([...ENTITIES].sort());
    expect((await accountNames(ws)).length).toBeGreaterThan(0);

    const again = await refusal(ws, 'workspace.loadDemo');
    expect(again).toEqual({
      code: 'conflict',
      message: 'The demo is loaded only into an empty workspace; this one already holds records.',
    });
  });

  it('is refused on a workspace holding records, which stays as it was', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Temp Co' });
    expect((await refusal(ws, 'workspace.loadDemo')).code).toBe('conflict');
    expect(await accountNames(ws)).toEqual(['Temp Co']);
  });

  it('stays available after a restart while the file is still empty', async () => {
    writeFileSync(path, '');
    await sessions.close(open({ seedDemo: true }));
    const ws = open({ seedDemo: true });
    expect((await call<WorkspaceInfo>(ws, 'workspace.info')).state).toBe('emptyFile');
    await call(ws, 'workspace.loadDemo');
    expect((await accountNames(ws)).length).toBeGreaterThan(0);
  });
});

describe('opening a file that is not as the app left it', () => {
  it('does not refill a lost file with the demo when its backups are there', async () => {
    await demoFile();
    const backups = backupsFor(path, () => new Date());
    expect(backups.list().length).toBe(1);
    rmSync(path);
    const ws = open({ seedDemo: true });
    const info = await call<WorkspaceInfo>(ws, 'workspace.info');
    expect(info.state).toBe('emptyFile');
    expect(info.newestBackup?.counts.accounts).toBeGreaterThan(0);
    expect(await accountNames(ws)).toEqual([]);
    // The way back: restore the newest backup.
    await call(ws, 'workspace.restore', { id: info.newestBackup!.id });
    expect((await accountNames(ws)).length).toBe(info.newestBackup!.counts.accounts);
  });

  it('opens a file with a damaged page read-only, answers what it can, and writes nothing', async () => {
    await demoFile();
    damagePage(path, 'accounts');
    const bytes = filesBeside();

    const ws = open({ seedDemo: true });
    const info = await call<WorkspaceInfo>(ws, 'workspace.info');
    expect(info).toMatchObject({ state: 'damaged', readOnly: true, path });
    expect(info.newestBackup?.reason).toBe('open');
    // Settings still read; the damaged accounts do not; no write goes in.
    await call(ws, 'settings.get');
    expect((await ws.router.dispatch('accounts.list', {})).ok).toBe(false);
    expect((await ws.router.dispatch('settings.update', { reviewCadenceDays: 9 })).ok).toBe(false);
    expect((await refusal(ws, 'workspace.loadDemo')).code).toBe('read_only');
    expect((await refusal(ws, 'workspace.backupNow')).code).toBe('read_only');
    await sessions.close(ws);

    expect(mainFile(filesBeside())).toEqual(mainFile(bytes));
    expect(
      backupsFor(path, () => new Date())
        .list()
        .map((b) => b.reason),
    ).toEqual(['open']);
  });

  it('opens a file cut to half its size as damaged, and writes nothing', async () => {
    await demoFile();
    truncateSync(path, Math.floor(readFileSync(path).length / 2));
    const bytes = filesBeside();
    const ws = open({ seedDemo: true });
    expect(await call<WorkspaceInfo>(ws, 'workspace.info')).toMatchObject({
      state: 'damaged',
      readOnly: true,
    });
    await sessions.close(ws);
    expect(mainFile(filesBeside())).toEqual(mainFile(bytes));
  });

  it('refuses a file whose header was overwritten as not a workspace, leaving it alone', async () => {
    await demoFile();
    const damaged = readFileSync(path);
    damaged.fill(0x41, 0, 100);
    writeFileSync(path, damaged);
    const bytes = filesBeside();
    expect(() => open({ seedDemo: true })).toThrow(NotAWorkspaceError);
    expect(filesBeside()).toEqual(bytes);
  });

  it('restores over a damaged file, keeping the damaged file aside untouched', async () => {
    await demoFile();
    damagePage(path, 'accounts');
    const damagedBytes = readFileSync(path);
    const ws = open({ now: clock('2026-11-24T02:00:00.000Z').now });
    const newest = (await call<WorkspaceInfo>(ws, 'workspace.info')).newestBackup!;

    const { safetyCopy } = await call<{ safetyCopy: string }>(ws, 'workspace.restore', {
      id: newest.id,
    });
    expect(safetyCopy).toBe(`${path}.damaged-20261124T020000Z`);
    expect(readFileSync(safetyCopy).equals(damagedBytes)).toBe(true);
    expect(await call<WorkspaceInfo>(ws, 'workspace.info')).toMatchObject({
      state: 'ok',
      readOnly: false,
    });
    expect((await accountNames(ws)).length).toBe(newest.counts.accounts);
    await call(ws, 'accounts.create', { name: 'After Co' });
  });

  it('answers only workspace.* for a file whose schema cannot be read', async () => {
    await demoFile();
    damagePage(path, 'sqlite_schema');
    const bytes = filesBeside();
    const ws = open();
    expect((await call<WorkspaceInfo>(ws, 'workspace.info')).state).toBe('damaged');
    const error = await refusal(ws, 'accounts.list');
    expect(error.code).toBe('damaged');
    expect(error.message).toContain(path);
    expect(await call(ws, 'app.info')).toMatchObject({ workspacePath: path, version: '1.2.3' });
    await sessions.close(ws);
    expect(mainFile(filesBeside())).toEqual(mainFile(bytes));
  });
});

const mainFile = (files: Map<string, Buffer>) => files.get('workspace.sqlite');

/**
 * Overwrites with garbage (past the page header) the root page of `table`; `sqlite_schema`
 * damages the first page past the file header, so not even the schema can be read.
 */
function damagePage(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root =
    table === 'sqlite_schema'
      ? 1
      : db
          .prepare<[string], number>('SELECT rootpage FROM sqlite_schema WHERE name = ?')
          .pluck()
          .get(table)!;
  db.close();
  const bytes = readFileSync(file);
  // Page 1 starts with the 100-byte file header; every page with its 8-byte b-tree header.
  bytes.fill(0x5a, (root - 1) * pageSize + (root === 1 ? 108 : 8), root * pageSize);
  writeFileSync(file, bytes);
}
