import Database from 'better-sqlite3-multiple-ciphers';
import { createHash, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

// Encryption at rest (issue 13): a workspace may be encrypted with a passphrase, in SQLCipher's
// format (SQLite3 Multiple Ciphers). Every connection to a workspace file, its backups included,
// is opened here, so the cipher and the key are always set before anything reads a page.

/** A workspace's passphrase; null for a plain (unencrypted) file. */
export type Passphrase = string | null;

/** Why an encrypted workspace could not be opened. */
export class PassphraseError extends Error {
  readonly kind: 'required' | 'wrong';
  constructor(path: string, kind: 'required' | 'wrong') {
    super(
      kind === 'required'
        ? `The workspace ${path} is encrypted: its passphrase is needed to open it. It was not changed.`
        : `The passphrase does not open the workspace ${path}. It was not changed.`,
    );
    this.name = 'PassphraseError';
    this.kind = kind;
  }
}

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * True when the file looks like an encrypted database: whole pages starting with a random salt
 * where SQLite's plain header would be. A header overwritten with anything regular (zeros, one
 * repeated byte, text) has too few distinct bytes to be a salt, and stays "not a workspace".
 */
export function looksEncrypted(path: string): boolean {
  if (!existsSync(path)) return false;
  const size = statSync(path).size;
  if (size === 0 || size % 512 !== 0) return false;
  const header = Buffer.alloc(PLAIN_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  return !header.equals(PLAIN_HEADER) && new Set(header).size >= 10;
}

/**
 * The passphrase as a key pragma's value: its UTF-8 bytes in hex, so no character of it can end
 * the SQL string (the hex text is still run through SQLCipher's key derivation).
 */
const hex = (passphrase: string) => Buffer.from(passphrase, 'utf8').toString('hex');

/** Opens a database file with SQLCipher's scheme, keyed when a passphrase is given. */
export function openDatabase(
  path: string,
  passphrase: Passphrase,
  options: Database.Options = {},
): Database.Database {
  const db = new Database(path, options);
  try {
    db.pragma("cipher = 'sqlcipher'");
    if (passphrase !== null) db.pragma(`hexkey = '${hex(passphrase)}'`);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/**
 * Encrypts, re-keys or (with null) decrypts an open database in place. SQLite3 Multiple Ciphers
 * cannot re-key a write-ahead-logged file, so the log is folded in and the rollback journal used
 * meanwhile; the caller's journal mode comes back afterwards.
 */
export function rekey(db: Database.Database, next: Passphrase): void {
  const mode = String(db.pragma('journal_mode', { simple: true }));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  try {
    db.pragma(next === null ? "rekey = ''" : `hexrekey = '${hex(next)}'`);
  } finally {
    db.pragma(`journal_mode = ${mode === 'wal' ? 'WAL' : 'DELETE'}`);
  }
}

/** Re-keys a closed file (a backup) from one passphrase to another. */
export function rekeyFile(path: string, current: Passphrase, next: Passphrase): void {
  const db = openDatabase(path, current, { fileMustExist: true });
  try {
    rekey(db, next);
  } finally {
    db.close();
  }
}

/** Compares passphrases without a timing that tells how much of one matched. */
export function samePassphrase(a: Passphrase, b: Passphrase): boolean {
  if (a === null || b === null) return a === b;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}
