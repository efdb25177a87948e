import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { WORKSPACE_APPLICATION_ID } from './migrations/0001-core.ts';
import { migrate, SCHEMA_VERSION } from './migrations/index.ts';
import { backupsFor } from './backups.ts';
import { looksEncrypted, openDatabase, PassphraseError, type Passphrase } from './cipher.ts';

export class WorkspaceTooNewError extends Error {
  readonly fileVersion: number;
  readonly supportedVersion: number;
  constructor(path: string, fileVersion: number, supportedVersion: number) {
    super(
      `The workspace ${path} was made by a newer version of Deal Workbench (schema ${fileVersion}; ` +
        `this version understands up to ${supportedVersion}). It was not changed. ` +
        'Update Deal Workbench to open it.',
    );
    this.name = 'WorkspaceTooNewError';
    this.fileVersion = fileVersion;
    this.supportedVersion = supportedVersion;
  }
}

export class NotAWorkspaceError extends Error {
  constructor(path: string) {
    super(`The file ${path} is not a Deal Workbench workspace. It was not changed.`);
    this.name = 'NotAWorkspaceError';
  }
}

export type OpenedStore = {
  db: Database.Database;
  /** True when the file did not hold a workspace yet (absent, empty, or ':memory:'). */
  isNew: boolean;
  /** True when there was no file at all (or ':memory:'): the app made this one. */
  created: boolean;
  /**
   * True when `quick_check` found the file damaged: it is then open read-only, not migrated,
   * and nothing is ever written to it.
   */
  damaged: boolean;
  /** The backup (in `backups/`) taken before migrating an older workspace, if one was needed. */
  backupPath: string | null;
  /** True when the file is encrypted (and was opened with its passphrase). */
  encrypted: boolean;
};

/**
 * Opens (or creates) a workspace file and brings its schema up to date.
 * The file is inspected read-only first, so a foreign, newer or damaged file is caught before
 * anything writes to it.
 */
export function openStore(
  path: string,
  now: () => Date,
  passphrase: Passphrase = null,
): OpenedStore {
  const memory = path === ':memory:';
  const created = memory || !existsSync(path);
  const found = memory
    ? { version: 0, damaged: false, encrypted: false }
    : inspectWorkspace(path, passphrase);
  // A plain file opens as one whatever passphrase was offered; a new file starts plain.
  const key = found.encrypted ? passphrase : null;
  const { encrypted } = found;
  if (found.damaged) {
    const db = openDatabase(path, key, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return { db, isNew: false, created, damaged: true, backupPath: null, encrypted };
  }
  let backupPath: string | null = null;
  if (found.version > 0 && found.version < SCHEMA_VERSION) {
    const source = openDatabase(path, key, { readonly: true, fileMustExist: true });
    try {
      const backups = backupsFor(path, now, () => key);
      backupPath = join(backups.dir, backups.takeSync(source, 'beforeMigration').id);
    } finally {
      source.close();
    }
  }
  if (!memory) mkdirSync(dirname(path), { recursive: true });

  const db = openDatabase(path, key);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL'); // an acknowledged save survives a power cut, not only a crash
    // Deleted content is overwritten with zeros, so an erased person leaves no trace in free pages.
    db.pragma('secure_delete = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, isNew: found.version === 0, created, damaged: false, backupPath, encrypted };
}

/**
 * Reads the schema version of an existing file without writing to it (0: no workspace yet) and
 * runs `quick_check` on it. An encrypted file needs its passphrase: without it, or with a wrong
 * one, a PassphraseError says so (never "not a workspace", never an empty new one).
 */
export function inspectWorkspace(
  path: string,
  passphrase: Passphrase = null,
): { version: number; damaged: boolean; encrypted: boolean } {
  if (!existsSync(path) || statSync(path).size === 0)
    return { version: 0, damaged: false, encrypted: false };
  const encrypted = looksEncrypted(path);
  if (encrypted && passphrase === null) throw new PassphraseError(path, 'required');
  let db: Database.Database | undefined;
  try {
    db = openDatabase(path, encrypted ? passphrase : null, { readonly: true, fileMustExist: true });
    if (encrypted) refuseWrongKey(db, path);
    const version = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const objects =
      db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sqlite_schema').get()?.n ?? 0;
    if (version === 0 && applicationId === 0 && objects === 0)
      return { version: 0, damaged: false, encrypted };
    if (applicationId !== WORKSPACE_APPLICATION_ID) throw new NotAWorkspaceError(path);
    if (version > SCHEMA_VERSION) throw new WorkspaceTooNewError(path, version, SCHEMA_VERSION);
    return { version, damaged: !quickCheckPasses(db), encrypted };
  } catch (error) {
    if (error instanceof PassphraseError) throw error;
    // An encrypted file whose first page opened with this key but whose others cannot be read.
    if (encrypted && isUnreadable(error)) return { version: 0, damaged: true, encrypted };
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB')
      throw new NotAWorkspaceError(path);
    // A workspace (by its header) whose pages cannot even be read is damaged, not foreign.
    if (isCorruption(error) && headerApplicationId(path) === WORKSPACE_APPLICATION_ID)
      return { version: 0, damaged: true, encrypted };
    if (isCorruption(error)) throw new NotAWorkspaceError(path);
    throw error;
  } finally {
    db?.close();
  }
}

/** The application id in the file header (bytes 68–71, big-endian), read without SQLite. */
function headerApplicationId(path: string): number {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  try {
    return readSync(fd, header, 0, 100, 0) === 100 ? header.readInt32BE(68) : 0;
  } finally {
    closeSync(fd);
  }
}

/** With a wrong key the first page does not decrypt, so the schema cannot be read at all. */
function refuseWrongKey(db: Database.Database, path: string): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB')
      throw new PassphraseError(path, 'wrong');
    throw error;
  }
}

function quickCheckPasses(db: Database.Database): boolean {
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    return rows.length === 1 && rows[0]?.quick_check === 'ok';
  } catch (error) {
    if (isCorruption(error)) return false;
    throw error;
  }
}

const isUnreadable = (error: unknown) =>
  isCorruption(error) || (error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB');

const isCorruption = (error: unknown) =>
  error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CORRUPT');
