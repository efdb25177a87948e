import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BUYING_ROLES } from '../../../shared/enums.ts';
import { competitorCreate } from '../../../shared/competition.ts';
import { accountCreate, opportunityCreate, personCreate } from '../../../shared/schemas.ts';
import { createRecordWriter } from '../../services/common.ts';
import { createServices } from '../../services/index.ts';
import { tickingClock } from '../../services/testing.ts';
import { openStore } from '../connection.ts';
import { createAccountsRepo } from '../repositories/accounts.ts';
import { createChangesRepo } from '../repositories/changes.ts';
import { createOpportunitiesRepo } from '../repositories/opportunities.ts';
import { createPeopleRepo } from '../repositories/people.ts';
import { createSettingsRepo } from '../repositories/settings.ts';
import { MIGRATIONS, migrate, SCHEMA_VERSION, schemaVersion } from './index.ts';

const here = dirname(fileURLToPath(import.meta.url));
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dwb-migrations-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tables(db: Database.Database): string[] {
  return db
    .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all();
}

describe('migrations', () => {
  it('are numbered in increasing order, one file each, and every migration file is listed', () => {
    // 0004 (org map) lands from another branch; until then the numbers skip it. Once it is
    // listed, this is 1..N again.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(versions.at(-1)).toBe(SCHEMA_VERSION);
    const files = readdirSync(here)
      .filter((f) => /^\d{4}-[a-z0-9-]+\.ts$/.test(f))
      .sort();
    expect(files).toEqual(
      MIGRATIONS.map((m) => `${String(m.version).padStart(4, '0')}-${m.name}.ts`),
    );
  });

  it.each(MIGRATIONS.map((m) => [m.version, m.name] as const))(
    'applies %i (%s) on a fresh file',
    (version) => {
      const db = new Database(join(dir, 'fresh.sqlite'));
      migrate(db, version);
      expect(schemaVersion(db)).toBe(version);
      expect(tables(db).length).toBeGreaterThan(0);
      db.close();
    },
  );

  it('stops at the target and continues from there later', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    expect(tables(db)).toEqual(['accounts', 'opportunities', 'people', 'settings']);
    migrate(db);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual([
      'accounts',
      'buying_roles',
      'changes',
      'committee_members',
      'competitors',
      'criteria',
      'deal_competitors',
      'deal_outcomes',
      'negotiations',
      'opportunities',
      'people',
      'settings',
      'swots',
    ]);
    db.close();
  });

  it('rolls a failing migration back completely, version included', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.exec('CREATE TABLE changes (id INTEGER PRIMARY KEY)'); // makes 0002 fail half-way
    expect(() => migrate(db)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(1);
    expect(
      db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'changes_at'").pluck().get(),
    ).toBe(0);
    db.close();
  });

  it('0002-change-history: keeps every row of a version 1 workspace and records changes from then on', () => {
    const path = join(dir, 'workspace.sqlite');
    const v1 = new Database(path);
    migrate(v1, 1);
    // Rows written the way the version 1 build wrote them.
    const at = '2024-12-01T08:00:00.000Z';
    const stamp = { version: 1, createdAt: at, updatedAt: at, archived: false };
    const account = {
      id: 'acc-temp',
      ...accountCreate.parse({ name: 'Temp Co', grade: 'A' }),
      ...stamp,
    };
    const boss = {
      id: 'p-boss',
      ...personCreate.parse({ accountId: account.id, name: 'Zhou' }),
      ...stamp,
    };
    const report = {
      id: 'p-report',
      ...personCreate.parse({ accountId: account.id, name: 'Sun', managerId: boss.id }),
      ...stamp,
    };
    const { archived: _, ...dealStamp } = stamp;
    const deal = {
      id: 'o-lathes',
      ...opportunityCreate.parse({ accountId: account.id, name: 'Lathes', amount: 1000 }),
      probability: 10,
      ...dealStamp,
    };
    createAccountsRepo(v1).insert(account);
    createPeopleRepo(v1).insert(boss);
    createPeopleRepo(v1).insert(report);
    createOpportunitiesRepo(v1).insert(deal);
    createSettingsRepo(v1).put('locale', 'zh-CN');
    v1.close();

    const now = tickingClock();
    const { db, backupPath } = openStore(path, now);
    expect(backupPath).not.toBeNull();
    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '2',
      workspacePath: path,
    });
    expect(services.app.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(services.accounts.get({ id: account.id })).toEqual(account);
    expect(services.people.get({ id: report.id })).toEqual(report);
    expect(services.opportunities.get({ id: deal.id })).toEqual(deal);
    expect(services.settings.get()).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 30,
      competitorStaleDays: 90,
    });
    expect(services.accounts.list({ includeArchived: false })).toEqual([
      { ...account, peopleCount: 2, openOpportunityCount: 1 },
    ]);
    expect(services.history.list({ limit: 10 })).toEqual([]);

    services.accounts.update({ id: account.id, version: 1, grade: 'B' });
    expect(services.history.list({ limit: 10 })).toEqual([
      expect.objectContaining({
        entityId: account.id,
        before: { grade: 'A' },
        after: { grade: 'B' },
      }),
    ]);
    db.close();
  });

  it('0003-buying-committee: keeps every row and change of a version 2 workspace, adds roles, cadence and committees', () => {
    const path = join(dir, 'workspace.sqlite');
    const v2 = new Database(path);
    migrate(v2, 2);
    // A version 2 workspace as its build left it: records with their history, a chosen locale.
    const now2 = tickingClock('2026-06-01T08:00:00.000Z');
    const write = createRecordWriter(v2, now2);
    const account = write.insert(
      'account',
      createAccountsRepo(v2),
      write.stamp({ ...accountCreate.parse({ name: 'Temp Co', grade: 'A' }), archived: false }),
    );
    const person = write.insert(
      'person',
      createPeopleRepo(v2),
      write.stamp({
        ...personCreate.parse({ accountId: account.id, name: 'Zhou', level: 'decision' }),
        archived: false,
      }),
    );
    const deal = write.insert(
      'opportunity',
      createOpportunitiesRepo(v2),
      write.stamp({
        ...opportunityCreate.parse({ accountId: account.id, name: 'Plant 2 line' }),
        probability: 10,
      }),
    );
    write.update('account', createAccountsRepo(v2), account, { ...account, grade: 'B' });
    createSettingsRepo(v2).put('locale', 'zh-CN');
    const historyV2 = createChangesRepo(v2).list({
      entity: null,
      entityId: null,
      since: null,
      limit: 100,
    });
    expect(historyV2).toHaveLength(4);
    v2.close();

    const now = tickingClock('2026-11-02T09:00:00.000Z');
    const { db, backupPath } = openStore(path, now);
    expect(backupPath).toMatch(new RegExp(`before-v${SCHEMA_VERSION}-`));
    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '3',
      workspacePath: path,
    });
    expect(services.app.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(services.accounts.get({ id: account.id })).toMatchObject({ grade: 'B', version: 2 });
    expect(services.people.get({ id: person.id })).toEqual(person);
    expect(services.opportunities.get({ id: deal.id })).toEqual(deal);
    expect(services.history.list({ limit: 100 })).toEqual(historyV2);
    expect(services.settings.get()).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 30,
      competitorStaleDays: 90,
    });
    expect(services.buyingRoles.list().map((r) => r.code)).toEqual([...DEFAULT_BUYING_ROLES]);
    expect(services.committee.get({ opportunityId: deal.id })).toEqual({ members: [] });

    // The rebuilt history table takes deletes, and its ids go on from the old ones.
    const member = services.committee.upsertMember({
      opportunityId: deal.id,
      personId: person.id,
      roles: ['decider'],
    });
    services.committee.removeMember({ opportunityId: deal.id, personId: person.id });
    const latest = services.history.list({ limit: 100 });
    expect(latest.slice(0, 2).map((c) => [c.id, c.entityId, c.action])).toEqual([
      [6, member.id, 'delete'],
      [5, member.id, 'create'],
    ]);
    expect(latest.slice(2)).toEqual(historyV2);
    db.close();
  });

  it('0005-competition: keeps every row and change of a version 3 workspace, adds the competition tables and the stale age', () => {
    const path = join(dir, 'workspace.sqlite');
    const v3 = new Database(path);
    migrate(v3, 3);
    // A version 3 workspace as its build left it: a deal with a committee, history, settings.
    const now3 = tickingClock('2026-09-01T08:00:00.000Z');
    const write = createRecordWriter(v3, now3);
    const account = write.insert(
      'account',
      createAccountsRepo(v3),
      write.stamp({ ...accountCreate.parse({ name: 'Temp Co', grade: 'A' }), archived: false }),
    );
    const deal = write.insert(
      'opportunity',
      createOpportunitiesRepo(v3),
      write.stamp({
        ...opportunityCreate.parse({ accountId: account.id, name: 'Plant 2 line' }),
        probability: 10,
      }),
    );
    createSettingsRepo(v3).put('locale', 'zh-CN');
    createSettingsRepo(v3).put('reviewCadenceDays', 14);
    const historyV3 = createChangesRepo(v3).list({
      entity: null,
      entityId: null,
      since: null,
      limit: 100,
    });
    expect(historyV3).toHaveLength(2);
    v3.close();

    const now = tickingClock('2026-11-23T09:00:00.000Z');
    const { db, backupPath } = openStore(path, now);
    expect(backupPath).toMatch(/before-v5-/);
    const backup = new Database(backupPath!, { readonly: true });
    expect(schemaVersion(backup)).toBe(3);
    backup.close();
    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '5',
      workspacePath: path,
    });
    expect(services.app.info().schemaVersion).toBe(5);
    expect(services.opportunities.get({ id: deal.id })).toEqual(deal);
    expect(services.history.list({ limit: 100 })).toEqual(historyV3);
    expect(services.settings.get()).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 14,
      competitorStaleDays: 90,
    });
    expect(services.competitors.list({ includeArchived: true })).toEqual([]);
    expect(services.criteria.list({ opportunityId: deal.id })).toEqual([]);
    expect(services.outcomes.getOutcome({ opportunityId: deal.id })).toBeNull();
    expect(services.outcomes.getSwot({ opportunityId: deal.id })).toBeNull();
    expect(services.negotiations.list({ opportunityId: deal.id })).toEqual([]);

    // The new tables take records, and history goes on from the old entries.
    const haas = services.competitors.create(
      competitorCreate.parse({ name: 'Haas', verifiedBy: 'Zheng Peng' }),
    );
    expect(haas).toMatchObject({ lastVerifiedAt: '2026-11-23', lastVerifiedBy: 'Zheng Peng' });
    services.dealCompetitors.upsert({ opportunityId: deal.id, competitorId: haas.id });
    const latest = services.history.list({ limit: 100 });
    expect(latest.slice(0, 2).map((c) => [c.id, c.entity, c.action])).toEqual([
      [4, 'deal_competitor', 'create'],
      [3, 'competitor', 'create'],
    ]);
    expect(latest.slice(2)).toEqual(historyV3);
    db.close();
  });

  it('matches the schema snapshot (a change here must be a new migration, never an edit)', async () => {
    const db = new Database(':memory:');
    migrate(db);
    const schema = db
      .prepare<[], string>(
        'SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type DESC, name',
      )
      .pluck()
      .all()
      .map((sql) => `${sql.replace(/\n\s+/g, '\n  ').replace(/\n\s*\)/g, '\n)')};`)
      .join('\n\n');
    db.close();
    await expect(`-- user_version ${SCHEMA_VERSION}\n\n${schema}\n`).toMatchFileSnapshot(
      './schema.snapshot.sql',
    );
  });
});
