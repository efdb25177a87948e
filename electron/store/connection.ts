import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { WORKSPACE_APPLICATION_ID } from './migrations/0001-core.ts';
import { migrate, SCHEMA_VERSION } from './migrations/index.ts';

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
  /** The copy taken before migrating an older workspace, if one was needed. */
  backupPath: string | null;
};

/**
 * Opens (or creates) a workspace file and brings its schema up to date.
 * The file is inspected read-only first, so a foreign or newer file is refused before anything writes to it.
 */
export function openStore(path: string, now: () => Date): OpenedStore {
  const memory = path === ':memory:';
  const fileVersion = memory ? 0 : inspect(path);
  let backupPath: string | null = null;
  if (fileVersion > 0 && fileVersion < SCHEMA_VERSION) {
    backupPath = backupName(path, SCHEMA_VERSION, now());
    copyDatabase(path, backupPath);
  }
  if (!memory) mkdirSync(dirname(path), { recursive: true });

  const db = new Database(path);
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
  return { db, isNew: fileVersion === 0, backupPath };
}

/** Reads the schema version of an existing file without writing to it; 0 means "no workspace yet". */
function inspect(path: string): number {
  if (!existsSync(path) || statSync(path).size === 0) return 0;
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const objects =
      db.prepare<[], { n: number }>('SELECT count(*) AS n FROM sqlite_schema').get()?.n ?? 0;
    if (version === 0 && applicationId === 0 && objects === 0) return 0;
    if (applicationId !== WORKSPACE_APPLICATION_ID) throw new NotAWorkspaceError(path);
    if (version > SCHEMA_VERSION) throw new WorkspaceTooNewError(path, version, SCHEMA_VERSION);
    return version;
  } catch (error) {
    if (error instanceof Database.SqliteError && error.code === 'SQLITE_NOTADB')
      throw new NotAWorkspaceError(path);
    throw error;
  } finally {
    db?.close();
  }
}

/** e.g. workspace.sqlite.before-v2-2025-03-01T093000Z.bak — sorts by time and says why it exists. */
function backupName(path: string, targetVersion: number, at: Date): string {
  const stamp = at.toISOString().slice(0, 19).replaceAll(':', '') + 'Z';
  return `${path}.before-v${targetVersion}-${stamp}.bak`;
}

function copyDatabase(path: string, target: string): void {
  const source = new Database(path, { readonly: true, fileMustExist: true });
  try {
    source.prepare('VACUUM INTO ?').run(target);
  } finally {
    source.close();
  }
}
