import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { addDays, localDay } from '../../shared/localDate.ts';
import type { BackupItem, BackupReason } from '../../shared/workspace.ts';
import { backupPrefix, backupsFor, backupsToRemove, KEEP_OTHER_BACKUPS } from './backups.ts';
import { createServices } from '../services/index.ts';
import { input, tickingClock } from '../services/testing.ts';
import { openStore } from './connection.ts';

let dir: string;
let path: string;
const opened: Database.Database[] = [];

/** A fixed clock that moves only when told (1 ms per reading, so names stay apart). */
function fixedClock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t++),
    set: (at: string) => (t = Date.parse(at)),
  };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dwb-backups-'));
  path = join(dir, 'workspace.sqlite');
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A workspace with two accounts, three people and one deal. */
function workspace(): Database.Database {
  const now = tickingClock('2026-11-23T04:00:00.000Z');
  const { db } = openStore(path, now);
  opened.push(db);
  const services = createServices({
    db,
    now,
    systemLocale: 'en',
    appVersion: '0.0.0-test',
    workspacePath: path,
  });
  const temp = services.accounts.create(input.account({ name: 'Temp' }));
  services.accounts.create(input.account({ name: 'King' }));
  for (const name of ['Zhou', 'Sun', 'Li'])
    services.people.create(input.person({ accountId: temp.id, name }));
  services.opportunities.create(input.opportunity({ accountId: temp.id, name: 'Plant 2' }));
  return db;
}

const backupFiles = () =>
  existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')) : [];

describe('taking a backup', () => {
  it('copies the workspace under a name saying when and why, verified and counted', async () => {
    const db = workspace();
    const clock = fixedClock('2026-11-23T04:00:00.000Z');
    const backups = backupsFor(path, clock.now);

    const item = await backups.take(db, 'manual');
    expect(item).toEqual({
      id: 'workspace.20261123T040000000Z.manual.sqlite',
      at: '2026-11-23T04:00:00.000Z',
      reason: 'manual',
      sizeBytes: expect.any(Number),
      counts: { accounts: 2, opportunities: 1, people: 3 },
    });
    expect(backupFiles().sort()).toEqual([item.id, `${item.id}.json`]);
    expect(backups.list()).toEqual([item]);

    // A self-contained copy (no WAL) of the same data.
    const copy = new Database(backups.pathOf(item.id), { readonly: true });
    opened.push(copy);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.prepare('SELECT name FROM people ORDER BY name').pluck().all()).toEqual([
      'Li',
      'Sun',
      'Zhou',
    ]);
    expect(item.sizeBytes).toBe(readFileSync(backups.pathOf(item.id)).length);
  });

  it('takes the same verified copy synchronously (the copy before a migration)', () => {
    const db = workspace();
    const backups = backupsFor(path, fixedClock('2026-11-23T04:00:00.000Z').now);
    const item = backups.takeSync(db, 'beforeMigration');
    expect(item).toMatchObject({
      id: 'workspace.20261123T040000000Z.beforeMigration.sqlite',
      counts: { accounts: 2, opportunities: 1, people: 3 },
    });
    expect(backups.list().map((b) => b.id)).toEqual([item.id]);
  });

  it('lists newest first, also two backups taken in the same millisecond', async () => {
    const db = workspace();
    const at = new Date('2026-11-23T04:00:00.000Z');
    const backups = backupsFor(path, () => at);
    const first = await backups.take(db, 'manual');
    const second = await backups.take(db, 'periodic');
    expect(second.id).toBe('workspace.20261123T040000000Z-1.periodic.sqlite');
    expect(backups.list().map((b) => b.id)).toEqual([second.id, first.id]);
  });

  it('keeps nothing and says why when the copy fails its integrity check', async () => {
    // A workspace with a page of garbage where its people's index was: the copy carries it along.
    const db = workspace();
    db.exec('CREATE INDEX people_by_name ON people (name)');
    const root = db
      .prepare<[], number>("SELECT rootpage FROM sqlite_schema WHERE name = 'people_by_name'")
      .pluck()
      .get()!;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const bytes = readFileSync(path);
    bytes.fill(0x5a, (root - 1) * pageSize + 8, root * pageSize);
    writeFileSync(path, bytes);
    const damaged = new Database(path);
    opened.push(damaged);
    const backups = backupsFor(path, fixedClock('2026-11-23T04:00:00.000Z').now);

    const failure = await backups.take(damaged, 'manual').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({
      code: 'damaged',
      message: expect.stringMatching(/not kept.*integrity check/),
    });
    expect(backupFiles()).toEqual([]);
    expect(() => backups.takeSync(damaged, 'manual')).toThrow(/integrity check/);
    expect(backupFiles()).toEqual([]);
    expect(backups.list()).toEqual([]);
  });

  it('keeps nothing when the copy is cut off, and the last good backup stays', async () => {
    const db = workspace();
    const backups = backupsFor(path, fixedClock('2026-11-23T04:00:00.000Z').now);
    const good = await backups.take(db, 'manual');
    const running = backups.take(db, 'manual');
    db.close(); // as when the app quits mid-backup
    await expect(running).rejects.toThrow();
    expect(backupFiles().sort()).toEqual([good.id, `${good.id}.json`]);
    expect(backups.list()).toEqual([good]);
  });

  it('does not list a copy without its sidecar (one that never finished its check)', async () => {
    const db = workspace();
    const backups = backupsFor(path, fixedClock('2026-11-23T04:00:00.000Z').now);
    const item = await backups.take(db, 'manual');
    rmSync(join(dir, 'backups', `${item.id}.json`));
    expect(backups.list()).toEqual([]);
    expect(() => backups.pathOf(item.id)).toThrow(AppError);
  });
});

describe('backup ids', () => {
  it('are refused when they could lead outside the folder or to another workspace', async () => {
    const db = workspace();
    const backups = backupsFor(path, fixedClock('2026-11-23T04:00:00.000Z').now);
    const item = await backups.take(db, 'manual');
    expect(backups.pathOf(item.id)).toBe(join(dir, 'backups', item.id));

    const other = backupsFor(join(dir, 'other.sqlite'), fixedClock('2026-11-23T05:00:00Z').now);
    const theirs = await other.take(db, 'manual');
    expect(other.list().map((b) => b.id)).toEqual([theirs.id]);
    expect(backups.list().map((b) => b.id)).toEqual([item.id]);

    for (const id of [
      '../workspace.sqlite',
      '..',
      `../backups/${item.id}`,
      `backups/${item.id}`,
      join(dir, 'backups', item.id),
      `${item.id}/../../workspace.sqlite`,
      '..\\workspace.sqlite',
      `${item.id}.json`,
      theirs.id,
      'workspace.20261123T040000000Z.unknown.sqlite',
      'workspace.20261123T050000000Z.manual.sqlite',
    ]) {
      const error = (() => {
        try {
          backups.pathOf(id);
        } catch (e) {
          return e;
        }
      })();
      expect(error, id).toBeInstanceOf(AppError);
      expect((error as AppError).code, id).toBe('not_found');
    }
  });

  it('start with the workspace file’s name, kept apart for names that lose characters', () => {
    expect(backupPrefix('/x/workspace.sqlite')).toBe('workspace');
    expect(backupPrefix('/x/team-2026_a.db')).toBe('team-2026_a');
    const chinese = [backupPrefix('/x/客户.sqlite'), backupPrefix('/x/销售.sqlite')];
    expect(chinese[0]).not.toBe(chinese[1]);
    for (const prefix of [
      ...chinese,
      backupPrefix('/x/my deals.sqlite'),
      backupPrefix('/x/.hidden'),
    ])
      expect(prefix).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]*$/);
  });
});

describe('rotation', () => {
  type Listed = Pick<BackupItem, 'id' | 'at' | 'reason'>;

  /** One simulated year: an open backup each day at 09:00 and periodic ones at 13:00 and 17:00. */
  function simulateYear(): Listed[] {
    let kept: Listed[] = [];
    let day = '2026-01-01';
    for (let i = 0; i < 365; i++, day = addDays(day, 1)) {
      for (const [hour, reason] of [
        [9, 'open'],
        [13, 'periodic'],
        [17, 'periodic'],
      ] as const) {
        const at = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).toISOString();
        kept = [{ id: `${at}-${reason}`, at, reason }, ...kept];
        const removed = new Set(backupsToRemove(kept));
        kept = kept.filter((item) => !removed.has(item.id));
      }
    }
    return kept;
  }

  it('keeps 7 daily, 4 weekly and 6 monthly backups over a year of use', () => {
    const kept = simulateYear();
    const days = kept.map((item) => localDay(new Date(item.at)));
    // The newest of each of the last 7 days: the 17:00 periodic one.
    expect(days.slice(0, 7)).toEqual([
      '2026-12-31',
      '2026-12-30',
      '2026-12-29',
      '2026-12-28',
      '2026-12-27',
      '2026-12-26',
      '2026-12-25',
    ]);
    expect(kept.slice(0, 7).every((item) => item.at.includes(hourOf(17)))).toBe(true);
    // Weeks start on Monday (28 Dec): the Sundays close the weeks before; 27 Dec is daily already.
    expect(days).toContain('2026-12-20');
    expect(days).toContain('2026-12-13');
    expect(days).not.toContain('2026-12-06');
    // Months: the last day of each of the five months before December.
    for (const day of ['2026-11-30', '2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31'])
      expect(days).toContain(day);
    expect(days).not.toContain('2026-06-30');
    expect(new Set(days).size).toBe(days.length); // one per kept day
    expect(kept.length).toBe(7 + 2 + 5);
  });

  it('never removes the newest backup, and keeps the newest 10 of the other kinds', () => {
    const others: Listed[] = Array.from({ length: 12 }, (_, i) => ({
      id: `manual-${i}`,
      at: new Date(Date.UTC(2026, 0, 1 + i, 12)).toISOString(),
      reason: (['manual', 'beforeRestore', 'beforeMigration'] as BackupReason[])[i % 3]!,
    })).reverse();
    const removed = backupsToRemove(others);
    expect(removed).toEqual(['manual-1', 'manual-0']);
    expect(KEEP_OTHER_BACKUPS).toBe(10);
    // The newest is kept even when no bucket would hold it.
    const lone: Listed[] = [{ id: 'x', at: '2026-01-01T12:00:00.000Z', reason: 'beforeErase' }];
    expect(backupsToRemove(lone)).toEqual([]);
  });

  it('runs after each backup and removes the files it drops', async () => {
    const db = workspace();
    const clock = fixedClock('2026-11-01T04:00:00.000Z');
    const backups = backupsFor(path, clock.now);
    let day = '2026-11-01';
    for (let i = 0; i < 12; i++, day = addDays(day, 1)) {
      clock.set(new Date(`${day}T12:00:00`).toISOString());
      await backups.take(db, 'open');
    }
    const days = backups.list().map((item) => localDay(new Date(item.at)));
    // 7 days, and the newest of the weeks before (Sunday 8 Nov, Sunday 1 Nov).
    expect(days).toEqual([
      '2026-11-12',
      '2026-11-11',
      '2026-11-10',
      '2026-11-09',
      '2026-11-08',
      '2026-11-07',
      '2026-11-06',
      '2026-11-01',
    ]);
    expect(backupFiles()).toHaveLength(days.length * 2);
  });
});

const hourOf = (hour: number) =>
  new Date(`2026-12-31T${String(hour).padStart(2, '0')}:00:00`).toISOString().slice(10);
