import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { exportTableInput, type ExportTableInput } from '../../shared/exports.ts';
import { buildTableFile } from './buildTableFile.ts';
import { displayWidth, guardText } from './cells.ts';
import { safeFileName } from './fileName.ts';

const COLUMNS: ExportTableInput['columns'] = [
  { header: '项目名称', type: 'text' },
  { header: '客户', type: 'text' },
  { header: '金额', type: 'money', currency: 'CNY' },
  { header: '赢率', type: 'percent' },
  { header: '预计成交日期', type: 'date' },
  { header: '联系人数', type: 'integer' },
  { header: '得分', type: 'number' },
];

const ROWS: ExportTableInput['rows'] = [
  ['产线改造', '华东制造', 1_250_000.5, 70, '2026-03-05', 12, 7.25],
  ['=HYPERLINK("http://x","y")', '-2+3', 0, 0, '2026-12-31', 0, -2],
  ['Robot, "phase 2"\nsecond line', null, null, null, null, null, null],
];

function build(input: Partial<ExportTableInput> & Pick<ExportTableInput, 'format'>) {
  return buildTableFile(
    exportTableInput.parse({ name: '项目 2026-12-06', columns: COLUMNS, rows: ROWS, ...input }),
  );
}

async function readXlsx(data: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(data, 'base64') as unknown as ArrayBuffer);
  return workbook.worksheets[0]!;
}

async function refusal(input: Partial<ExportTableInput>): Promise<AppError> {
  const error: unknown = await build({ format: 'xlsx', ...input }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error('not refused');
  return error;
}

describe('xlsx', () => {
  it('writes typed cells with their formats under a bold, frozen, filtered Chinese header', async () => {
    const file = await build({ format: 'xlsx' });
    expect(file.fileName).toBe('项目 2026-12-06.xlsx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await readXlsx(file.data);
    expect(sheet.name).toBe('项目 2026-12-06');
    const header = sheet.getRow(1);
    expect(COLUMNS.map((_, c) => header.getCell(c + 1).value)).toEqual(
      COLUMNS.map((c) => c.header),
    );
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:G1');

    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('产线改造');
    expect(row.getCell(3).value).toBe(1_250_000.5);
    expect(row.getCell(3).numFmt).toBe('"¥"#,##0.00');
    expect(row.getCell(4).value).toBeCloseTo(0.7);
    expect(row.getCell(4).numFmt).toBe('0%');
    const date = row.getCell(5).value;
    expect(date).toBeInstanceOf(Date);
    // Midnight UTC: the day itself, whatever the machine's time zone.
    expect((date as Date).toISOString()).toBe('2026-03-05T00:00:00.000Z');
    expect(row.getCell(5).numFmt).toBe('yyyy-mm-dd');
    expect(row.getCell(6).value).toBe(12);
    expect(row.getCell(6).numFmt).toBe('#,##0');
    expect(row.getCell(7).value).toBe(7.25);
    expect(row.getCell(7).numFmt).toBe('#,##0.00');

    // Empty cells stay empty; text with quotes and line breaks is kept as written.
    const last = sheet.getRow(4);
    expect(last.getCell(1).value).toBe('Robot, "phase 2"\nsecond line');
    expect(last.getCell(3).value).toBeNull();
  });

  it('guards formula-like text with an apostrophe but keeps typed numbers numbers', async () => {
    const sheet = await readXlsx((await build({ format: 'xlsx' })).data);
    const row = sheet.getRow(3);
    expect(row.getCell(1).value).toBe('\'=HYPERLINK("http://x","y")');
    expect(row.getCell(1).formula).toBeUndefined();
    expect(row.getCell(2).value).toBe("'-2+3");
    expect(row.getCell(7).value).toBe(-2);
  });

  it('formats each currency, and money without one as a plain amount', async () => {
    const columns: ExportTableInput['columns'] = [
      { header: 'USD', type: 'money', currency: 'USD' },
      { header: 'EUR', type: 'money', currency: 'EUR' },
      { header: 'HKD', type: 'money', currency: 'HKD' },
      { header: 'JPY', type: 'money', currency: 'JPY' },
      { header: 'GBP', type: 'money', currency: 'GBP' },
      { header: 'None', type: 'money' },
    ];
    const sheet = await readXlsx(
      (await build({ format: 'xlsx', columns, rows: [[1, 2, 3, 4, 5, 6]] })).data,
    );
    expect([1, 2, 3, 4, 5, 6].map((c) => sheet.getRow(2).getCell(c).numFmt)).toEqual([
      '"$"#,##0.00',
      '"€"#,##0.00',
      '"HK$"#,##0.00',
      '"¥"#,##0',
      '"£"#,##0.00',
      '#,##0.00',
    ]);
  });

  it('sizes columns by content, Chinese characters counting double', async () => {
    const sheet = await readXlsx(
      (
        await build({
          format: 'xlsx',
          columns: [
            { header: 'A', type: 'text' },
            { header: 'B', type: 'text' },
          ],
          rows: [['华东制造股份有限公司上海分公司', 'Shanghai branch']],
        })
      ).data,
    );
    expect(sheet.getColumn(1).width).toBe(32);
    expect(sheet.getColumn(2).width).toBe(17);
    expect(displayWidth('客户A')).toBe(5);
  });
});

describe('csv', () => {
  it('is UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting, plain numbers and days', async () => {
    const file = await build({ format: 'csv' });
    expect(file.fileName).toBe('项目 2026-12-06.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    const bytes = Buffer.from(file.data, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')).toEqual([
      '项目名称,客户,金额,赢率,预计成交日期,联系人数,得分',
      '产线改造,华东制造,1250000.5,70,2026-03-05,12,7.25',
      '"\'=HYPERLINK(""http://x"",""y"")",\'-2+3,0,0,2026-12-31,0,-2',
      '"Robot, ""phase 2""\nsecond line",,,,,,',
      '',
    ]);
  });

  it('guards tab, CR, plus and at signs too', () => {
    expect(['\tcmd', '\rx', '+1', '@SUM(A1)', 'ok', '', 'a=b'].map(guardText)).toEqual([
      "'\tcmd",
      "'\rx",
      "'+1",
      "'@SUM(A1)",
      'ok',
      '',
      'a=b',
    ]);
  });
});

describe('refusals', () => {
  it('refuses text in a number column, naming the row and column', async () => {
    const error = await refusal({ rows: [ROWS[0]!, ['x', 'y', 'lots', 1, null, 1, 1]] });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]).toMatchObject({
      path: ['rows', 1, 2],
      code: 'export_not_a_number',
      params: { row: 2, column: '金额' },
    });
    expect(error.message).toBe('Row 2, column “金额”: not a number. Nothing was exported.');
  });

  it('refuses a bad date, a fraction in an integer column and a row longer than the header', async () => {
    expect(
      (await refusal({ rows: [['x', 'y', 1, 1, '2026-02-30', 1, 1]] })).issues?.[0],
    ).toMatchObject({ code: 'export_not_a_date', path: ['rows', 0, 4] });
    expect((await refusal({ rows: [['x', 'y', 1, 1, '5/3/2026', 1, 1]] })).issues?.[0]?.code).toBe(
      'export_not_a_date',
    );
    expect((await refusal({ rows: [['x', 'y', 1, 1, null, 1.5, 1]] })).issues?.[0]).toMatchObject({
      code: 'export_not_integer',
      params: { column: '联系人数' },
    });
    expect(
      (await refusal({ rows: [['x', 'y', 1, 1, null, 1, 1, 'extra']] })).issues?.[0],
    ).toMatchObject({ code: 'export_row_too_long', params: { row: 1 } });
  });
});

describe('file names', () => {
  it('replaces what Windows refuses and avoids device names', () => {
    expect(safeFileName('Q1: A/B <test>?', 'csv')).toBe('Q1_ A_B _test__.csv');
    expect(safeFileName('pipeline. ', 'xlsx')).toBe('pipeline.xlsx');
    expect(safeFileName('CON', 'csv')).toBe('_CON.csv');
  });
});
