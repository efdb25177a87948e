import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BUYING_ROLES } from '../../../shared/enums.ts';
import { competitorCreate } from '../../../shared/competition.ts';
import {
  accountCreate,
  opportunityCreate,
  personCreate,
  type Opportunity,
  type Person,
} from '../../../shared/schemas.ts';
import { createRecordWriter } from '../../services/common.ts';
import { createServices } from '../../services/index.ts';
import { tickingClock } from '../../services/testing.ts';
import { openStore } from '../connection.ts';
import { ACCOUNTS_LIST_SQL, createAccountsRepo } from '../repositories/accounts.ts';
import { createChangesRepo } from '../repositories/changes.ts';
import { createCommitteeMembersRepo } from '../repositories/committeeMembers.ts';
import { createInfluenceLinesRepo } from '../repositories/influenceLines.ts';
import { createMapPositionsRepo } from '../repositories/mapPositions.ts';
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

/**
 * The people table as builds before 0004 wrote it, without `external` and `organization`: the
 * current repository cannot write to an older file.
 */
function legacyPeople(db: Database.Database) {
  const insert = db.prepare<Record<string, unknown>>(`
    INSERT INTO people (id, account_id, name, title, department, level, manager_id,
      second_manager_id, phone, email, birthday, interests, education, notes, archived, version,
      created_at, updated_at)
    VALUES (@id, @accountId, @name, @title, @department, @level, @managerId, @secondManagerId,
      @phone, @email, @birthday, @interests, @education, @notes, @archived, @version, @createdAt,
      @updatedAt)`);
  return {
    insert(person: Person): void {
      const { external: _external, organization: _organization, ...fields } = person;
      insert.run({ ...fields, archived: person.archived ? 1 : 0 });
    },
    update(): void {
      throw new Error('not needed by these tests');
    },
  };
}

/** A deal as builds before 0009 wrote it: no stage set, no stored override. */
type LegacyOpportunity = Omit<Opportunity, 'stageSetId' | 'probabilityOverride'>;
const legacyDeal = (accountId: string, name: string, amount = 0) => ({
  ...opportunityCreate.parse({ accountId, name, amount }),
  salesStage: 'account_planning',
  probability: 10,
});
/** What 0009 makes of a legacy deal: the 8-stage set, following its stage. */
const upgraded = (deal: LegacyOpportunity): Opportunity => ({
  ...deal,
  stageSetId: 'sales8',
  probabilityOverride: null,
});

function legacyOpportunities(db: Database.Database) {
  const insert = db.prepare<Record<string, unknown>>(`
    INSERT INTO opportunities (id, account_id, name, products, amount, currency,
      expected_close_date, owner, purchase_type, sales_stage, probability, buying_stage, status,
      status_reason, version, created_at, updated_at)
    VALUES (@id, @accountId, @name, @products, @amount, @currency, @expectedCloseDate, @owner,
      @purchaseType, @salesStage, @probability, @buyingStage, @status, @statusReason, @version,
      @createdAt, @updatedAt)`);
  return {
    insert(deal: LegacyOpportunity): void {
      insert.run(deal);
    },
    update(): void {
      throw new Error('not needed by these tests');
    },
  };
}

function tables(db: Database.Database): string[] {
  return db
    .prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    .pluck()
    .all();
}

describe('migrations', () => {
  it('are numbered 1..N in order, one file each, and every migration file is listed', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
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
      'account_scoring',
      'accounts',
      'activities',
      'buying_roles',
      'changes',
      'committee_members',
      'competitors',
      'criteria',
      'deal_competitors',
      'deal_evaluations',
      'deal_outcomes',
      'external_refs',
      'forecast_snapshots',
      'import_mappings',
      'imports',
      'influence_lines',
      'map_positions',
      'negotiations',
      'opportunities',
      'package_seen',
      'people',
      'search_dirty',
      'search_docs',
      'search_index',
      'search_index_config',
      'search_index_content',
      'search_index_data',
      'search_index_docsize',
      'search_index_idx',
      'settings',
      'stage_confirmations',
      'stage_evidence',
      'stage_sets',
      'swots',
      'team_members',
      'ui_drafts',
      'undo_steps',
      'view_states',
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
      ...legacyDeal(account.id, 'Lathes', 1000),
      ...dealStamp,
    };
    createAccountsRepo(v1).insert(account);
    legacyPeople(v1).insert(boss);
    legacyPeople(v1).insert(report);
    legacyOpportunities(v1).insert(deal);
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
    expect(services.opportunities.get({ id: deal.id })).toEqual(upgraded(deal));
    expect(services.settings.get()).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 30,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
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
      legacyPeople(v2),
      write.stamp({
        ...personCreate.parse({ accountId: account.id, name: 'Zhou', level: 'decision' }),
        archived: false,
      }),
    );
    const deal = write.insert(
      'opportunity',
      legacyOpportunities(v2),
      write.stamp({
        ...legacyDeal(account.id, 'Plant 2 line'),
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
    expect(backupPath).toMatch(/\.beforeMigration\.sqlite$/);
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
    expect(services.opportunities.get({ id: deal.id })).toEqual(upgraded(deal));
    expect(services.history.list({ limit: 100 })).toEqual(historyV2);
    expect(services.settings.get()).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 30,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
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

  it('0004-org-map: keeps every row and change of a version 3 workspace, people become internal, map starts empty', () => {
    const path = join(dir, 'workspace.sqlite');
    const v3 = new Database(path);
    migrate(v3, 3);
    // A version 3 workspace as its build left it: people on two reporting lines, a deal with a
    // committee member, their history and a chosen locale.
    const now3 = tickingClock('2026-11-02T08:00:00.000Z');
    const write = createRecordWriter(v3, now3);
    const account = write.insert(
      'account',
      createAccountsRepo(v3),
      write.stamp({ ...accountCreate.parse({ name: 'Temp Co', grade: 'A' }), archived: false }),
    );
    const newPerson = (fields: Omit<Parameters<typeof personCreate.parse>[0], 'accountId'>) =>
      write.insert(
        'person',
        legacyPeople(v3),
        write.stamp({
          ...personCreate.parse({ accountId: account.id, ...fields }),
          archived: false,
        }),
      );
    const chairman = newPerson({ name: 'Wang Jianguo', level: 'decision' });
    const director = newPerson({ name: 'Zhou Zhiqiang', managerId: chairman.id });
    const itManager = newPerson({
      name: 'Deng Wei',
      managerId: director.id,
      secondManagerId: chairman.id,
    });
    const deal = write.insert(
      'opportunity',
      legacyOpportunities(v3),
      write.stamp({
        ...legacyDeal(account.id, 'Plant 2 line'),
      }),
    );
    write.insert(
      'committee_member',
      createCommitteeMembersRepo(v3),
      write.stamp({
        opportunityId: deal.id,
        personId: director.id,
        function: 'technical' as const,
        roles: ['evaluator'],
        attitude: 'supporter' as const,
        attitudeScore: 2,
        influence: 'high' as const,
        contact: 'close' as const,
        relationshipOwner: 'Zheng Peng',
        lastContactDate: '2026-11-01',
        concerns: '',
        motives: { jobDuties: [], personality: [], personalNeeds: [], notes: '' },
        winFormula: { companyInterest: '', personalInterest: '', humanTouch: '' },
        plan: { routes: '', ourRoute: '', keyPoints: '', owner: '', dueDate: null },
      }),
    );
    createSettingsRepo(v3).put('locale', 'zh-CN');
    const historyV3 = createChangesRepo(v3).list({
      entity: null,
      entityId: null,
      since: null,
      limit: 100,
    });
    expect(historyV3).toHaveLength(6);
    v3.close();

    const now = tickingClock('2026-11-23T09:00:00.000Z');
    const { db, backupPath } = openStore(path, now);
    expect(backupPath).toMatch(/\.beforeMigration\.sqlite$/);
    // The backup is the version 3 file as it was.
    const backup = new Database(backupPath!, { readonly: true });
    expect(schemaVersion(backup)).toBe(3);
    expect(backup.prepare('SELECT count(*) FROM people').pluck().get()).toBe(3);
    backup.close();

    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '4',
      workspacePath: path,
    });
    expect(services.app.info().schemaVersion).toBe(SCHEMA_VERSION);
    for (const person of [chairman, director, itManager]) {
      expect(services.people.get({ id: person.id })).toEqual(person);
      expect(person).toMatchObject({ external: false, organization: '' });
    }
    expect(services.history.list({ limit: 100 })).toEqual(historyV3);
    expect(services.settings.get()).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 30,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
    });
    expect(services.committee.get({ opportunityId: deal.id }).members).toHaveLength(1);
    expect(services.orgchart.get({ accountId: account.id, opportunityId: deal.id })).toEqual({
      accountId: account.id,
      accountName: 'Temp Co',
      people: [chairman, director, itManager],
      lines: [],
      positions: [],
      committee: {
        opportunityId: deal.id,
        opportunityName: 'Plant 2 line',
        members: [expect.objectContaining({ personId: director.id, roles: ['evaluator'] })],
      },
    });

    // The new columns and tables take writes.
    const consultant = services.people.create({
      ...personCreate.parse({ accountId: account.id, name: 'Qiu Ming' }),
      external: true,
      organization: 'East China Electric Power Design Institute',
    });
    const line = services.influences.create({
      fromPersonId: consultant.id,
      toPersonId: director.id,
      kind: 'external',
      direction: 'one_way',
      strength: 'strong',
      note: '',
    });
    services.orgchart.savePositions({
      accountId: account.id,
      positions: [{ personId: consultant.id, x: 10, y: 20 }],
    });
    const chart = services.orgchart.get({ accountId: account.id });
    expect(chart.people.at(-1)).toEqual(consultant);
    expect(chart.lines).toEqual([line]);
    expect(chart.positions).toEqual([{ personId: consultant.id, x: 10, y: 20 }]);
    // A card placed by hand is in history too (issue 15), so it can be undone.
    expect(services.history.list({ limit: 3 }).map((c) => [c.entity, c.action])).toEqual([
      ['map_position', 'create'],
      ['influence_line', 'create'],
      ['person', 'create'],
    ]);
    db.close();
  });

  it('0005-competition: keeps every row and change of a version 4 workspace, adds the competition tables and the stale age', () => {
    const path = join(dir, 'workspace.sqlite');
    const v4 = new Database(path);
    migrate(v4, 4);
    // A version 4 workspace as its build left it: a deal, an outside person influencing someone
    // of the customer's, a card placed by hand, history and settings.
    const now4 = tickingClock('2026-11-10T08:00:00.000Z');
    const write = createRecordWriter(v4, now4);
    const account = write.insert(
      'account',
      createAccountsRepo(v4),
      write.stamp({ ...accountCreate.parse({ name: 'Temp Co', grade: 'A' }), archived: false }),
    );
    const director = write.insert(
      'person',
      createPeopleRepo(v4),
      write.stamp({
        ...personCreate.parse({ accountId: account.id, name: 'Zhou Zhiqiang' }),
        external: false,
        organization: '',
        archived: false,
      }),
    );
    const consultant = write.insert(
      'person',
      createPeopleRepo(v4),
      write.stamp({
        ...personCreate.parse({ accountId: account.id, name: 'Qiu Ming' }),
        external: true,
        organization: 'East China Electric Power Design Institute',
        archived: false,
      }),
    );
    const line = write.insert(
      'influence_line',
      createInfluenceLinesRepo(v4),
      write.stamp({
        accountId: account.id,
        fromPersonId: consultant.id,
        toPersonId: director.id,
        kind: 'external' as const,
        direction: 'one_way' as const,
        strength: 'strong' as const,
        note: '',
      }),
    );
    createMapPositionsRepo(v4).upsert(
      account.id,
      { personId: consultant.id, x: 10, y: 20 },
      '2026-11-10T08:30:00.000Z',
    );
    const deal = write.insert(
      'opportunity',
      legacyOpportunities(v4),
      write.stamp({
        ...legacyDeal(account.id, 'Plant 2 line'),
      }),
    );
    createSettingsRepo(v4).put('locale', 'zh-CN');
    createSettingsRepo(v4).put('reviewCadenceDays', 14);
    const historyV4 = createChangesRepo(v4).list({
      entity: null,
      entityId: null,
      since: null,
      limit: 100,
    });
    expect(historyV4).toHaveLength(5);
    v4.close();

    const now = tickingClock('2026-11-23T09:00:00.000Z');
    const { db, backupPath } = openStore(path, now);
    expect(backupPath).toMatch(/\.beforeMigration\.sqlite$/);
    const backup = new Database(backupPath!, { readonly: true });
    expect(schemaVersion(backup)).toBe(4);
    expect(backup.prepare('SELECT count(*) FROM influence_lines').pluck().get()).toBe(1);
    backup.close();
    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '5',
      workspacePath: path,
    });
    expect(services.app.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(services.opportunities.get({ id: deal.id })).toEqual(upgraded(deal));
    expect(services.people.get({ id: consultant.id })).toEqual(consultant);
    expect(services.orgchart.get({ accountId: account.id })).toMatchObject({
      people: [director, consultant],
      lines: [line],
      positions: [{ personId: consultant.id, x: 10, y: 20 }],
    });
    expect(services.history.list({ limit: 100 })).toEqual(historyV4);
    expect(services.settings.get()).toEqual({
      locale: 'zh-CN',
      reviewCadenceDays: 14,
      competitorStaleDays: 90,
      reviewNotUpdatedDays: 7,
      reviewStalledDays: 15,
      reviewNoIntentDays: 30,
      forecastCommitMin: 90,
      forecastBestCaseMin: 50,
      moneyInWan: true,
      colorScheme: 'system',
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
      [7, 'deal_competitor', 'create'],
      [6, 'competitor', 'create'],
    ]);
    expect(latest.slice(2)).toEqual(historyV4);
    db.close();
  });

  it('0006–0008: keeps every row and change of a version 5 workspace; activities, stage evidence and snapshots start empty', () => {
    const path = join(dir, 'workspace.sqlite');
    const v5 = new Database(path);
    migrate(v5, 5);
    const write = createRecordWriter(v5, tickingClock('2026-11-16T08:00:00.000Z'));
    const account = write.insert(
      'account',
      createAccountsRepo(v5),
      write.stamp({ ...accountCreate.parse({ name: 'Temp Co' }), archived: false }),
    );
    const deal = write.insert(
      'opportunity',
      legacyOpportunities(v5),
      write.stamp({
        ...legacyDeal(account.id, 'Plant 2 line'),
      }),
    );
    const historyV5 = createChangesRepo(v5).list({
      entity: null,
      entityId: null,
      since: null,
      limit: 100,
    });
    v5.close();

    const now = tickingClock('2026-11-23T09:00:00.000Z');
    const { db, backupPath } = openStore(path, now);
    expect(backupPath).toMatch(/\.beforeMigration\.sqlite$/);
    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '6',
      workspacePath: path,
    });
    expect(services.app.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(services.opportunities.get({ id: deal.id })).toEqual(upgraded(deal));
    expect(services.history.list({ limit: 100 })).toEqual(historyV5);
    expect(services.activities.list({ accountId: account.id, limit: 500 })).toEqual([]);
    expect(services.stages.pipeline({ id: deal.id })).toMatchObject({
      stageKey: 'account_planning',
      evidence: [],
      confirmations: [],
    });

    services.activities.create({
      accountId: account.id,
      opportunityId: deal.id,
      kind: 'visit',
      date: '2026-11-23',
      personIds: [],
      summary: '',
      promises: '',
      nextStep: '',
      nextDate: null,
      owner: '',
    });
    services.stages.saveEvidence({
      id: deal.id,
      items: [
        {
          stageKey: 'account_planning',
          criterionKey: 'visit_agreed',
          met: true,
          note: '',
          date: null,
        },
      ],
    });
    expect(
      services.history
        .list({ limit: 100 })
        .slice(0, 2)
        .map((c) => c.entity),
    ).toEqual(['stage_evidence', 'activity']);
    expect(services.forecast.snapshots({ limit: 52 })).toEqual([]);
    db.close();
  });

  it('0009-stage-sets: keeps every deal and change of a version 8 workspace; deals join the 8-stage set, hand-set probabilities become overrides', () => {
    const path = join(dir, 'workspace.sqlite');
    const v8 = new Database(path);
    migrate(v8, 8);
    const write = createRecordWriter(v8, tickingClock('2026-11-16T08:00:00.000Z'));
    const account = write.insert(
      'account',
      createAccountsRepo(v8),
      write.stamp({ ...accountCreate.parse({ name: 'Temp Co' }), archived: false }),
    );
    const deal = (name: string, salesStage: string, probability: number) =>
      write.insert(
        'opportunity',
        legacyOpportunities(v8),
        write.stamp({ ...legacyDeal(account.id, name), salesStage, probability }),
      );
    const follows = deal('Plant 2 line', 'evaluation', 70);
    const pinned = deal('Spare parts', 'evaluation', 55);
    v8.prepare(
      `INSERT INTO stage_evidence VALUES (?, 'evaluation', 'preferred_supplier', 1, 'Letter', NULL, ?)`,
    ).run(follows.id, '2026-11-16T09:00:00.000Z');
    const historyV8 = createChangesRepo(v8).list({
      entity: null,
      entityId: null,
      since: null,
      limit: 100,
    });
    expect(historyV8).toHaveLength(3);
    v8.close();

    const now = tickingClock('2026-11-23T09:00:00.000Z');
    const { db, backupPath } = openStore(path, now);
    expect(backupPath).toMatch(/\.beforeMigration\.sqlite$/);
    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '9',
      workspacePath: path,
    });
    expect(services.app.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(services.opportunities.get({ id: follows.id })).toEqual(upgraded(follows));
    expect(services.opportunities.get({ id: pinned.id })).toEqual({
      ...upgraded(pinned),
      probabilityOverride: 55,
    });
    expect(services.history.list({ limit: 100 })).toEqual(historyV8);
    expect(services.stages.listSets().map((s) => [s.id, s.builtIn, s.isDefault])).toEqual([
      ['sales8', true, true],
      ['large_account6', true, false],
    ]);
    expect(services.stages.pipeline({ id: follows.id }).evidence).toHaveLength(1);

    // The pinned deal keeps its probability across a move; the other follows its stage.
    const moved = services.opportunities.update({
      id: pinned.id,
      version: 1,
      salesStage: 'negotiation',
    });
    expect(moved).toMatchObject({ probability: 55, probabilityOverride: 55 });
    expect(
      services.opportunities.update({ id: follows.id, version: 1, salesStage: 'negotiation' }),
    ).toMatchObject({ probability: 90, probabilityOverride: null });
    db.close();
  });

  it('0010-scoring: keeps every row and change of a version 9 workspace; evaluations and gradings start empty', () => {
    const path = join(dir, 'workspace.sqlite');
    const v8 = new Database(path);
    migrate(v8, 9);
    const write = createRecordWriter(v8, tickingClock('2026-11-16T08:00:00.000Z'));
    const account = write.insert(
      'account',
      createAccountsRepo(v8),
      write.stamp({ ...accountCreate.parse({ name: 'Temp Co', grade: 'A' }), archived: false }),
    );
    const deal = write.insert(
      'opportunity',
      createOpportunitiesRepo(v8),
      write.stamp({
        ...opportunityCreate.parse({ accountId: account.id, name: 'Plant 2 line' }),
        stageSetId: 'sales8',
        salesStage: 'account_planning',
        probability: 10,
        probabilityOverride: null,
      }),
    );
    createSettingsRepo(v8).put('competitorStaleDays', 45);
    const historyV8 = createChangesRepo(v8).list({
      entity: null,
      entityId: null,
      since: null,
      limit: 100,
    });
    v8.close();

    const now = tickingClock('2026-11-23T09:00:00.000Z');
    const { db } = openStore(path, now);
    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '10',
      workspacePath: path,
    });
    expect(services.app.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(services.accounts.get({ id: account.id })).toEqual(account);
    expect(services.opportunities.get({ id: deal.id })).toEqual(deal);
    expect(services.history.list({ limit: 100 })).toEqual(historyV8);
    expect(services.settings.get().competitorStaleDays).toBe(45);
    expect(services.scoring.getEvaluation({ opportunityId: deal.id })).toMatchObject({
      version: 0,
      score: null,
    });
    expect(services.scoring.quadrant().deals).toHaveLength(1);
    expect(services.scoring.getAccountScoring({ accountId: account.id })).toMatchObject({
      version: 0,
      rfm: null,
    });

    services.scoring.saveEvaluation({
      opportunityId: deal.id,
      version: 0,
      scores: { credit: 9 },
      attractiveness: 8,
      feasibility: 7,
    });
    services.scoring.saveAccountScoring({
      accountId: account.id,
      version: 0,
      lastPurchaseDate: '2026-10-24',
      purchaseCount: 4,
      purchaseAmount: 20_000,
      creditFlags: [{ flag: 'new_bank', date: '2026-11-01', note: '' }],
    });
    expect(services.scoring.quadrant().deals[0]).toMatchObject({ quadrant: 'pursue', score: 9 });
    expect(services.scoring.getAccountScoring({ accountId: account.id }).rfm).toMatchObject({
      points: 84,
      tier: 'vip1',
    });
    expect(
      services.history
        .list({ limit: 100 })
        .slice(0, 2)
        .map((c) => c.entity),
    ).toEqual(['account_scoring', 'deal_evaluation']);
    db.close();
  });

  it('0011-negotiation-limits: one limit per issue — a limit typed as words becomes the number when it is one, other words become its note', () => {
    const path = join(dir, 'workspace.sqlite');
    const v10 = new Database(path);
    migrate(v10, 10);
    const write = createRecordWriter(v10, tickingClock('2026-11-16T08:00:00.000Z'));
    const account = write.insert(
      'account',
      createAccountsRepo(v10),
      write.stamp({ ...accountCreate.parse({ name: 'Temp Co' }), archived: false }),
    );
    const deal = write.insert(
      'opportunity',
      createOpportunitiesRepo(v10),
      write.stamp({
        ...opportunityCreate.parse({ accountId: account.id, name: 'Plant 2 line' }),
        stageSetId: 'sales8',
        salesStage: 'negotiation',
        probability: 90,
        probabilityOverride: null,
      }),
    );
    // Issues as builds before 0011 wrote them: limit as words, limitValue as the number.
    const oldIssue = (key: string, over: Record<string, unknown> = {}) => ({
      key,
      label: '',
      ourPriority: null,
      theirPriority: null,
      opening: '',
      limit: '',
      direction: null,
      openingValue: null,
      limitValue: null,
      trade: '',
      ...over,
    });
    const issues = [
      oldIssue('price', { limit: '7000000', direction: 'higher_is_better', opening: 'List' }),
      oldIssue('payment_terms', { limit: 'No less than 20% advance' }),
      oldIssue('delivery', { limit: '16 weeks', direction: 'lower_is_better', limitValue: 16 }),
      oldIssue('warranty', { limit: ' 2,400,000 ' }),
      oldIssue('training'),
    ];
    const concessions = [
      {
        giveIssue: 'price',
        give: 'Discount',
        giveValue: 6_500_000,
        getIssue: 'delivery',
        get: 'x',
      },
    ];
    v10
      .prepare(
        `INSERT INTO negotiations VALUES ('neg_1', ?, 'Round 1', NULL, '[]', '', '', ?, ?, '[]',
          '', '', '[]', '', 1, '2026-11-16T08:00:00.000Z', '2026-11-16T08:00:00.000Z')`,
      )
      .run(deal.id, JSON.stringify(issues), JSON.stringify(concessions));
    v10.close();

    const now = tickingClock('2026-11-23T09:00:00.000Z');
    const { db } = openStore(path, now);
    const services = createServices({
      db,
      now,
      systemLocale: 'en',
      appVersion: '11',
      workspacePath: path,
    });
    expect(services.app.info().schemaVersion).toBe(SCHEMA_VERSION);
    const sheet = services.negotiations.get({ id: 'neg_1' });
    const limits = sheet.issues.map((i) => [i.key, i.limit, i.direction, i.limitNote]);
    expect(limits).toEqual([
      ['price', 7_000_000, 'higher_is_better', ''],
      ['payment_terms', null, null, 'No less than 20% advance'],
      ['delivery', 16, 'lower_is_better', '16 weeks'],
      ['warranty', 2_400_000, null, ''],
      ['training', null, null, ''],
    ]);
    expect(sheet.issues[0]).toEqual({
      key: 'price',
      label: '',
      ourPriority: null,
      theirPriority: null,
      opening: 'List',
      openingValue: null,
      limit: 7_000_000,
      direction: 'higher_is_better',
      limitNote: '',
      trade: '',
    });
    // The limit once typed as words is now read: the concession past it is warned about.
    expect(sheet.warnings).toEqual([{ index: 0, code: 'beyond_limit', issue: 'price' }]);
    expect(sheet.concessions).toEqual(concessions);
    expect(sheet.version).toBe(1);

    // A number without its direction is asked for before the sheet saves again.
    expect(() =>
      services.negotiations.update({ id: 'neg_1', version: 1, title: 'Round 1 again' }),
    ).toThrow('Say whether higher or lower is better');
    const fixed = services.negotiations.update({
      id: 'neg_1',
      version: 1,
      issues: sheet.issues.map((i) =>
        i.key === 'warranty' ? { ...i, direction: 'higher_is_better' as const } : i,
      ),
    });
    expect(fixed.version).toBe(2);
    db.close();
  });

  it('0019-list-indexes: the accounts list counts people and open deals from the indexes alone, in index order', () => {
    const { db } = openStore(join(dir, 'plan.sqlite'), () => new Date('2026-12-07T09:00:00Z'));
    const plan = db
      .prepare<{ includeArchived: number }, { detail: string }>(
        `EXPLAIN QUERY PLAN ${ACCOUNTS_LIST_SQL}`,
      )
      .all({ includeArchived: 0 })
      .map((r) => r.detail);
    db.close();
    expect(plan).toContain('SCAN a USING INDEX accounts_name');
    expect(plan.some((d) => /COVERING INDEX people_account_archived/.test(d))).toBe(true);
    expect(plan.some((d) => /COVERING INDEX opportunities_account_status/.test(d))).toBe(true);
    expect(plan.some((d) => /TEMP B-TREE/.test(d))).toBe(false);
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
