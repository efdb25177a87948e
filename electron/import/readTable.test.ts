import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_ROWS } from '../../shared/imports.ts';
import { ImportReadError, readTable, type ReadOptions } from './readTable.ts';
import {
  accountsXlsx,
  csvText,
  gbk,
  opportunitiesCsv,
  opportunitiesXlsx,
  PEOPLE_ROWS,
  utf16le,
  utf8,
  utf8Bom,
} from './testFiles.ts';

const people = PEOPLE_ROWS.map((row) => [...row]);

async function failure(bytes: Uint8Array, options?: ReadOptions): Promise<ImportReadError> {
  try {
    await readTable('file', bytes, options);
  } catch (error) {
    if (error instanceof ImportReadError) return error;
    throw error;
  }
  throw new Error('Expected the file to be refused');
}

describe('text encodings', () => {
  it('reads what Chinese Excel saves as CSV (GBK) as GB18030', async () => {
    const table = await readTable('联系人.csv', gbk(csvText(people)));
    expect(table).toMatchObject({
      fileName: '联系人.csv',
      format: 'csv',
      encoding: 'gb18030',
      delimiter: ',',
      headers: ['客户名称', '姓名', '职务', '上级', '电话'],
    });
    expect(table.rows[1]).toEqual({
      rowNumber: 3,
      cells: ['华东电力', '李娜', '采购经理', '张伟', '13800000002'],
    });
  });

  it('reads a short GBK file, where chardet cannot tell GB18030 from Big5 or EUC-KR', async () => {
    const table = await readTable('a.csv', gbk('名称,金额\n上海,1\n'));
    expect(table.encoding).toBe('gb18030');
    expect(table.headers).toEqual(['名称', '金额']);
    expect(table.rows[0]!.cells).toEqual(['上海', '1']);
  });

  it('reads UTF-8 with and without a BOM, the BOM not part of the first header', async () => {
    for (const bytes of [utf8Bom(csvText(people)), utf8(csvText(people))]) {
      const table = await readTable('a.csv', bytes);
      expect(table.encoding).toBe('utf-8');
      expect(table.headers[0]).toBe('客户名称');
      expect(table.rows).toHaveLength(3);
    }
  });

  it('reads UTF-16LE (Excel’s “Unicode text”, tab-separated), with or without a BOM', async () => {
    const text = csvText(people, '\t');
    const withBom = await readTable('a.txt', utf16le(text));
    expect(withBom).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    expect(withBom.rows[2]!.cells).toEqual(['华东电力', '王芳', '技术总监', '张伟', '13800000003']);
    const withoutBom = await readTable('a.txt', utf16le(text).subarray(2));
    expect(withoutBom).toMatchObject({ encoding: 'utf-16le', headers: withBom.headers });
  });

  it('reads UTF-16BE with its BOM', async () => {
    const le = utf16le('名称,金额\r\n上海,1\r\n');
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    const table = await readTable('a.csv', be);
    expect(table).toMatchObject({ encoding: 'utf-16be', headers: ['名称', '金额'] });
  });
});

describe('separators and quoting', () => {
  it('finds the semicolon of European Excel, whose amounts hold commas', async () => {
    const table = await readTable(
      'a.csv',
      utf8('Name;Amount;Close date\nACME;1,5;05.03.2026\nBeta;2,25;06.03.2026\n'),
    );
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]!.cells).toEqual(['ACME', '1,5', '05.03.2026']);
  });

  it('finds the tab, and ignores separators inside quotes', async () => {
    const tab = await readTable('a.txt', utf8('a\tb\n"x, y; z"\t2\n'));
    expect(tab).toMatchObject({ delimiter: '\t', headers: ['a', 'b'] });
    expect(tab.rows[0]!.cells).toEqual(['x, y; z', '2']);
    const comma = await readTable('a.csv', utf8('a,b\n"x; y; z; w",2\n"p;q",3\n'));
    expect(comma.delimiter).toBe(',');
    expect(comma.rows.map((r) => r.cells)).toEqual([
      ['x; y; z; w', '2'],
      ['p;q', '3'],
    ]);
  });

  it('keeps line breaks inside quoted fields and numbers each record by the line it starts on', async () => {
    const text = 'name,note\r\n"Li","line one\r\nline two"\r\n\r\n"Wang","say ""hi"""\r\nZhao,\r\n';
    const table = await readTable('a.csv', utf8(text));
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['Li', 'line one\r\nline two'] },
      // Line 4 is blank and dropped.
      { rowNumber: 5, cells: ['Wang', 'say "hi"'] },
      { rowNumber: 6, cells: ['Zhao', null] },
    ]);
  });

  it('trims cells, reads empty ones as null and unwraps Excel’s ="00123"', async () => {
    const table = await readTable(
      'a.csv',
      utf8('code , name\n="00123",  李娜 \n ,\u00a0\n007, \n'),
    );
    expect(table.headers).toEqual(['code', 'name']);
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['00123', '李娜'] },
      { rowNumber: 4, cells: ['007', null] },
    ]);
  });

  it('refuses a quoted field that never closes, naming its line', async () => {
    const error = await failure(utf8('a,b\n1,2\n3,"open\n4,5\n'));
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/line 3 never closes/);
  });
});

describe('the header row', () => {
  it('skips a title and a note above the header', async () => {
    const text = csvText([
      ['2026年客户清单', '', '', ''],
      ['导出时间：2026-03-01', '', '', ''],
      [],
      ['客户名称', '区域', '', '负责人'],
      ['华东电力', '华东', 'x', '张伟'],
    ]);
    const table = await readTable('a.csv', utf8(text));
    expect(table.headerRow).toBe(4);
    expect(table.headers).toEqual(['客户名称', '区域', 'Column 3', '负责人']);
    expect(table.rows).toEqual([{ rowNumber: 5, cells: ['华东电力', '华东', 'x', '张伟'] }]);
  });

  it('takes the first row of a one-column file', async () => {
    const table = await readTable('a.csv', utf8('姓名\n张伟\n李娜\n'));
    expect(table).toMatchObject({ headerRow: 1, headers: ['姓名'] });
    expect(table.rows.map((r) => r.cells)).toEqual([['张伟'], ['李娜']]);
  });

  it('names repeated headers “ (2)”, never reusing a name the file has, and columns past the header', async () => {
    const table = await readTable('a.csv', utf8('Name,Name,Name (2),Name\n1,2,3,4,5\n'));
    expect(table.headers).toEqual(['Name', 'Name (3)', 'Name (2)', 'Name (4)', 'Column 5']);
    expect(table.rows[0]!.cells).toEqual(['1', '2', '3', '4', '5']);
  });

  it('pads short rows to the header’s width', async () => {
    const table = await readTable('a.csv', utf8('a,b,c\n1\n'));
    expect(table.rows[0]!.cells).toEqual(['1', null, null]);
  });
});

describe('xlsx', () => {
  it('reads the first visible sheet below its merged title, with typed cells', async () => {
    const table = await readTable('客户.xlsx', await accountsXlsx());
    expect(table).toMatchObject({
      format: 'xlsx',
      encoding: null,
      delimiter: null,
      sheets: ['说明', '客户', '联系人'],
      sheet: '客户',
      headerRow: 3,
      headers: ['客户名称', '成立日期', '年收入', '网址', 'Column 5', '客户名称 (2)', '区域'],
    });
    expect(table.rows).toEqual([
      // Trimmed text, a date cell as YYYY-MM-DD, a number, a link's text, rich text as plain text.
      {
        rowNumber: 4,
        cells: ['华东电力', '2001-03-05', 1_200_000.5, 'hdpower.cn', null, '华东电力集团', '华东'],
      },
      // A formula's result.
      { rowNumber: 5, cells: ['北京科技', '2010-12-31', 2_401_001, null, null, null, '华北'] },
      // Row 6 is blank; 0.1 + 0.2 as Excel shows it; G7:G8 merged, so row 8 is in 华南 too.
      { rowNumber: 7, cells: ['广州制造', null, 0.3, null, null, null, '华南'] },
      { rowNumber: 8, cells: ['深圳医药', null, 42, null, null, null, '华南'] },
    ]);
  });

  it('reads the chosen sheet, and refuses one the workbook does not have', async () => {
    const bytes = await accountsXlsx();
    const table = await readTable('客户.xlsx', bytes, { sheet: '联系人' });
    expect(table).toMatchObject({ sheet: '联系人', headers: ['姓名', '职务'], headerRow: 1 });
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ['张伟', '总经理'] }]);
    const error = await failure(bytes, { sheet: '商机' });
    expect(error).toMatchObject({
      code: 'unreadable',
      message: 'This workbook has no sheet named “商机”.',
    });
  });

  it('reads a workbook by its content whatever its name says, and a CSV named .xlsx as text', async () => {
    const bytes = await accountsXlsx();
    expect((await readTable('export.csv', bytes)).format).toBe('xlsx');
    expect((await readTable('export.xlsx', utf8('a,b\n1,2\n'))).format).toBe('csv');
  });

  it('refuses a zip that is not a workbook, and a damaged workbook', async () => {
    const zip = zipSync({ 'word/document.xml': utf8('<w:document/>') });
    const error = await failure(zip);
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/zip archive but not an Excel workbook/);
    const bytes = await accountsXlsx();
    const damaged = await failure(bytes.subarray(0, bytes.length >> 1));
    expect(damaged).toMatchObject({
      code: 'unreadable',
      message: expect.stringMatching(/damaged/),
    });
  });
});

describe('large files and limits', () => {
  it('reads 20,000 opportunities from CSV and from xlsx alike, reporting progress', async () => {
    const progress: number[] = [];
    const csv = await readTable('商机.csv', utf8(opportunitiesCsv(20_000)), {
      onProgress: (p) => progress.push(p),
    });
    expect(csv.rows).toHaveLength(20_000);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    // Every 50th deal's note spans two lines: the 20,000th record starts on line 20,401.
    expect(csv.rows.at(-1)!.rowNumber).toBe(20_401);

    const xlsx = await readTable('商机.xlsx', await opportunitiesXlsx(20_000));
    expect(xlsx.rows).toHaveLength(20_000);
    expect(xlsx.headers).toEqual(csv.headers);
    const [first] = xlsx.rows;
    expect(first!.cells).toEqual([
      'OPP-000001',
      '华东电力有限公司0',
      '华东电力有限公司0 二期项目 1',
      10_000,
      '2026-01-01',
      '初步接洽',
      '张伟',
      '客户要求"分期付款"，\n首付 30%',
    ]);
    expect(csv.rows[0]!.cells).toEqual(first!.cells.map((c) => (c === null ? c : String(c))));
  }, 60_000);

  it('refuses more rows than MAX_IMPORT_ROWS', async () => {
    const text = 'a,b\n' + '1,2\n'.repeat(MAX_IMPORT_ROWS + 1);
    const error = await failure(utf8(text));
    expect(error.code).toBe('too_many_rows');
    expect(error.message).toMatch(/more than 100,000 rows/);
    const exactly = await readTable('a.csv', utf8('a,b\n' + '1,2\n'.repeat(MAX_IMPORT_ROWS)));
    expect(exactly.rows).toHaveLength(MAX_IMPORT_ROWS);
  }, 30_000);

  it('refuses a file over MAX_IMPORT_FILE_BYTES', async () => {
    const error = await failure(new Uint8Array(MAX_IMPORT_FILE_BYTES + 1).fill(0x41));
    expect(error).toMatchObject({ code: 'too_large', message: expect.stringMatching(/20 MB/) });
  });
});

describe('files that are not tables', () => {
  it('refuses an empty file, blank lines only, and a header without rows', async () => {
    expect((await failure(new Uint8Array())).code).toBe('empty');
    expect((await failure(utf8(' \r\n,,\r\n\r\n'))).code).toBe('empty');
    const headerOnly = await failure(utf8Bom('客户名称,区域\r\n'));
    expect(headerOnly).toMatchObject({
      code: 'empty',
      message: expect.stringMatching(/no data rows/),
    });
  });

  it('refuses an old .xls (or password-protected) workbook, saying to save it as .xlsx or CSV', async () => {
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await failure(xls);
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/\.xls\).*save it as \.xlsx or as CSV/);
  });

  it('refuses binary junk and a PDF', async () => {
    // A fixed pseudo-random sequence: the same junk on every run.
    let seed = 7;
    const junk = Uint8Array.from(
      { length: 4096 },
      () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24,
    );
    expect(await failure(junk)).toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/not a spreadsheet or a text table/),
    });
    expect((await failure(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).code).toBe('unsupported');
  });
});
