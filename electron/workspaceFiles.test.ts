import Database from 'better-sqlite3-multiple-ciphers';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../shared/changed.ts';
import type { ChannelName } from '../shared/channels.ts';
import type { Account } from '../shared/schemas.ts';
import type { BackupItem, RecentWorkspace, WorkspaceInfo } from '../shared/workspace.ts';
import { RECENT_FILE } from './recentWorkspaces.ts';
import { openWorkspace, type Workspace } from './workspace.ts';
import { call, openSessions, refusal } from './sessionTesting.ts';

// The workspace as a file the user manages (issue 13): save a copy, open another file, create
// one, and the recent list kept across restarts. Every refusal changes nothing.

let dir: string;
let path: string;
let recentListPath: string;
const sessions = openSessions();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dwb-files-'));
  path = join(dir, 'workspace.sqlite');
  recentListPath = join(dir, 'userData', RECENT_FILE);
});
afterEach(async () => {
  await sessions.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

function clock(start = '2026-11-23T09:00:00') {
  let t = Date.parse(start);
  return () => new Date(t++);
}

function open(file = path): Workspace {
  const ws = openWorkspace({
    dbPath: file,
    systemLocale: 'en',
    appVersion: '1.2.3',
    seedDemo: false,
    now: clock(),
    recentListPath,
  });
  sessions.add(ws);
  return ws;
}

/** The refusal's issue code on `path`. */
async function pathIssue(ws: Workspace, channel: ChannelName, input: unknown): Promise<string> {
  const error = await refusal(ws, channel, input);
  expect(error.code, JSON.stringify(error)).toBe('invalid_input');
  expect(error.issues?.[0]?.path).toEqual(['path']);
  return error.issues![0]!.code;
}

const isEmptyLog = (file: string) => file.endsWith('-wal') && statSync(file).size === 0;

const accountNames = async (ws: Workspace) =>
  (await call<Account[]>(ws, 'accounts.list', { includeArchived: true })).map((a) => a.name);

/**
 * Every file under the test folder with a hash of its bytes (the recent list and SQLite's
 * shared-memory index aside, which reads may touch).
 */
function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      // Opening a WAL-mode file read-only may leave an empty log beside it: no change to it.
      else if (full !== recentListPath && !full.endsWith('-shm') && !isEmptyLog(full))
        files.set(full, createHash('sha256').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

describe('workspace.saveCopy', () => {
  it('writes a verified copy that holds the data, keeps the open file open and lists the copy', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Temp Co' });
    const target = join(dir, 'copies', 'team copy.sqlite');
    mkdirSync(join(dir, 'copies'));

    const result = await ws.router.dispatch('workspace.saveCopy', { path: target });
    expect(result).toMatchObject({
      ok: true,
      data: { path: target, sizeBytes: expect.any(Number) },
      changed: ['recent_workspace'],
    });
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT name FROM accounts').pluck().all()).toEqual(['Temp Co']);
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(readdirSync(join(dir, 'copies'))).toEqual(['team copy.sqlite']);

    // The open file is still the one answering and taking writes.
    await call(ws, 'accounts.create', { name: 'Later Co' });
    expect(ws.path).toBe(path);
    expect((await call<RecentWorkspace[]>(ws, 'workspace.recent')).map((r) => r.path)).toEqual([
      target,
      path,
    ]);
  });

  it('refuses an existing file unless told to overwrite it, and never the open file', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Temp Co' });
    const target = join(dir, 'existing.sqlite');
    writeFileSync(target, 'keep me');
    await ws.idle();
    const before = snapshot();

    expect(await pathIssue(ws, 'workspace.saveCopy', { path: target })).toBe('file_exists');
    expect(await pathIssue(ws, 'workspace.saveCopy', { path, overwrite: true })).toBe('same_file');
    expect(await pathIssue(ws, 'workspace.saveCopy', { path })).toBe('same_file');
    expect(snapshot()).toEqual(before);

    await call(ws, 'workspace.saveCopy', { path: target, overwrite: true });
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare('SELECT name FROM accounts').pluck().all()).toEqual(['Temp Co']);
    copy.close();
  });

  it('refuses paths that are relative, not normalized, folders, or in a missing folder', async () => {
    const ws = open();
    // The open's own weekly snapshot is taken by the first call that is not a plain read.
    await call(ws, 'accounts.create', { name: 'Temp Co' });
    await ws.idle();
    mkdirSync(join(dir, 'folder.sqlite'));
    const before = snapshot();
    const cases: [string, string][] = [
      ['copy.sqlite', 'path_not_absolute'],
      ['../copy.sqlite', 'path_not_absolute'],
      [`${dir}/../${'x'}/copy.sqlite`, 'path_not_normalized'],
      [`${dir}/./copy.sqlite`, 'path_not_normalized'],
      [`${dir}//copy.sqlite`, 'path_not_normalized'],
      [`${dir}/copy\0.sqlite`, 'path_invalid'],
      [join(dir, 'folder.sqlite'), 'path_is_folder'],
      [`${dir}/`, 'path_is_folder'],
      [join(dir, 'missing', 'copy.sqlite'), 'folder_missing'],
      [join(dir, 'copy.txt'), 'needs_sqlite_extension'],
    ];
    for (const [input, code] of cases)
      expect(await pathIssue(ws, 'workspace.saveCopy', { path: input }), input).toBe(code);
    expect((await refusal(ws, 'workspace.saveCopy', {})).code).toBe('invalid_input');
    expect(
      (await refusal(ws, 'workspace.saveCopy', { path: join(dir, 'a.sqlite'), to: '/' })).code,
    ).toBe('invalid_input');
    expect(snapshot()).toEqual(before);
  });
});

describe('workspace.open', () => {
  it('switches to another workspace, every view reading again, and back', async () => {
    const other = join(dir, 'other.sqlite');
    const first = open(other);
    await call(first, 'accounts.create', { name: 'Other Co' });
    await sessions.close(first);

    const ws = open();
    await call(ws, 'accounts.create', { name: 'Main Co' });
    const result = await ws.router.dispatch('workspace.open', { path: other });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.data).toMatchObject({ path: other, state: 'ok', readOnly: false });
    expect([...(result.changed ?? [])].sort()).toEqual([...ENTITIES].sort());
    expect(ws.path).toBe(other);
    expect(await accountNames(ws)).toEqual(['Other Co']);
    expect(await call(ws, 'app.info')).toMatchObject({ workspacePath: other });
    // Backups follow the open file: its own folder, its own names.
    await ws.idle();
    const backup = await call<BackupItem>(ws, 'workspace.backupNow');
    expect(backup.id.startsWith('other.')).toBe(true);
    expect((await call<WorkspaceInfo>(ws, 'workspace.info')).newestBackup).toEqual(backup);

    // The file left was closed cleanly: no write-ahead log left beside it.
    expect(existsSync(`${path}-wal`)).toBe(false);
    await call(ws, 'workspace.open', { path });
    expect(await accountNames(ws)).toEqual(['Main Co']);
    expect(
      (await call<RecentWorkspace[]>(ws, 'workspace.recent')).map((r) => [r.name, r.exists]),
    ).toEqual([
      ['workspace.sqlite', true],
      ['other.sqlite', true],
    ]);
  });

  it('refuses a foreign, newer, missing or mistyped file and keeps the open one', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Main Co' });
    const foreign = join(dir, 'notes.sqlite');
    writeFileSync(foreign, 'not a database at all, just text that is long enough '.repeat(4));
    const sqliteOfOthers = join(dir, 'others.sqlite');
    const db = new Database(sqliteOfOthers);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const newer = join(dir, 'newer.sqlite');
    const future = open(newer);
    await sessions.close(future);
    const raw = new Database(newer);
    raw.pragma('user_version = 9999');
    raw.close();
    const text = join(dir, 'readme.txt');
    writeFileSync(text, 'hello');
    mkdirSync(join(dir, 'folder'));
    await ws.idle();
    const before = snapshot();

    const cases: [string, string][] = [
      [foreign, 'not_a_workspace'],
      [sqliteOfOthers, 'not_a_workspace'],
      [newer, 'workspace_too_new'],
      [text, 'not_a_workspace'],
      [join(dir, 'gone.sqlite'), 'file_missing'],
      [join(dir, 'folder'), 'path_is_folder'],
      ['workspace.sqlite', 'path_not_absolute'],
      [`${dir}/folder/../workspace.sqlite`, 'path_not_normalized'],
      ['/etc/../etc/passwd', 'path_not_normalized'],
    ];
    for (const [input, code] of cases)
      expect(await pathIssue(ws, 'workspace.open', { path: input }), input).toBe(code);
    expect(await accountNames(ws)).toEqual(['Main Co']);
    expect(ws.path).toBe(path);
    expect(snapshot()).toEqual(before);
  });

  it('opens a Deal Workbench file by its header whatever its extension', async () => {
    const named = join(dir, 'deals.db');
    const first = open(named);
    await call(first, 'accounts.create', { name: 'Db Co' });
    await sessions.close(first);
    const ws = open();
    await call(ws, 'workspace.open', { path: named });
    expect(await accountNames(ws)).toEqual(['Db Co']);
  });

  it('opens a damaged file read-only, as at startup', async () => {
    const damaged = join(dir, 'damaged.sqlite');
    const first = open(damaged);
    await call(first, 'accounts.create', { name: 'Temp Co' });
    await sessions.close(first);
    const bytes = readFileSync(damaged);
    const pageSize = 4096;
    bytes.fill(0x5a, pageSize * 3 + 8, pageSize * 4); // a page past the schema
    writeFileSync(damaged, bytes);

    const ws = open();
    const info = await call<WorkspaceInfo>(ws, 'workspace.open', { path: damaged });
    expect(info).toMatchObject({ path: damaged, state: 'damaged', readOnly: true });
    await sessions.close(ws);
    expect(readFileSync(damaged).equals(bytes)).toBe(true);
  });
});

describe('workspace.create', () => {
  it('makes a new empty workspace, or one with the demo, and opens it', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Main Co' });
    const empty = join(dir, 'empty.sqlite');
    const info = await call<WorkspaceInfo>(ws, 'workspace.create', { path: empty });
    expect(info).toMatchObject({ path: empty, readOnly: false });
    expect(await accountNames(ws)).toEqual([]);
    await call(ws, 'accounts.create', { name: 'Fresh Co' });

    const demo = join(dir, 'demo.sqlite');
    await call(ws, 'workspace.create', { path: demo, withDemo: true });
    expect((await accountNames(ws)).length).toBeGreaterThan(0);
    await sessions.close(ws);

    const again = open(empty);
    expect(await accountNames(again)).toEqual(['Fresh Co']);
  });

  it('refuses an existing file (even an empty one) and bad paths, creating nothing', async () => {
    const ws = open();
    await call(ws, 'accounts.create', { name: 'Main Co' });
    const existing = join(dir, 'taken.sqlite');
    writeFileSync(existing, '');
    await ws.idle();
    const before = snapshot();
    expect(await pathIssue(ws, 'workspace.create', { path: existing })).toBe('file_exists');
    expect(await pathIssue(ws, 'workspace.create', { path })).toBe('file_exists');
    expect(await pathIssue(ws, 'workspace.create', { path: 'new.sqlite' })).toBe(
      'path_not_absolute',
    );
    expect(await pathIssue(ws, 'workspace.create', { path: join(dir, 'no', 'n.sqlite') })).toBe(
      'folder_missing',
    );
    expect(
      (await refusal(ws, 'workspace.create', { path: join(dir, 'n.sqlite'), withDemo: 'yes' }))
        .code,
    ).toBe('invalid_input');
    expect(snapshot()).toEqual(before);
    expect(await accountNames(ws)).toEqual(['Main Co']);
  });
});

describe('workspace.recent', () => {
  it('keeps the last files across restarts, newest first, marks missing ones and forgets on request', async () => {
    const ws = open();
    const a = join(dir, 'a.sqlite');
    const b = join(dir, 'b.sqlite');
    await call(ws, 'workspace.create', { path: a });
    await call(ws, 'workspace.create', { path: b });
    await sessions.close(ws);
    rmSync(a);

    const again = open(b);
    const list = await call<RecentWorkspace[]>(again, 'workspace.recent');
    expect(list.map(({ path: p, name, exists }) => [p, name, exists])).toEqual([
      [b, 'b.sqlite', true],
      [a, 'a.sqlite', false],
      [path, 'workspace.sqlite', true],
    ]);
    expect(list.every((item) => !Number.isNaN(Date.parse(item.lastOpenedAt)))).toBe(true);

    // A missing file is refused when opened, and can be taken off the list.
    expect(await pathIssue(again, 'workspace.open', { path: a })).toBe('file_missing');
    const forgotten = await again.router.dispatch('workspace.forgetRecent', { path: a });
    expect(forgotten).toMatchObject({ ok: true, changed: ['recent_workspace'] });
    expect((await call<RecentWorkspace[]>(again, 'workspace.recent')).map((r) => r.path)).toEqual([
      b,
      path,
    ]);
    expect(await refusal(again, 'workspace.forgetRecent', { path: a })).toMatchObject({
      code: 'not_found',
    });
    // The file itself is never touched by forgetting it.
    await call(again, 'workspace.forgetRecent', { path });
    expect(existsSync(path)).toBe(true);
  });

  it('keeps at most 10 files, written whole as JSON beside the default workspace', async () => {
    const ws = open();
    for (let i = 0; i < 12; i++)
      await call(ws, 'workspace.create', { path: join(dir, `w${i}.sqlite`) });
    const list = await call<RecentWorkspace[]>(ws, 'workspace.recent');
    expect(list.map((r) => r.name)).toEqual(
      [11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map((i) => `w${i}.sqlite`),
    );
    const stored = JSON.parse(readFileSync(recentListPath, 'utf8')) as { items: unknown[] };
    expect(stored.items).toHaveLength(10);
    expect(readdirSync(join(dir, 'userData'))).toEqual([RECENT_FILE]);
  });

  it('starts over from a damaged list rather than failing', async () => {
    mkdirSync(join(dir, 'userData'));
    writeFileSync(recentListPath, '{ not json');
    const ws = open();
    expect((await call<RecentWorkspace[]>(ws, 'workspace.recent')).map((r) => r.path)).toEqual([
      path,
    ]);
  });
});
