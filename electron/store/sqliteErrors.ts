import { AppError, type ErrorCode } from '../../shared/errors.ts';

// The contract's plain sentence for each storage failure; the renderer shows its own translation
// of the code, these reach other callers (logs, tests) and never carry SQLite's text or a stack.
const MESSAGES = {
  disk_full: 'The disk is full. Free some space, then try again. Nothing was saved.',
  read_only:
    'The workspace cannot be changed: it is open read-only, or its file or folder is read-only. Nothing was saved.',
  file_locked:
    'Another program is holding the workspace file. Close it, then try again. Nothing was saved.',
  damaged:
    'The workspace file is damaged. Nothing was saved. Restore a backup in Settings → Workspace.',
  io_error:
    'The workspace file could not be read or written (a disk or network problem). If it is on a network share, move it to a local disk. Nothing was saved.',
} as const satisfies Partial<Record<ErrorCode, string>>;

/** SQLite's primary result code (an extended one such as SQLITE_IOERR_FSYNC names it first). */
const BY_PRIMARY_CODE: Record<string, keyof typeof MESSAGES> = {
  SQLITE_FULL: 'disk_full',
  SQLITE_READONLY: 'read_only',
  SQLITE_BUSY: 'file_locked',
  SQLITE_LOCKED: 'file_locked',
  SQLITE_CORRUPT: 'damaged',
  SQLITE_NOTADB: 'damaged',
  SQLITE_IOERR: 'io_error',
  // At run time this means the -wal or -shm file beside the workspace could not be opened.
  SQLITE_CANTOPEN: 'io_error',
};

/**
 * The contract's error for a failure of the workspace file, or undefined for anything else.
 * Matches on the code rather than the class, so any SQLite binding's errors are recognised.
 */
export function storageError(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  if (typeof error.code !== 'string') return undefined;
  const primary = /^SQLITE_[A-Z]+/.exec(error.code)?.[0];
  const code = primary === undefined ? undefined : BY_PRIMARY_CODE[primary];
  return code === undefined ? undefined : new AppError(code, MESSAGES[code]);
}
