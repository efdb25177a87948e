import type Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/channels.ts';
import type { ImportCell } from '../../shared/imports.ts';
import { addDays, localDay } from '../../shared/localDate.ts';
import type { ReviewItem } from '../../shared/pipeline.ts';
import { seedDemo } from '../demo/seedDemo.ts';
import type { ParsedTable } from '../import/table.ts';
import { openStore } from '../store/connection.ts';
import { migrate } from '../store/migrations/index.ts';
import { createServices, type Services } from './index.ts';
import { OLD_FACTS, oldDeal, oldQueue, type OldRow } from './reviewsOracle.ts';
import { testRouter } from './testing.ts';

type Columns = { id: string; touched: string; moved: string; met: number };

/** Every deal's maintained columns next to what the former formulas give. */
function columnsAndFormulas(db: Database.Database): { kept: Columns[]; formulas: Columns[] } {
  const kept = db
    .prepare<[], Columns>(
      `SELECT id, review_touched_at AS touched, review_moved_at AS moved, review_met AS met
       FROM opportunities ORDER BY id`,
    )
    .all();
  const formulas = db
    .prepare<[], OldRow>(`${OLD_FACTS} ORDER BY o.id`)
    .all()
    .map((r) => {
      const d = oldDeal(r);
      return { id: r.id, touched: d.lastUpdatedAt, moved: d.lastMovedAt, met: d.metCriteria };
    });
  return { kept, formulas };
}

/** A workspace whose clock the test moves on by days; imports read the tables it hands them. */
function workspace({ demo = false }: { demo?: boolean } = {}) {
  let t = Date.parse('2026-01-05T09:00:00.000Z');
  const now = () => new Date((t += 1000));
  const { db } = openStore(':memory:', now);
  const files = new Map<string, ParsedTable>();
  const options = {
    db,
    now,
    systemLocale: 'en' as const,
    appVersion: '0.0.0-test',
    workspacePath: ':memory:',
  };
  if (demo) seedDemo(options);
  const services: Services = createServices({
    ...options,
    beforeRisky: () => {},
    importTables: { table: (fileId) => files.get(fileId) },
  });
  const router = testRouter(services);
  async function ok<T>(channel: ChannelName, input: unknown): Promise<T> {
    const result = await router.dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as T;
  }
  let nextFile = 0;
  function file(lines: ImportCell[][]): string {
    const fileId = `f${++nextFile}`;
    const [headers, ...rows] = lines;
    files.set(fileId, {
      fileName: 'import.csv',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      sheets: [],
      sheet: null,
      headerRow: 1,
      headers: headers!.map(String),
      rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })),
    });
    return fileId;
  }
  async function importFile(
    recordType: 'opportunities' | 'activities',
    lines: ImportCell[][],
  ): Promise<string> {
    const fileId = file(lines);
    const { columns } = services.imports.mapping({ fileId, recordType, source: 'excel' });
    const { previewId } = services.imports.preview({
      fileId,
      recordType,
      source: 'excel',
      columns,
      valueMaps: {},
      dateOrder: 'ymd',
      accountId: null,
    });
    return (await ok<{ id: string }>('imports.commit', { previewId, name: recordType })).id;
  }

  let items = 0;
  /** The queue as served equals the oracle's for every owner and several days ahead. */
  async function expectSameQueue(step: string) {
    const { kept, formulas } = columnsAndFormulas(db);
    expect(kept, step).toEqual(formulas);
    const owners = db
      .prepare<[], string>('SELECT DISTINCT owner FROM opportunities ORDER BY owner')
      .pluck()
      .all();
    const today = localDay(new Date(t));
    for (const days of [0, 7, 15, 30, 45, 90]) {
      const asOf = addDays(today, days);
      for (const owner of [null, ...owners]) {
        const served = await ok<ReviewItem[]>('reviews.queue', {
          asOf,
          ...(owner === null ? {} : { owner }),
        });
        items += served.length;
        expect(served, `${step}, ${asOf}, ${owner ?? 'everyone'}`).toEqual(
          oldQueue(db, owner, asOf),
        );
      }
    }
  }

  const jump = (days: number) => {
    t += days * 86_400_000;
  };
  return { db, services, ok, jump, importFile, expectSameQueue, compared: () => items };
}

type Rec = { id: string; version: number; name?: string };

describe('review queue columns (0018)', () => {
  it('follow every write path and give the former queue, item for item', async () => {
    const w = workspace({ demo: true });
    const { ok, jump, expectSameQueue } = w;
    await expectSameQueue('demo workspace as migrated');

    const temp = await ok<Rec>('accounts.create', { name: 'Temp Co' });
    const other = await ok<Rec>('accounts.create', { name: 'Other Co' });
    const ann = await ok<Rec>('people.create', { accountId: temp.id, name: 'Ann Lee' });
    const bob = await ok<Rec>('people.create', { accountId: temp.id, name: 'Bob Wu' });
    const deal = (accountId: string, name: string, owner: string) =>
      ok<Rec>('opportunities.create', { accountId, name, owner });
    // Equal names and names that differ by case or accent: ties and collation both matter.
    const line1 = await deal(temp.id, 'Line', '郑鹏');
    const line2 = await deal(temp.id, 'Line', '陈明');
    const press = await deal(temp.id, 'press', '陈明');
    await deal(temp.id, 'Älpha', '郑鹏');
    await deal(temp.id, 'alpha', '陈明');
    const far = await deal(other.id, '二期', '郑鹏');
    await expectSameQueue('deals created');

    jump(9);
    const moved = await ok<Rec>('opportunities.update', {
      id: line1.id,
      version: line1.version,
      salesStage: 'visit_research',
    });
    await expectSameQueue('stage moved');
    await ok<Rec>('opportunities.update', {
      id: line1.id,
      version: moved.version,
      amount: 5000,
    });
    await expectSameQueue('other field edited');

    jump(4);
    const member = await ok<Rec>('committee.upsertMember', {
      opportunityId: line2.id,
      personId: ann.id,
    });
    await expectSameQueue('committee member added');
    jump(2);
    await ok('committee.upsertMember', {
      opportunityId: line2.id,
      personId: ann.id,
      version: member.version,
      attitude: 'supporter',
    });
    await ok('committee.upsertMember', { opportunityId: press.id, personId: bob.id });
    await expectSameQueue('committee member edited');
    jump(1);
    await ok('committee.removeMember', { opportunityId: press.id, personId: bob.id });
    await expectSameQueue('committee member removed');

    jump(3);
    const visit = await ok<Rec>('activities.create', {
      accountId: temp.id,
      opportunityId: press.id,
      kind: 'visit',
      date: '2026-01-20',
      personIds: [ann.id],
    });
    await expectSameQueue('activity logged');
    jump(2);
    await ok('activities.update', {
      id: visit.id,
      version: visit.version,
      opportunityId: line1.id,
    });
    await expectSameQueue('activity moved to another deal');

    jump(11);
    const evidence = (met: boolean) =>
      ok('stages.saveEvidence', {
        id: press.id,
        items: [
          {
            stageKey: 'account_planning',
            criterionKey: 'visit_agreed',
            met,
            note: '',
            date: null,
          },
        ],
      });
    await evidence(true);
    await expectSameQueue('evidence met');
    jump(1);
    await evidence(false);
    await expectSameQueue('evidence unmet');
    await evidence(true);
    await ok('opportunities.update', { id: far.id, version: far.version, status: 'won' });
    await expectSameQueue('evidence met again, a deal won');

    // Undo each kind of write, newest first, then redo some.
    for (let i = 0; i < 9; i += 1) {
      await ok('history.undo', {});
      await expectSameQueue(`undo ${i + 1}`);
    }
    for (let i = 0; i < 4; i += 1) {
      await ok('history.redo', {});
      await expectSameQueue(`redo ${i + 1}`);
    }

    jump(20);
    const deals = await w.importFile('opportunities', [
      ['客户名称', '商机名称', '阶段', '负责人'],
      ['Temp Co', 'Line', 'negotiation', '陈明'],
      ['Temp Co', '导入一期', 'first_proposal', '郑鹏'],
    ]);
    await expectSameQueue('deals imported');
    const visits = await w.importFile('activities', [
      ['客户名称', '商机名称', '活动类型', '日期', '内容'],
      ['Temp Co', '导入一期', 'visit', '2026-02-20', 'first visit'],
      ['Temp Co', 'press', 'call', '2026-02-21', 'call'],
    ]);
    await expectSameQueue('activities imported');
    await ok('imports.undo', { id: visits });
    await ok('imports.undo', { id: deals });
    await expectSameQueue('imports undone');

    jump(5);
    // A stage move whose entry names the person: erasure replaces the entry, and the move
    // goes out of the former queue's facts with it.
    const current = await ok<Rec>('opportunities.get', { id: press.id });
    await ok('opportunities.update', {
      id: press.id,
      version: current.version,
      salesStage: 'first_proposal',
      statusReason: 'Ann Lee asked for it',
    });
    await expectSameQueue('stage moved, naming a person');
    jump(3);
    await ok('people.erase', { id: ann.id, confirmName: 'Ann Lee' });
    await expectSameQueue('person erased');
    await ok('accounts.erase', { id: other.id, confirmName: 'Other Co' });
    await expectSameQueue('account erased');
    expect(w.compared()).toBeGreaterThan(1000);
  }, 60_000);

  it('come with a package into another workspace', async () => {
    const from = workspace({ demo: true });
    const accountId = from.db
      .prepare<[], string>(
        `SELECT account_id FROM opportunities GROUP BY account_id ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get()!;
    const file = await from.ok<{ fileName: string; data: string }>('packages.export', {
      accountId,
    });
    const to = workspace();
    to.jump(40);
    const preview = await to.ok<{ previewId: string }>('packages.preview', {
      fileName: file.fileName,
      data: file.data,
    });
    await to.ok('packages.apply', { previewId: preview.previewId });
    expect(to.db.prepare('SELECT count(*) FROM opportunities').pluck().get()).not.toBe(0);
    await to.expectSameQueue('package applied');
  }, 60_000);

  it('are backfilled by the migration from the rows and history already there', () => {
    const { db } = workspace({ demo: true });
    // Back to version 17: without 0018's triggers, index and columns.
    const triggers = db
      .prepare<[], string>(
        `SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE '%\\_review\\_%' ESCAPE '\\'`,
      )
      .pluck()
      .all();
    expect(triggers).toHaveLength(14);
    for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
    db.exec('DROP INDEX opportunities_review');
    for (const column of ['review_stage_at', 'review_touched_at', 'review_moved_at', 'review_met'])
      db.exec(`ALTER TABLE opportunities DROP COLUMN ${column}`);
    db.pragma('user_version = 17');

    migrate(db, 18);
    const { kept, formulas } = columnsAndFormulas(db);
    // The demo's deals have committees, activities and met evidence: no column is left default.
    expect(kept.some((c) => c.met > 0)).toBe(true);
    expect(kept.every((c) => c.touched !== '' && c.moved !== '')).toBe(true);
    expect(kept).toEqual(formulas);
  });
});
