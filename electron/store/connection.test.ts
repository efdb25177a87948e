import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsFor } from './backups.ts';
import { NotAWorkspaceError, openStore, WorkspaceTooNewError } from './connection.ts';
import { WORKSPACE_APPLICATION_ID } from './migrations/0001-core.ts';
import { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion } from './migrations/index.ts';

const clock = () => new Date('2025-03-01T09:30:00.000Z');
let dir: string;
let path: string;
const opened: Database.Database[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dwb-store-'));
  path = join(dir, 'workspace.sqlite');
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

function open(file = path) {
  const store = openStore(file, clock);
  opened.push(store.db);
  return store;
}

/** A file at an older schema version, as an earlier build of Deal Workbench left it. */
function fileAtVersion(version: number): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  migrate(db, version);
  opened.push(db);
  return db;
}

describe('openStore', () => {
  it('creates a new workspace at the current version with the expected pragmas', () => {
    const { db, isNew, created, backupPath } = open(join(dir, 'nested', 'folder', 'new.sqlite'));
    expect(isNew).toBe(true);
    expect(created).toBe(true);
    expect(backupPath).toBeNull();
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(WORKSPACE_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('reopens a current workspace as not new, without a backup', () => {
    open().db.close();
    const again = open();
    expect(again.isNew).toBe(false);
    expect(again.backupPath).toBeNull();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('treats an empty file as a new workspace, but not as one the app created', () => {
    writeFileSync(path, '');
    expect(open()).toMatchObject({ isNew: true, created: false, damaged: false });
  });

  it('keeps a verified beforeMigration backup before migrating an older workspace', () => {
    // The migration before the last (versions may have a gap while branches are merged).
    const previous = MIGRATIONS.at(-2)!.version;
    const old = fileAtVersion(previous);
    old.exec(`INSERT INTO settings (key, value) VALUES ('locale', '"zh-CN"')`);
    old.close();

    const { db, backupPath } = open();
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    const expectedName = 'workspace.20250301T093000000Z.beforeMigration.sqlite';
    expect(backupPath).toBe(join(dir, 'backups', expectedName));
    expect(backupsFor(path, clock).list()).toEqual([
      expect.objectContaining({ id: expectedName, reason: 'beforeMigration' }),
    ]);

    const backup = new Database(join(dir, 'backups', expectedName), { readonly: true });
    opened.push(backup);
    expect(schemaVersion(backup)).toBe(previous);
    expect(backup.prepare("SELECT value FROM settings WHERE key = 'locale'").pluck().get()).toBe(
      '"zh-CN"',
    );
  });

  it('refuses a workspace from a newer version and leaves the file byte for byte as it was', () => {
    const future = fileAtVersion(SCHEMA_VERSION);
    future.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    future.close();
    const bytes = readFileSync(path);

    let error: unknown;
    try {
      open();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorkspaceTooNewError);
    const tooNew = error as WorkspaceTooNewError;
    expect(tooNew.fileVersion).toBe(SCHEMA_VERSION + 1);
    expect(tooNew.supportedVersion).toBe(SCHEMA_VERSION);
    expect(tooNew.message).toMatch(/newer version of Deal Workbench/);
    expect(tooNew.message).toMatch(/was not changed/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('refuses a file that is not SQLite, and leaves it alone', () => {
    const text = 'Quarterly review notes\n'.repeat(20);
    writeFileSync(path, text);
    expect(() => open()).toThrow(NotAWorkspaceError);
    expect(() => open()).toThrow(/is not a Deal Workbench workspace\. It was not changed/);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it("refuses another application's SQLite database, and leaves it alone", () => {
    const other = new Database(path);
    other.exec('CREATE TABLE notes (body TEXT)');
    other.close();
    const bytes = readFileSync(path);
    expect(() => open()).toThrow(NotAWorkspaceError);
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });
});
