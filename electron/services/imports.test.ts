import type Database from 'better-sqlite3-multiple-ciphers';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ImportCell, ImportField, ImportRowKind } from '../../shared/imports.ts';
import type { BackupReason } from '../../shared/workspace.ts';
import type { ParsedTable } from '../import/table.ts';
import { openStore } from '../store/connection.ts';
import { createServices, type Services } from './index.ts';
import { csvText, gbk, PEOPLE_ROWS } from '../import/testFiles.ts';
import { appErrorOf, input, rowCounts, testRouter, testServices, tickingClock } from './testing.ts';

/** A workspace whose import reads the tables the test hands it, as if importFiles.* had read them. */
function setup(beforeRisky?: (reason: BackupReason) => void | Promise<void>) {
  const now = tickingClock('2026-03-01T09:00:00.000Z');
  const { db } = openStore(':memory:', now);
  const files = new Map<string, ParsedTable>();
  const services = createServices({
    db,
    now,
    systemLocale: 'en',
    appVersion: '0.0.0-test',
    workspacePath: ':memory:',
    beforeRisky,
    importTables: { table: (fileId) => files.get(fileId) },
  });
  let next = 0;
  /** A csv-like file: first line the headers, the rest data rows (file line numbers from 2). */
  const file = (lines: ImportCell[][], fileName = 'import.csv'): string => {
    const fileId = `f${++next}`;
    const [headers, ...rows] = lines;
    files.set(fileId, {
      fileName,
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
  };
  return { db, services, file, s: services.imports };
}

type Setup = ReturnType<typeof setup>;

async function rowsOf(s: Services['imports'], previewId: string, kind: ImportRowKind) {
  return (await s.previewRows({ previewId, kind, offset: 0, limit: 500 })).rows;
}

/** Previews a file with the suggested mapping (plus any fields given by column index). */
function previewOf(
  { s }: Setup,
  fileId: string,
  recordType: 'accounts' | 'people' | 'opportunities' | 'activities',
  extra: Partial<Parameters<Services['imports']['preview']>[0]> = {},
) {
  const { columns } = s.mapping({ fileId, recordType, source: 'excel' });
  return s.preview({
    fileId,
    recordType,
    source: 'excel',
    columns,
    valueMaps: {},
    dateOrder: 'ymd',
    accountId: null,
    ...extra,
  });
}

const importCount = (db: Database.Database) =>
  db.prepare<[], number>('SELECT count(*) FROM imports').pluck().get();

describe('imports: mapping and values', () => {
  it('suggests columns from the headers, then reuses the mapping saved by a preview', () => {
    const t = setup();
    t.services.accounts.create(input.account({ name: '华东电力' }));
    const first = t.file([
      ['客户名称', '姓名', '职位', '爱好'],
      ['华东电力', '王伟', '总经理', '钓鱼'],
    ]);
    const suggested = t.s.mapping({ fileId: first, recordType: 'people', source: 'xiaoshouyi' });
    expect(suggested).toEqual({
      columns: ['account', 'name', 'title', null],
      valueMaps: {},
      dateOrder: 'ymd',
      saved: false,
    });
    // The user maps 爱好 to notes and previews: the mapping is kept for this source.
    t.s.preview({
      fileId: first,
      recordType: 'people',
      source: 'xiaoshouyi',
      columns: ['account', 'name', 'title', 'notes'],
      valueMaps: { level: { 高层: 'decision' } },
      dateOrder: 'dmy',
      accountId: null,
    });
    // The next export has its columns in another order: the saved mapping still fits.
    const second = t.file([
      ['职位', '爱好', '姓名', '客户名称'],
      ['经理', '', '李娜', '华东电力'],
    ]);
    expect(t.s.mapping({ fileId: second, recordType: 'people', source: 'xiaoshouyi' })).toEqual({
      columns: ['title', 'notes', 'name', 'account'],
      valueMaps: { level: { 高层: 'decision' } },
      dateOrder: 'dmy',
      saved: true,
    });
    // Another source, or a file without a saved column, gets suggestions.
    expect(t.s.mapping({ fileId: second, recordType: 'people', source: 'excel' }).saved).toBe(
      false,
    );
    const third = t.file([
      ['职位', '姓名', '客户名称'],
      ['经理', '李娜', '华东电力'],
    ]);
    expect(t.s.mapping({ fileId: third, recordType: 'people', source: 'xiaoshouyi' }).saved).toBe(
      false,
    );
  });

  it('lists the distinct values of enumeration columns with counts, suggestions and our codes', () => {
    const t = setup();
    const fileId = t.file([
      ['商机名称', '阶段', '币种'],
      ['A', '商务谈判', '人民币'],
      ['B', '商务谈判', 'USD'],
      ['C', '神秘阶段', '人民币'],
    ]);
    const values = t.s.values({
      fileId,
      recordType: 'opportunities',
      columns: ['name', 'salesStage', 'currency'],
    });
    expect(values).toEqual([
      {
        field: 'salesStage',
        options: [
          'account_planning',
          'visit_research',
          'first_proposal',
          'solution_demo',
          'formal_proposal',
          'evaluation',
          'negotiation',
          'signed',
        ],
        values: [
          { value: '商务谈判', count: 2, suggestion: 'negotiation' },
          { value: '神秘阶段', count: 1, suggestion: null },
        ],
      },
      {
        field: 'currency',
        options: ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP'],
        values: [
          { value: '人民币', count: 2, suggestion: 'CNY' },
          { value: 'USD', count: 1, suggestion: 'USD' },
        ],
      },
    ]);
  });

  it('refuses a mapping that does not fit the file or maps a field twice', () => {
    const t = setup();
    const fileId = t.file([
      ['姓名', '名字'],
      ['王伟', '王伟'],
    ]);
    const base = {
      fileId,
      recordType: 'people' as const,
      source: 'excel' as const,
      valueMaps: {},
      dateOrder: 'ymd' as const,
      accountId: null,
    };
    expect(appErrorOf(() => t.s.preview({ ...base, columns: ['name'] })).message).toBe(
      'The mapping has 1 columns; the file has 2.',
    );
    expect(appErrorOf(() => t.s.preview({ ...base, columns: ['name', 'name'] })).message).toBe(
      'Two columns are mapped to name.',
    );
    expect(
      appErrorOf(() => t.s.preview({ ...base, columns: ['name', 'amount' as ImportField] })).code,
    ).toBe('invalid_input');
    expect(appErrorOf(() => t.s.preview({ ...base, fileId: 'gone', columns: [] })).message).toBe(
      'That file is no longer open; read it again.',
    );
  });
});

describe('imports: preview', () => {
  it('resolves managers across the file, whichever row comes first', async () => {
    const t = setup();
    const account = t.services.accounts.create(input.account({ name: '华东电力有限公司' }));
    t.services.people.create(input.person({ accountId: account.id, name: '赵总' }));
    const fileId = t.file([
      ['客户名称', '姓名', '职务', '上级'],
      ['华东电力有限公司', '李娜', '采购经理', '王伟'],
      ['华东电力有限公司', '王伟', '副总经理', '赵总'],
      ['华东电力有限公司', '陈强', '工程师', '李娜'],
    ]);
    const { previewId, counts } = previewOf(t, fileId, 'people');
    expect(counts).toEqual({ create: 3, update: 0, unchanged: 0, refused: 0 });
    const created = await rowsOf(t.s, previewId, 'create');
    expect(created.map((r) => [r.rowNumber, r.label, r.accountName])).toEqual([
      [2, '李娜', '华东电力有限公司'],
      [3, '王伟', '华东电力有限公司'],
      [4, '陈强', '华东电力有限公司'],
    ]);

    await t.s.commit({ previewId, name: '华东电力联系人' });
    const people = t.services.people.list({ accountId: account.id, includeArchived: false });
    const byName = new Map(people.map((p) => [p.name, p]));
    expect(byName.get('李娜')!.managerId).toBe(byName.get('王伟')!.id);
    expect(byName.get('王伟')!.managerId).toBe(byName.get('赵总')!.id);
    expect(byName.get('陈强')!.managerId).toBe(byName.get('李娜')!.id);
  });

  it('refuses rows with the reason per column: manager not found, cycle, self, duplicate, account missing, bad date', async () => {
    const t = setup();
    t.services.accounts.create(input.account({ name: '华东电力' }));
    const fileId = t.file([
      ['客户名称', '姓名', '上级', '生日'],
      ['华东电力', '甲', '乙', ''],
      ['华东电力', '乙', '甲', ''],
      ['华东电力', '丙', '无名氏', ''],
      ['华东电力', '丁', '丁', ''],
      ['华东电力', '戊', '', '2026-02-30'],
      ['华东电力', '戊', '', ''],
      ['', '己', '', ''],
      ['西北石化', '庚', '', ''],
      ['华东电力', '辛', '', '1990/5/6'],
    ]);
    const { previewId, counts } = previewOf(t, fileId, 'people');
    expect(counts).toEqual({ create: 1, update: 0, unchanged: 0, refused: 8 });
    const refused = await rowsOf(t.s, previewId, 'refused');
    const reasons = refused.map((r) => [
      r.rowNumber,
      r.problems.map((p) => [p.column, p.code, p.params?.value ?? p.params?.row ?? null]),
    ]);
    expect(reasons).toEqual([
      [2, [['上级', 'manager_cycle', null]]],
      [3, [['上级', 'manager_cycle', null]]],
      [4, [['上级', 'reports_to_not_found', '无名氏']]],
      [5, [['上级', 'manager_self', null]]],
      [6, [['生日', 'unrecognised_date', '2026-02-30']]],
      // The same person twice: the later row is refused, whatever became of the first.
      [7, [[null, 'duplicate_in_file', 6]]],
      [8, [[null, 'account_missing', null]]],
      [9, [['客户名称', 'account_unknown', '西北石化']]],
    ]);
    expect(refused[2]!.problems[0]!.message).toBe(
      'No one named “无名氏” in this account, in the file or the workspace.',
    );
    const created = await rowsOf(t.s, previewId, 'create');
    expect(created.map((r) => r.label)).toEqual(['辛']);
  });

  it('refuses a manager who is in a refused row, or who is two people of that name', async () => {
    const t = setup();
    const account = t.services.accounts.create(input.account({ name: '华东电力' }));
    for (const title of ['工程师', '会计']) {
      t.services.people.create(input.person({ accountId: account.id, name: '张三', title }));
    }
    const fileId = t.file([
      ['客户名称', '姓名', '上级', '生日'],
      ['华东电力', '甲', '', '不详'],
      ['华东电力', '乙', '甲', ''],
      ['华东电力', '丙', '乙', ''],
      ['华东电力', '丁', '张三', ''],
    ]);
    const { previewId, counts } = previewOf(t, fileId, 'people');
    expect(counts).toEqual({ create: 0, update: 0, unchanged: 0, refused: 4 });
    const refused = await rowsOf(t.s, previewId, 'refused');
    expect(refused.map((r) => r.problems.map((p) => p.code))).toEqual([
      ['unrecognised_date'],
      ['reports_to_refused'],
      ['reports_to_refused'],
      ['reports_to_ambiguous'],
    ]);
  });

  it('refuses the second row of the same record in the file', async () => {
    const t = setup();
    t.services.accounts.create(input.account({ name: '华东电力' }));
    const fileId = t.file([
      ['客户名称', '姓名', '职务'],
      ['华东电力', '王伟', '总经理'],
      ['华东电力', ' 王伟 ', '副总'],
    ]);
    const { previewId, counts } = previewOf(t, fileId, 'people');
    expect(counts.refused).toBe(1);
    const [second] = await rowsOf(t.s, previewId, 'refused');
    expect(second!.rowNumber).toBe(3);
    expect(second!.problems).toEqual([
      {
        column: null,
        field: null,
        code: 'duplicate_in_file',
        message: 'The same record is already in row 2 of the file.',
        params: { row: 2 },
      },
    ]);
  });

  it('refuses an unknown stage, an amount that is no number and a lost deal without reason', async () => {
    const t = setup();
    t.services.accounts.create(input.account({ name: '华东电力' }));
    const fileId = t.file([
      ['客户名称', '商机名称', '金额', '阶段', '状态', '预计成交日期', '赢率'],
      ['华东电力', '一期', '12万', '商务谈判', '进行中', '2026年6月30日', ''],
      ['华东电力', '二期', 'abc', '商务谈判', '', '', ''],
      ['华东电力', '三期', '100', '神秘阶段', '', '', ''],
      ['华东电力', '四期', '100', '', '输单', '', ''],
      ['华东电力', '五期', '¥1,500', 'Closed Won', '', '46203', '90%'],
    ]);
    const { previewId, counts } = previewOf(t, fileId, 'opportunities', {
      valueMaps: { salesStage: { 'Closed Won': 'signed' } },
    });
    expect(counts).toEqual({ create: 2, update: 0, unchanged: 0, refused: 3 });
    const refused = await rowsOf(t.s, previewId, 'refused');
    expect(refused.map((r) => [r.label, r.problems.map((p) => [p.column, p.code])])).toEqual([
      ['二期', [['金额', 'not_a_number']]],
      ['三期', [['阶段', 'unknown_value']]],
      ['四期', [[null, 'reason_required']]],
    ]);

    await t.s.commit({ previewId, name: 'deals' });
    const deals = t.services.opportunities.list({});
    const one = deals.find((d) => d.name === '一期')!;
    expect([
      one.amount,
      one.salesStage,
      one.probability,
      one.expectedCloseDate,
      one.status,
    ]).toEqual([120000, 'negotiation', 90, '2026-06-30', 'open']);
    const five = deals.find((d) => d.name === '五期')!;
    expect([five.amount, five.salesStage, five.probability, five.expectedCloseDate]).toEqual([
      1500,
      'signed',
      90,
      '2026-06-30',
    ]);
    expect(five.probabilityOverride).toBe(90);
  });

  it('matches by the source id first, then by name within the account, and shows the changes', async () => {
    const t = setup();
    const east = t.services.accounts.create(input.account({ name: '华东电力' }));
    const west = t.services.accounts.create(input.account({ name: '西北石化' }));
    t.services.opportunities.create(
      input.opportunity({ accountId: east.id, name: '一期', amount: 100 }),
    );
    t.services.opportunities.create(
      input.opportunity({ accountId: west.id, name: '二期', amount: 5 }),
    );
    const first = t.file([
      ['商机编号', '客户名称', '商机名称', '金额'],
      ['SF-1', '华东电力', '一期', '200'],
      ['SF-2', '华东电力', '二期', '300'],
    ]);
    const preview1 = previewOf(t, first, 'opportunities');
    // 一期 matched by name; 二期 exists only in another account, so it is new here.
    expect(preview1.counts).toEqual({ create: 1, update: 1, unchanged: 0, refused: 0 });
    const [update] = await rowsOf(t.s, preview1.previewId, 'update');
    expect(update!.match).toMatchObject({ name: '一期', by: 'name' });
    expect(update!.changes).toEqual([{ field: 'amount', before: '100', after: '200' }]);
    await t.s.commit({ previewId: preview1.previewId, name: 'first' });

    // Renamed in the CRM: found again by its id.
    const second = t.file([
      ['商机编号', '客户名称', '商机名称', '金额'],
      ['SF-1', '华东电力', '一期（扩容）', '200'],
      ['SF-2', '华东电力', '二期', '300'],
    ]);
    const preview2 = previewOf(t, second, 'opportunities');
    expect(preview2.counts).toEqual({ create: 0, update: 1, unchanged: 1, refused: 0 });
    const [renamed] = await rowsOf(t.s, preview2.previewId, 'update');
    expect(renamed!.match).toMatchObject({ name: '一期', by: 'externalId' });
    expect(renamed!.changes).toEqual([{ field: 'name', before: '一期', after: '一期（扩容）' }]);
  });

  it('refuses people of an archived account, and uses the account chosen for the whole file', async () => {
    const t = setup();
    const old = t.services.accounts.create(input.account({ name: '旧客户' }));
    t.services.accounts.archive({ id: old.id, version: 1, archived: true });
    const chosen = t.services.accounts.create(input.account({ name: '新客户' }));
    const withColumn = t.file([
      ['客户名称', '姓名'],
      ['旧客户', '王伟'],
    ]);
    // An archived account is not matched by name: an active one of that name does not exist.
    const [row] = await rowsOf(t.s, previewOf(t, withColumn, 'people').previewId, 'refused');
    expect(row!.problems.map((p) => p.code)).toEqual(['account_unknown']);

    const noColumn = t.file([['姓名'], ['王伟']]);
    const archived = previewOf(t, noColumn, 'people', { accountId: old.id });
    const [refused] = await rowsOf(t.s, archived.previewId, 'refused');
    expect(refused!.problems.map((p) => p.code)).toEqual(['account_archived']);
    const open = previewOf(t, noColumn, 'people', { accountId: chosen.id });
    expect(open.counts.create).toBe(1);
  });
});

describe('imports: accounts, activities and split names', () => {
  it('imports accounts with grades, money in 亿 and matches an existing one by its name variant', async () => {
    const t = setup();
    const existing = t.services.accounts.create(
      input.account({ name: '华东电力有限责任公司', industry: '电力' }),
    );
    const fileId = t.file([
      ['客户编号', '公司名称', '行业', '客户等级', '年营业额', '员工人数'],
      ['A-1', '华东电力有限公司', '能源', 'A类', '1.5亿', '1,200'],
      ['A-2', '西北石化', '化工', 'b级', '', '12.5'],
      ['A-3', '南方电网', '电力', '金牌', '', ''],
    ]);
    const { previewId, counts } = previewOf(t, fileId, 'accounts');
    expect(counts).toEqual({ create: 0, update: 1, unchanged: 0, refused: 2 });
    const [update] = await rowsOf(t.s, previewId, 'update');
    expect(update!.match).toEqual({ id: existing.id, name: '华东电力有限责任公司', by: 'name' });
    expect(update!.changes).toEqual([
      { field: 'name', before: '华东电力有限责任公司', after: '华东电力有限公司' },
      { field: 'industry', before: '电力', after: '能源' },
      { field: 'grade', before: '', after: 'A' },
      { field: 'revenue', before: '', after: '150000000' },
      { field: 'staffSize', before: '', after: '1200' },
    ]);
    const refused = await rowsOf(t.s, previewId, 'refused');
    expect(refused.map((r) => r.problems.map((p) => [p.column, p.code]))).toEqual([
      [['员工人数', 'not_integer']],
      [['客户等级', 'unknown_value']],
    ]);
  });

  it('imports activities with their deal and attendees, matched again by the source id', async () => {
    const t = setup();
    const account = t.services.accounts.create(input.account({ name: '华东电力' }));
    const deal = t.services.opportunities.create(
      input.opportunity({ accountId: account.id, name: '一期' }),
    );
    const wang = t.services.people.create(input.person({ accountId: account.id, name: '王伟' }));
    const li = t.services.people.create(input.person({ accountId: account.id, name: '李娜' }));
    const fileId = t.file([
      ['活动编号', '客户名称', '商机名称', '活动类型', '日期', '参与人', '内容'],
      ['V-1', '华东电力', '一期', '上门拜访', '2026/3/5', '王伟、李娜', '初次拜访'],
      ['V-2', '华东电力', '二期', 'Phone Call', '2026/3/6', '王伟', ''],
      ['V-3', '华东电力', '', '电话', '3/7/2026', '赵六', ''],
    ]);
    const { previewId, counts } = previewOf(t, fileId, 'activities', { dateOrder: 'mdy' });
    expect(counts).toEqual({ create: 1, update: 0, unchanged: 0, refused: 2 });
    const refused = await rowsOf(t.s, previewId, 'refused');
    expect(refused.map((r) => r.problems.map((p) => [p.column, p.code, p.params?.value]))).toEqual([
      [['商机名称', 'opportunity_unknown', '二期']],
      [['参与人', 'attendee_unknown', '赵六']],
    ]);
    await t.s.commit({ previewId, name: 'visits' });
    const [visit] = t.services.activities.list({ accountId: account.id, limit: 10 });
    expect(visit).toMatchObject({
      opportunityId: deal.id,
      kind: 'visit',
      date: '2026-03-05',
      personIds: [wang.id, li.id],
      summary: '初次拜访',
    });
    // The same export again: nothing new, V-1 is found by its id.
    const again = previewOf(t, fileId, 'activities', { dateOrder: 'mdy' });
    expect(again.counts).toEqual({ create: 0, update: 0, unchanged: 1, refused: 2 });
  });

  it('joins first and last name columns of an English CRM export', async () => {
    const t = setup();
    t.services.accounts.create(input.account({ name: 'Acme' }));
    const fileId = t.file([
      ['Company Name', 'First Name', 'Last Name', 'Job Title', 'Reports To'],
      ['Acme', 'Ada', 'Lovelace', 'CTO', ''],
      ['Acme', 'Alan', 'Turing', 'Engineer', 'Ada Lovelace'],
    ]);
    const { previewId, counts } = previewOf(t, fileId, 'people');
    expect(counts.create).toBe(2);
    expect((await rowsOf(t.s, previewId, 'create')).map((r) => r.label)).toEqual([
      'Ada Lovelace',
      'Alan Turing',
    ]);
  });
});

describe('imports: commit', () => {
  it('takes the backup first, writes every row in one go and tags each history entry', async () => {
    const order: string[] = [];
    const t = setup((reason) => {
      order.push(`${reason}:${rowCounts(t.db).people}`);
    });
    const account = t.services.accounts.create(input.account({ name: '华东电力' }));
    const fileId = t.file([
      ['客户名称', '姓名', '上级', '邮箱'],
      ['华东电力', '王伟', '', 'wang@example.com'],
      ['华东电力', '李娜', '王伟', ''],
    ]);
    const { previewId } = previewOf(t, fileId, 'people');
    const summary = await t.s.commit({ previewId, name: '联系人' });
    expect(order).toEqual(['beforeImport:0']);
    expect(summary).toMatchObject({
      name: '联系人',
      recordType: 'people',
      source: 'excel',
      fileName: 'import.csv',
      created: 2,
      updated: 0,
      undoneAt: null,
    });
    const tagged = t.db
      .prepare<[string], { entity: string; action: string }>(
        'SELECT entity, action FROM changes WHERE import_id = ? ORDER BY id',
      )
      .all(summary.id);
    // Two people created, then 李娜's manager set once both exist.
    expect(tagged).toEqual([
      { entity: 'person', action: 'create' },
      { entity: 'person', action: 'create' },
      { entity: 'person', action: 'update' },
    ]);
    const untagged = t.db
      .prepare<[], number>(
        "SELECT count(*) FROM changes WHERE entity = 'person' AND import_id IS NULL",
      )
      .pluck()
      .get();
    expect(untagged).toBe(0);
    // History names the import beside each entry it wrote.
    const [latest] = t.services.history.list({ entity: 'person', limit: 1 });
    expect(latest!.import).toEqual({ id: summary.id, name: '联系人' });
    const [own] = t.services.history.list({ entity: 'account', limit: 1 });
    expect(own!.import).toBeUndefined();
    expect(t.s.list({ offset: 0, limit: 10 })).toEqual({ total: 1, items: [summary] });
    expect(t.services.people.list({ accountId: account.id, includeArchived: false })).toHaveLength(
      2,
    );
    // The preview is used up.
    await expect(t.s.commit({ previewId, name: 'again' })).rejects.toThrow(
      'That preview is no longer kept; preview the file again.',
    );
  });

  it('writes nothing when a row fails half-way, and nothing when the backup fails', async () => {
    let backupFails = false;
    const t = setup(() => {
      if (backupFails) throw new Error('disk full');
    });
    t.services.accounts.create(input.account({ name: '华东电力' }));
    const fileId = t.file([
      ['客户名称', '商机名称', '金额'],
      ['华东电力', '一期', '1'],
      ['华东电力', '爆炸', '2'],
      ['华东电力', '三期', '3'],
    ]);
    // A failure the preview cannot foresee (here a trigger) on the second row.
    t.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON opportunities WHEN NEW.name = '爆炸'
      BEGIN SELECT RAISE(ABORT, 'boom'); END`);
    const before = rowCounts(t.db);
    const { previewId } = previewOf(t, fileId, 'opportunities');
    await expect(t.s.commit({ previewId, name: 'x' })).rejects.toThrow('boom');
    expect(rowCounts(t.db)).toEqual(before);
    expect(importCount(t.db)).toBe(0);
    expect(t.db.prepare('SELECT count(*) FROM external_refs').pluck().get()).toBe(0);

    t.db.exec('DROP TRIGGER boom');
    backupFails = true;
    const again = previewOf(t, fileId, 'opportunities');
    await expect(t.s.commit({ previewId: again.previewId, name: 'x' })).rejects.toThrow(
      'disk full',
    );
    expect(rowCounts(t.db)).toEqual(before);
  });

  it('refuses a preview made before the workspace changed', async () => {
    const t = setup();
    t.services.accounts.create(input.account({ name: '华东电力' }));
    const fileId = t.file([
      ['客户名称', '姓名'],
      ['华东电力', '王伟'],
    ]);
    const { previewId } = previewOf(t, fileId, 'people');
    t.services.accounts.create(input.account({ name: '别的客户' }));
    const before = rowCounts(t.db);
    const error = await t.s.commit({ previewId, name: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'The workspace changed since this preview; preview the file again before importing.',
    });
    expect(rowCounts(t.db)).toEqual(before);
  });
});

describe('imports: undo', () => {
  async function imported() {
    const t = setup();
    const account = t.services.accounts.create(input.account({ name: '华东电力' }));
    const boss = t.services.people.create(
      input.person({ accountId: account.id, name: '赵总', title: '总经理' }),
    );
    const fileId = t.file([
      ['编号', '客户名称', '姓名', '职务', '上级'],
      ['C-1', '华东电力', '赵总', '董事长', ''],
      ['C-2', '华东电力', '王伟', '副总', '赵总'],
    ]);
    const { previewId } = previewOf(t, fileId, 'people');
    const summary = await t.s.commit({ previewId, name: 'people' });
    const wang = t.services.people
      .list({ accountId: account.id, includeArchived: false })
      .find((p) => p.name === '王伟')!;
    return { ...t, account, boss, summary, wang };
  }

  it('removes what the import created and puts back what it changed', async () => {
    const t = await imported();
    expect(t.services.people.get({ id: t.boss.id }).title).toBe('董事长');
    const undone = t.s.undo({ id: t.summary.id });
    expect(undone.undoneAt).not.toBeNull();
    expect(t.services.people.list({ accountId: t.account.id, includeArchived: false })).toEqual([
      expect.objectContaining({ id: t.boss.id, title: '总经理' }),
    ]);
    expect(
      t.db.prepare('SELECT count(*) FROM external_refs WHERE record_id = ?').pluck().get(t.wang.id),
    ).toBe(0);
    // History records the undo: the removal and the revert.
    const history = t.services.history.list({ entityId: t.wang.id, limit: 10 });
    expect(history[0]).toMatchObject({ action: 'delete' });
    expect(t.s.list({ offset: 0, limit: 10 }).items[0]!.undoneAt).toBe(undone.undoneAt);
    expect(appErrorOf(() => t.s.undo({ id: t.summary.id })).message).toBe(
      'This import was already undone.',
    );
  });

  it('refuses when a record of the import changed after it, changing nothing', async () => {
    const t = await imported();
    t.services.people.update({ id: t.wang.id, version: t.wang.version, title: '总裁' });
    const before = rowCounts(t.db);
    const error = appErrorOf(() => t.s.undo({ id: t.summary.id }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'A record of this import (person “王伟”) was changed after it; undo refused, nothing changed.',
    );
    expect(rowCounts(t.db)).toEqual(before);
  });

  it('refuses when something now refers to a record the import created', async () => {
    const t = await imported();
    // A person added by hand under the imported 王伟.
    t.services.people.create(
      input.person({ accountId: t.account.id, name: '陈强', managerId: t.wang.id }),
    );
    const before = rowCounts(t.db);
    const error = appErrorOf(() => t.s.undo({ id: t.summary.id }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^Something now refers to a record this import created/);
    expect(rowCounts(t.db)).toEqual(before);
    expect(t.s.list({ offset: 0, limit: 1 }).items[0]!.undoneAt).toBeNull();
  });

  it('refuses when an activity logged since names a person the import created', async () => {
    const t = await imported();
    t.services.activities.create({
      accountId: t.account.id,
      opportunityId: null,
      kind: 'call',
      date: '2026-03-02',
      personIds: [t.wang.id],
      summary: '',
      promises: '',
      nextStep: '',
      nextDate: null,
      owner: '',
    });
    const before = rowCounts(t.db);
    const error = appErrorOf(() => t.s.undo({ id: t.summary.id }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/now names a record this import created/);
    expect(rowCounts(t.db)).toEqual(before);
  });
});

describe('imports: refused rows as a file', () => {
  async function refusedPreview() {
    const t = setup();
    t.services.accounts.create(input.account({ name: '华东电力' }));
    const fileId = t.file(
      [
        ['客户名称', '姓名', '生日'],
        ['华东电力', '=HYPERLINK("http://evil")', '1990-02-30'],
        ['华东电力', '王伟', '1990-01-01'],
        ['西北, "石化"', '-李娜', 42],
      ],
      'people.csv',
    );
    return { t, previewId: previewOf(t, fileId, 'people').previewId };
  }

  it('is a UTF-8 CSV with BOM: the original cells, a reason column, formulas guarded', async () => {
    const { t, previewId } = await refusedPreview();
    const file = await t.s.refusedFile({ previewId, format: 'csv', locale: 'en' });
    expect(file.fileName).toBe('people refused.csv');
    const text = Buffer.from(file.data, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      '客户名称,姓名,生日,Reason',
      '华东电力,"\'=HYPERLINK(""http://evil"")",1990-02-30,"生日: Not a date that can be read: “1990-02-30” (write it as 2026-03-05, 2026/3/5 or 2026年3月5日)."',
      `"西北, ""石化""",'-李娜,42,"客户名称: No account “西北, ""石化""” in the workspace; import the accounts first."`,
      '',
    ]);
  });

  it('writes the reasons in Chinese for a Chinese workspace, and as xlsx', async () => {
    const { t, previewId } = await refusedPreview();
    t.services.settings.update({ locale: 'zh-CN' });
    const file = await t.s.refusedFile({ previewId, format: 'xlsx' });
    expect(file.fileName).toBe('people 未导入.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.data, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '客户名称', '姓名', '生日', '原因']);
    expect(sheet.getRow(2).getCell(4).value).toBe(
      '生日：无法识别的日期：“1990-02-30”（请写成 2026-03-05、2026/3/5 或 2026年3月5日）。',
    );
    expect(sheet.getRow(2).getCell(2).value).toBe('\'=HYPERLINK("http://evil")');
    expect(sheet.getRow(3).getCell(2).value).toBe("'-李娜");
    expect(sheet.getRow(3).getCell(3).value).toBe(42);
  });
});

describe('imports through the router', () => {
  it('answers a stale commit with a clear conflict, writing nothing', async () => {
    const t = setup();
    const router = testRouter(t.services);
    t.services.accounts.create(input.account({ name: '华东电力' }));
    const fileId = t.file([
      ['客户名称', '姓名'],
      ['华东电力', '王伟'],
    ]);
    const mapping = await router.dispatch('imports.mapping', {
      fileId,
      recordType: 'people',
      source: 'excel',
    });
    expect(mapping.ok).toBe(true);
    const preview = await router.dispatch('imports.preview', {
      fileId,
      recordType: 'people',
      source: 'excel',
      columns: ['account', 'name'],
    });
    if (!preview.ok) throw new Error(preview.error.message);
    const { previewId } = preview.data as { previewId: string };
    await router.dispatch('people.create', {
      accountId: t.services.accounts.list({ includeArchived: false })[0]!.id,
      name: '李娜',
    });
    const before = rowCounts(t.db);
    const result = await router.dispatch('imports.commit', { previewId, name: 'people' });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'The workspace changed since this preview; preview the file again before importing.',
      },
    });
    expect(rowCounts(t.db)).toEqual(before);
  });
});

describe('a file read by importFiles.* imported through the router', () => {
  it('imports the people of a GBK CSV with their reporting line', async () => {
    const { services } = testServices();
    const router = testRouter(services);
    const account = services.accounts.create(input.account({ name: '华东电力' }));
    const call = async (channel: string, body: unknown) => {
      const result = await router.dispatch(channel as never, body);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.data as Record<string, unknown>;
    };
    const data = Buffer.from(gbk(csvText(PEOPLE_ROWS.map((r) => [...r])))).toString('base64');
    const { jobId } = await call('importFiles.read', { fileName: '联系人.csv', data });
    let job = await call('importFiles.job', { jobId });
    for (let i = 0; i < 500 && job.state === 'reading'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      job = await call('importFiles.job', { jobId });
    }
    const { fileId } = job.file as { fileId: string };
    const mapping = await call('imports.mapping', {
      fileId,
      recordType: 'people',
      source: 'excel',
    });
    expect(mapping.columns).toEqual(['account', 'name', 'title', 'reportsTo', 'phone']);
    const preview = await call('imports.preview', {
      fileId,
      recordType: 'people',
      source: 'excel',
      columns: mapping.columns,
    });
    expect(preview.counts).toEqual({ create: 3, update: 0, unchanged: 0, refused: 0 });
    const summary = await call('imports.commit', { previewId: preview.previewId, name: '联系人' });
    expect(summary).toMatchObject({ created: 3, fileName: '联系人.csv' });
    const people = services.people.list({ accountId: account.id, includeArchived: false });
    const zhang = people.find((p) => p.name === '张伟')!;
    expect(people.filter((p) => p.managerId === zhang.id).map((p) => p.name)).toEqual([
      '李娜',
      '王芳',
    ]);
  }, 30_000);
});
