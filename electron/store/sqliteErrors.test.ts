import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { storageError } from './sqliteErrors.ts';

describe('storageError', () => {
  it.each([
    ['SQLITE_FULL', 'disk_full'],
    ['SQLITE_READONLY', 'read_only'],
    ['SQLITE_READONLY_DBMOVED', 'read_only'],
    ['SQLITE_BUSY', 'file_locked'],
    ['SQLITE_BUSY_SNAPSHOT', 'file_locked'],
    ['SQLITE_LOCKED', 'file_locked'],
    ['SQLITE_LOCKED_SHAREDCACHE', 'file_locked'],
    ['SQLITE_CORRUPT', 'damaged'],
    ['SQLITE_CORRUPT_INDEX', 'damaged'],
    ['SQLITE_NOTADB', 'damaged'],
    ['SQLITE_IOERR', 'io_error'],
    ['SQLITE_IOERR_FSYNC', 'io_error'],
    ['SQLITE_IOERR_SHORT_READ', 'io_error'],
    ['SQLITE_CANTOPEN', 'io_error'],
  ])('answers %s with %s and a plain sentence', (sqliteCode, code) => {
    const error = storageError(new Database.SqliteError('disk I/O error at page 7', sqliteCode));
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(/\.$/);
    expect(error?.message).not.toMatch(/SQLITE|page 7|\n/);
  });

  it.each([
    ['a constraint failure', new Database.SqliteError('UNIQUE failed', 'SQLITE_CONSTRAINT_UNIQUE')],
    ['out of memory', new Database.SqliteError('out of memory', 'SQLITE_NOMEM')],
    ['a plain error', new Error('boom')],
    ['a file-system error', Object.assign(new Error('no space'), { code: 'ENOSPC' })],
    ['a non-error', 'SQLITE_FULL'],
    ['null', null],
  ])('leaves %s to the caller', (_, error) => {
    expect(storageError(error)).toBeUndefined();
  });
});
