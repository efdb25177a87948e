import type Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channels, type ChannelName, type ChannelOutput } from '../../shared/channels.ts';
import type { BackupReason } from '../../shared/workspace.ts';
import type { Result } from '../../shared/errors.ts';
import { seedDemo } from '../demo/seedDemo.ts';
import { openStore } from '../store/connection.ts';
import { ERASED_ID, ERASED_TEXT } from './erasure.ts';
import { createServices, type Services } from './index.ts';
import { rowCounts, testRouter, tickingClock } from './testing.ts';

// Distinctive names: a match in the file's bytes can only be a leftover of the erased record.
const PERSON_NAME = 'Quillon Vexmarrow';
const ACCOUNT_NAME = 'Zarnokk Tessellate Works';

const folders: string[] = [];
const open: Database.Database[] = [];
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The demo workspace in a real file, so its bytes and its -wal can be searched. */
function demoFile(beforeRisky?: (reason: BackupReason) => void | Promise<void>) {
  const dir = mkdtempSync(join(tmpdir(), 'erase-'));
  folders.push(dir);
  const path = join(dir, 'workspace.sqlite');
  const now = tickingClock('2026-11-23T02:00:00.000Z');
  const { db } = openStore(path, now);
  open.push(db);
  const options = { db, now, systemLocale: 'en' as const, appVersion: 'test', workspacePath: path };
  seedDemo(options);
  const services = createServices({ ...options, beforeRisky, erasedBy: 'tester' });
  return { db, path, services, router: testRouter(services) };
}

/** A successful answer's data, typed by its channel; a refusal fails the test. */
function dataOf<C extends ChannelName>(channel: C, result: Result<unknown>): ChannelOutput<C> {
  if (!result.ok) throw new Error(`${channel} refused: ${JSON.stringify(result.error)}`);
  return channels[channel].output.parse(result.data) as ChannelOutput<C>;
}

type Count = { n: number };
const count = (db: Database.Database, sql: string, ...args: unknown[]) =>
  db.prepare<unknown[], Count>(sql).get(...args)?.n ?? 0;

/** The demo person most referred to: on committees, with lines, reports, activities, sheets. */
function busiestPerson(db: Database.Database): { id: string; accountId: string } {
  return db
    .prepare<[], { id: string; accountId: string }>(
      `SELECT p.id, p.account_id AS accountId FROM people p
       WHERE EXISTS (SELECT 1 FROM people r WHERE r.manager_id = p.id)
         AND EXISTS (SELECT 1 FROM influence_lines l WHERE p.id IN (l.from_person_id, l.to_person_id))
         AND EXISTS (SELECT 1 FROM committee_members m WHERE m.person_id = p.id)
       ORDER BY (SELECT count(*) FROM activities a WHERE instr(a.person_ids, p.id)) +
                (SELECT count(*) FROM negotiations n WHERE instr(n.attendees, p.id)) +
                (SELECT count(*) FROM deal_competitors d WHERE instr(d.rep_relations, p.id)) DESC
       LIMIT 1`,
    )
    .get()!;
}

/** Every table (the history included) and row holding `needle` in any column. */
function tablesHolding(db: Database.Database, needle: string): string[] {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .all();
  return tables.flatMap(({ name }) => {
    const columns = (db.pragma(`table_info("${name}")`) as { name: string }[]).map((c) => c.name);
    const found = columns.map((c) => `instr(CAST("${c}" AS TEXT), @needle) > 0`).join(' OR ');
    const n = count(db, `SELECT count(*) AS n FROM "${name}" WHERE ${found}`, { needle });
    return n > 0 ? [`${name} (${n})`] : [];
  });
}

/** The raw bytes of the workspace file and its -wal, searched for a UTF-8 string. */
function fileHolds(path: string, needle: string): boolean {
  const bytes = Buffer.from(needle, 'utf8');
  return [path, `${path}-wal`].some((file) => {
    try {
      return readFileSync(file).includes(bytes);
    } catch {
      return false; // no -wal after a checkpoint that removed it
    }
  });
}

/** Gives a demo person the distinctive name, and mentions them in a colleague's notes. */
function prepare(services: Services, db: Database.Database) {
  const target = busiestPerson(db);
  const person = services.people.get({ id: target.id });
  services.people.update({ id: person.id, version: person.version, name: PERSON_NAME });
  const colleague = services.people
    .list({ accountId: target.accountId, includeArchived: false })
    .find((p) => p.id !== person.id)!;
  services.people.update({
    id: colleague.id,
    version: colleague.version,
    notes: `Close to ${PERSON_NAME}; Temperature-wise, see Quillon.`,
  });
  services.orgchart.savePositions({
    accountId: target.accountId,
    positions: [{ personId: person.id, x: 10, y: 20 }],
  });
  return { id: person.id, accountId: target.accountId, colleagueId: colleague.id };
}

describe('erasing a person', () => {
  it('previews what would go, changing nothing', async () => {
    const { db, services, router } = demoFile();
    const { id } = prepare(services, db);
    const before = rowCounts(db);
    const preview = dataOf(
      'people.erasePreview',
      await router.dispatch('people.erasePreview', { id }),
    );
    expect(preview.name).toBe(PERSON_NAME);
    const { counts } = preview;
    expect(counts.people).toBe(1);
    expect(counts.opportunities).toBe(0);
    expect(counts.committeeMemberships).toBe(
      count(db, 'SELECT count(*) AS n FROM committee_members WHERE person_id = ?', id),
    );
    expect(counts.influenceLines).toBe(
      count(
        db,
        'SELECT count(*) AS n FROM influence_lines WHERE ? IN (from_person_id, to_person_id)',
        id,
      ),
    );
    expect(counts.mapPositions).toBe(1);
    expect(counts.activities).toBe(
      count(db, 'SELECT count(*) AS n FROM activities WHERE instr(person_ids, ?)', id),
    );
    expect(counts.reportingLines).toBe(
      count(db, 'SELECT count(*) AS n FROM people WHERE ? IN (manager_id, second_manager_id)', id),
    );
    expect(counts.committeeMemberships).toBeGreaterThan(0);
    expect(counts.influenceLines).toBeGreaterThan(0);
    expect(counts.reportingLines).toBeGreaterThan(0);
    expect(counts.historyEntries).toBeGreaterThan(1);
    expect(counts.textMentions).toBe(1);
    expect(rowCounts(db)).toEqual(before);
    expect(services.people.get({ id }).name).toBe(PERSON_NAME);
  });

  it('refuses a name that does not match, and an unknown person, erasing nothing', async () => {
    const calls: BackupReason[] = [];
    const { db, services, router } = demoFile((reason) => void calls.push(reason));
    const { id } = prepare(services, db);
    const before = rowCounts(db);

    const wrong = await router.dispatch('people.erase', { id, confirmName: 'Quillon' });
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: [{ path: ['confirmName'], code: 'confirm_name_mismatch' }],
      },
    });
    const unknown = await router.dispatch('people.erase', {
      id: 'no-such-person',
      confirmName: PERSON_NAME,
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const missing = await router.dispatch('people.erase', { id });
    expect(missing).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const preview = await router.dispatch('people.erasePreview', { id: 'no-such-person' });
    expect(preview).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(rowCounts(db)).toEqual(before);
    expect(calls).toEqual([]);
  });

  it('takes the backup seam first, and a failing one stops the erase', async () => {
    const failing = demoFile(() => {
      throw new Error('disk full');
    });
    const target = prepare(failing.services, failing.db);
    await expect(
      failing.services.people.erase({ id: target.id, confirmName: PERSON_NAME }),
    ).rejects.toThrow('disk full');
    expect(failing.services.people.get({ id: target.id }).name).toBe(PERSON_NAME);

    const calls: string[] = [];
    const { db, services } = demoFile((reason) => {
      // Still there when the backup is taken.
      calls.push(
        `${reason}:${count(db, 'SELECT count(*) AS n FROM people WHERE name = ?', PERSON_NAME)}`,
      );
    });
    const { id } = prepare(services, db);
    await services.people.erase({ id, confirmName: ` ${PERSON_NAME} ` });
    expect(calls).toEqual(['beforeErase:1']);
  });

  it('removes the person and every trace of them from the tables, the file and its -wal', async () => {
    const { db, path, services, router } = demoFile();
    const { id, accountId, colleagueId } = prepare(services, db);
    expect(fileHolds(path, PERSON_NAME)).toBe(true);
    const preview = dataOf(
      'people.erasePreview',
      await router.dispatch('people.erasePreview', { id }),
    );
    const reports = db
      .prepare<[string], { id: string }>('SELECT id FROM people WHERE manager_id = ?')
      .all(id);

    const answer = await router.dispatch('people.erase', { id, confirmName: PERSON_NAME });
    const result = dataOf('people.erase', answer);
    expect(result.counts).toEqual(preview.counts);
    expect(answer.ok && answer.changed).toEqual(
      expect.arrayContaining(['person', 'committee_member']),
    );

    expect(tablesHolding(db, id)).toEqual([]);
    expect(tablesHolding(db, PERSON_NAME)).toEqual([]);
    await expect(router.dispatch('people.get', { id })).resolves.toMatchObject({ ok: false });
    for (const report of reports) expect(services.people.get(report).managerId).toBeNull();
    const colleague = services.people.get({ id: colleagueId });
    expect(colleague.notes).toBe(`Close to ${ERASED_TEXT}; Temperature-wise, see Quillon.`);
    expect(services.orgchart.get({ accountId }).people.map((p) => p.id)).not.toContain(id);

    // History keeps one marker per scrubbed entry: who and when, nothing of the person.
    const markers = db
      .prepare<[], { entity_id: string; before: string | null; after: string }>(
        `SELECT entity_id, before, after FROM changes WHERE after LIKE '{"erased":true%'`,
      )
      .all();
    expect(markers).toHaveLength(result.counts.historyEntries);
    expect(markers.filter((m) => m.entity_id === ERASED_ID).length).toBeGreaterThan(0);
    for (const m of markers) {
      expect(m.before).toBeNull();
      expect(JSON.parse(m.after)).toEqual({
        erased: true,
        erasedAt: result.erasedAt,
        erasedBy: 'tester',
      });
    }

    expect(fileHolds(path, PERSON_NAME)).toBe(false);
    expect(fileHolds(path, id)).toBe(false);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('erasing an account', () => {
  it('removes the account, its people and deals with all of theirs, everywhere', async () => {
    const { db, path, services, router } = demoFile();
    const { accountId } = prepare(services, db);
    const account = services.accounts.get({ id: accountId });
    services.accounts.update({ id: accountId, version: account.version, name: ACCOUNT_NAME });
    services.forecast.snapshot({ note: `Before ${ACCOUNT_NAME} signs` });
    const people = services.people.list({ accountId, includeArchived: true });
    const deals = services.opportunities.list({ accountId });
    expect(deals.length).toBeGreaterThan(0);
    const snapshotTotals = db.prepare('SELECT totals FROM forecast_snapshots').all();

    const wrong = await router.dispatch('accounts.erase', {
      id: accountId,
      confirmName: 'Zarnokk',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const preview = await router.dispatch('accounts.erasePreview', { id: accountId });
    expect(preview).toMatchObject({
      ok: true,
      data: { name: ACCOUNT_NAME, counts: { people: people.length, opportunities: deals.length } },
    });

    const result = dataOf(
      'accounts.erase',
      await router.dispatch('accounts.erase', { id: accountId, confirmName: ACCOUNT_NAME }),
    );
    expect(result.counts).toEqual(dataOf('accounts.erasePreview', preview).counts);

    for (const needle of [accountId, ACCOUNT_NAME, PERSON_NAME, ...people.map((p) => p.id)]) {
      expect(tablesHolding(db, needle), needle).toEqual([]);
      expect(fileHolds(path, needle), needle).toBe(false);
    }
    for (const deal of deals) expect(tablesHolding(db, deal.id), deal.name).toEqual([]);
    expect(services.accounts.list({ includeArchived: true }).map((a) => a.id)).not.toContain(
      accountId,
    );
    // The frozen forecast keeps its totals: only whose deals they were is gone.
    expect(db.prepare('SELECT totals FROM forecast_snapshots').all()).toEqual(snapshotTotals);
    expect(() => db.prepare('DELETE FROM forecast_snapshots').run()).toThrow('immutable');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('refuses an unknown account', async () => {
    const { router } = demoFile();
    await expect(
      router.dispatch('accounts.erase', { id: 'nope', confirmName: 'x' }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'not_found' } });
    await expect(router.dispatch('accounts.erasePreview', { id: 'nope' })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
