import type Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, parse, resolve, sep } from 'node:path';
import { AppError } from '../../shared/errors.ts';
import { addDays, localDay } from '../../shared/localDate.ts';
import {
  BACKUP_REASONS,
  backupId,
  backupItem,
  type BackupItem,
  type BackupReason,
} from '../../shared/workspace.ts';
import { openDatabase, rekeyFile, type Passphrase } from './cipher.ts';

// The workspace's backups (issue 13): verified copies in a `backups/` folder beside the file.
// A backup is written under a temporary name, checked with `PRAGMA integrity_check`, and only
// then renamed into place, so a failed or interrupted backup never replaces a good one. Each
// backup has a small JSON sidecar with its time, reason, size and counts, so listing reads no
// database.

/** Automatic backups, thinned by grandfather-father-son rotation. */
const AUTOMATIC: readonly BackupReason[] = ['open', 'periodic'];

/** Grandfather-father-son: the newest backup of each of the last N days, weeks and months. */
export const ROTATION = { daily: 7, weekly: 4, monthly: 6 } as const;
/** Backups the user asked for or that guard a risky step: the newest ones are kept. */
export const KEEP_OTHER_BACKUPS = 10;

export type BackupStore = {
  /** The `backups/` folder beside the workspace file. */
  readonly dir: string;
  /** Every backup of this workspace, newest first. */
  list(): BackupItem[];
  /** The file of a backup of this workspace; refuses any id that is not one. */
  pathOf(id: string): string;
  /** Copies `db` with SQLite's online backup API, verifies the copy and keeps it. */
  take(db: Database.Database, reason: BackupReason): Promise<BackupItem>;
  /** The same, synchronously with `VACUUM INTO` (for the copy taken before migrating at open). */
  takeSync(db: Database.Database, reason: BackupReason): BackupItem;
  /**
   * Re-keys every backup from the workspace's old passphrase to its new one (null: plain), so
   * none is left readable without it and each can still be restored. Returns the ids that
   * could not be re-keyed (another program holding one): they keep the old passphrase.
   */
  rekeyAll(current: Passphrase, next: Passphrase): string[];
};

type Sidecar = Omit<BackupItem, 'id'>;

/**
 * The backups of one workspace file. `passphrase` gives the open workspace's key (null when it is
 * plain): a backup of an encrypted workspace is encrypted with the same key.
 */
export function backupsFor(
  workspacePath: string,
  now: () => Date,
  passphrase: () => Passphrase = () => null,
): BackupStore {
  const dir = join(dirname(resolve(workspacePath)), 'backups');
  const prefix = backupPrefix(workspacePath);
  const namePattern = new RegExp(
    `^${prefix}\\.(\\d{8}T\\d{9}Z)(?:-(\\d+))?\\.(${BACKUP_REASONS.join('|')})\\.sqlite$`,
  );

  function list(): BackupItem[] {
    const named = namesIn(dir)
      .map((name) => ({ name, match: namePattern.exec(name) }))
      .filter((entry) => entry.match !== null)
      .map(({ name, match }) => ({ name, stamp: match![1]!, n: Number(match![2] ?? 0) }));
    named.sort((a, b) => (a.stamp === b.stamp ? b.n - a.n : a.stamp < b.stamp ? 1 : -1));
    return named.flatMap(({ name }) => {
      const item = readItem(join(dir, name));
      return item ? [item] : [];
    });
  }

  function pathOf(id: string): string {
    const path = resolve(dir, id);
    // A plain name of this workspace's backups, inside the folder: no id can lead elsewhere.
    const inside =
      backupId.safeParse(id).success &&
      namePattern.test(id) &&
      dirname(path) === dir &&
      path.startsWith(dir + sep);
    if (!inside || !existsSync(path) || readItem(path) === null) {
      throw new AppError('not_found', `There is no backup named ${id} for this workspace.`);
    }
    return path;
  }

  /** A free name for a backup taken at `at`: sortable by time (then by n), saying why it was taken. */
  function nameFor(at: Date, reason: BackupReason): string {
    const stamp = at.toISOString().replace(/[-:.]/g, '');
    const names = readdirSync(dir);
    for (let n = 0; ; n++) {
      const taken = `${prefix}.${stamp}${n === 0 ? '' : `-${n}`}.`;
      if (!names.some((name) => name.startsWith(taken) || name.startsWith(`.${taken}`)))
        return `${taken}${reason}.sqlite`;
    }
  }

  type Job = { at: Date; id: string; target: string; partial: string };

  function begin(reason: BackupReason): Job {
    mkdirSync(dir, { recursive: true });
    const at = now();
    removeStalePartials(dir, prefix, at);
    const id = nameFor(at, reason);
    return { at, id, target: join(dir, id), partial: join(dir, `.${id}.partial`) };
  }

  /** Verifies and counts the copy, writes its sidecar, and only then gives it its name. */
  function finish({ at, id, target, partial }: Job, reason: BackupReason): BackupItem {
    const counts = verify(partial, passphrase());
    syncFile(partial);
    const sidecar: Sidecar = {
      at: at.toISOString(),
      reason,
      sizeBytes: statSync(partial).size,
      counts,
    };
    writeFileSync(sidecarOf(target), JSON.stringify(sidecar));
    renameSync(partial, target);
    return { id, ...sidecar };
  }

  /** A failed backup leaves nothing behind. */
  function abandon({ target, partial }: Job): void {
    for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`])
      rmSync(leftover, { force: true });
    rmSync(sidecarOf(target), { force: true });
  }

  async function take(db: Database.Database, reason: BackupReason): Promise<BackupItem> {
    const job = begin(reason);
    let item: BackupItem;
    try {
      // The online backup API writes a plain copy, and refuses an encrypted source: an encrypted
      // workspace is copied with VACUUM INTO, whose copy keeps the source's cipher and key.
      if (passphrase() === null) {
        // Larger steps than the default 100 pages: a backup of a big workspace ends sooner.
        await db.backup(job.partial, { progress: () => 2000 });
      } else {
        db.prepare('VACUUM INTO ?').run(job.partial);
      }
      item = finish(job, reason);
    } catch (error) {
      abandon(job);
      throw error;
    }
    return keptAndRotated(item);
  }

  function takeSync(db: Database.Database, reason: BackupReason): BackupItem {
    const job = begin(reason);
    let item: BackupItem;
    try {
      db.prepare('VACUUM INTO ?').run(job.partial);
      item = finish(job, reason);
    } catch (error) {
      abandon(job);
      throw error;
    }
    return keptAndRotated(item);
  }

  /**
   * Once a backup is in place, the ones rotation drops are removed. One that cannot be removed
   * now (open in another program on Windows) stays until the next rotation: the new backup is
   * kept either way.
   */
  function keptAndRotated(item: BackupItem): BackupItem {
    for (const id of backupsToRemove(list())) {
      try {
        // The sidecar first: a backup without one is no longer offered, even if its file stays.
        rmSync(sidecarOf(join(dir, id)), { force: true });
        rmSync(join(dir, id), { force: true });
      } catch {
        continue;
      }
    }
    return item;
  }

  function rekeyAll(current: Passphrase, next: Passphrase): string[] {
    const failed: string[] = [];
    for (const { id, ...sidecar } of list()) {
      try {
        rekeyFile(join(dir, id), current, next);
        // Encrypting changes the file's size (each page keeps room for its MAC).
        const resized: Sidecar = { ...sidecar, sizeBytes: statSync(join(dir, id)).size };
        writeFileSync(sidecarOf(join(dir, id)), JSON.stringify(resized));
      } catch {
        failed.push(id);
      }
    }
    return failed;
  }

  return { dir, list, pathOf, take, takeSync, rekeyAll };
}

/**
 * Checks a fresh copy with `integrity_check` and counts what it holds. Its journal is switched
 * from WAL to a plain rollback journal so the copy is one self-contained file.
 */
function verify(path: string, passphrase: Passphrase): BackupItem['counts'] {
  const db = openDatabase(path, passphrase, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
      throw new AppError(
        'damaged',
        'The backup was not kept: its copy of the workspace failed the integrity check, so the workspace itself may be damaged.',
      );
    }
    return countRecords(db);
  } finally {
    db.close();
  }
}

function countRecords(db: Database.Database): BackupItem['counts'] {
  const count = (table: string) =>
    db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0;
  return {
    accounts: count('accounts'),
    opportunities: count('opportunities'),
    people: count('people'),
  };
}

/**
 * A backup's item from its sidecar. The sidecar is written only after the copy passed its
 * check, so a file without one (an interrupted backup, a stray copy) is not offered.
 */
function readItem(path: string): BackupItem | null {
  try {
    const parsed = backupItem
      .omit({ id: true })
      .safeParse(JSON.parse(readFileSync(sidecarOf(path), 'utf8')));
    return parsed.success ? { id: basename(path), ...parsed.data } : null;
  } catch {
    return null;
  }
}

const sidecarOf = (path: string) => `${path}.json`;

/** The names in the backups folder; none when it is missing (or is not a folder). */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
}

/**
 * The backups of `a.sqlite` and `b.sqlite` in one folder start with `a.` and `b.`: the file's
 * name reduced to letters, digits, `_` and `-`, with a short hash when anything was dropped
 * (two Chinese names would otherwise meet as `_`).
 */
export function backupPrefix(workspacePath: string): string {
  const stem = parse(workspacePath).name;
  const safe = stem.replace(/[^A-Za-z0-9_-]+/g, '_');
  const hash = createHash('sha256').update(basename(workspacePath)).digest('hex').slice(0, 8);
  const prefix = safe === stem && safe !== '' ? safe : `${safe}_${hash}`;
  return /^[A-Za-z0-9]/.test(prefix) ? prefix.slice(0, 80) : `w${prefix}`.slice(0, 80);
}

/** Temporary copies left by a crash mid-backup (an hour old: none of ours still runs). */
function removeStalePartials(dir: string, prefix: string, at: Date): void {
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(`.${prefix}.`) || !/\.partial(-journal|-wal|-shm)?$/.test(name)) continue;
    const path = join(dir, name);
    if (at.getTime() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
  }
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The backups rotation removes, given every backup newest first: automatic ones outside the
 * newest of each of the last 7 days, 4 weeks and 6 months that have one (local calendar), other
 * ones beyond the newest 10; never the newest backup of all.
 */
export function backupsToRemove(
  items: readonly Pick<BackupItem, 'id' | 'at' | 'reason'>[],
): string[] {
  const keep = new Set<string>(items.slice(0, 1).map((item) => item.id));
  const automatic = items.filter((item) => AUTOMATIC.includes(item.reason));
  const buckets: [count: number, key: (at: Date) => string][] = [
    [ROTATION.daily, (at) => localDay(at)],
    [ROTATION.weekly, (at) => addDays(localDay(at), -((at.getDay() + 6) % 7))],
    [ROTATION.monthly, (at) => localDay(at).slice(0, 7)],
  ];
  for (const [count, key] of buckets) {
    const seen = new Set<string>();
    for (const item of automatic) {
      const bucket = key(new Date(item.at));
      if (seen.has(bucket)) continue;
      if (seen.size === count) break;
      seen.add(bucket);
      keep.add(item.id);
    }
  }
  items
    .filter((item) => !AUTOMATIC.includes(item.reason))
    .slice(0, KEEP_OTHER_BACKUPS)
    .forEach((item) => keep.add(item.id));
  return items.filter((item) => !keep.has(item.id)).map((item) => item.id);
}

/**
 * A verified copy of `db` at `target` ("Save a copy…"): written beside it under a temporary name
 * with the online backup API, checked with `integrity_check`, flushed, and only then given its
 * name, so the target is never half-written. Returns the copy's size.
 */
export async function saveVerifiedCopy(
  db: Database.Database,
  target: string,
  { overwrite, passphrase }: { overwrite: boolean; passphrase: Passphrase },
): Promise<number> {
  const partial = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  try {
    // As for backups: an encrypted workspace's copy is made by VACUUM INTO, keeping its key.
    if (passphrase === null) await db.backup(partial, { progress: () => 2000 });
    else db.prepare('VACUUM INTO ?').run(partial);
    verify(partial, passphrase);
    syncFile(partial);
    const size = statSync(partial).size;
    if (!overwrite && existsSync(target))
      throw new AppError(
        'conflict',
        `${target} appeared while the copy was written; it was left alone.`,
      );
    renameSync(partial, target);
    return size;
  } finally {
    for (const leftover of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`])
      rmSync(leftover, { force: true });
  }
}
