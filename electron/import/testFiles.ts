// Import files the tests and the benchmark make themselves: the encodings, separators and
// workbook shapes that Excel (Chinese and English), WPS and CRM exports produce.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** Rows as CSV text: fields with the separator, quotes or line breaks are quoted. */
export function csvText(rows: readonly (readonly string[])[], delimiter = ',', newline = '\r\n') {
  const quote = (field: string) =>
    field.includes(delimiter) || /["\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
/** What Excel's "CSV UTF-8" writes. */
export const utf8Bom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
/** What Excel in Chinese writes as plain "CSV": GBK. */
export const gbk = (text: string) => new Uint8Array(iconv.encode(text, 'gbk'));
/** Excel's "Unicode text" (tab-separated, UTF-16LE with a BOM). */
export const utf16le = (text: string) =>
  new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]);

export const PEOPLE_ROWS = [
  ['客户名称', '姓名', '职务', '上级', '电话'],
  ['华东电力', '张伟', '总经理', '', '13800000001'],
  ['华东电力', '李娜', '采购经理', '张伟', '13800000002'],
  ['华东电力', '王芳', '技术总监', '张伟', '13800000003'],
] as const;

export const OPPORTUNITY_HEADERS = [
  '商机编号',
  '客户名称',
  '商机名称',
  '金额',
  '预计成交日期',
  '销售阶段',
  '负责人',
  '备注',
];

const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平';
const CITIES = ['华东', '华北', '华南', '西南', '东北', '华中', '西北', '江苏', '浙江', '广东'];
const TRADES = ['电力', '科技', '制造', '医药', '银行', '物流', '能源', '通信'];
const STAGES = ['初步接洽', '需求确认', '方案报价', '商务谈判', '赢单'];

/** The i-th (0-based) opportunity of a CRM export: Chinese names, amounts, close dates. */
export function opportunity(i: number) {
  const account = `${CITIES[i % CITIES.length]}${TRADES[Math.floor(i / 10) % TRADES.length]}有限公司${Math.floor(i / 80)}`;
  const owner = `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`;
  const month = (i % 12) + 1;
  const day = (i % 28) + 1;
  return {
    id: `OPP-${String(i + 1).padStart(6, '0')}`,
    account,
    name: `${account} 二期项目 ${i + 1}`,
    amount: 10_000 + ((i * 7919) % 990_000),
    closeDate: `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    stage: STAGES[i % STAGES.length]!,
    owner,
    // Every 50th deal has a note over two lines, with a comma and quotes.
    note: i % 50 === 0 ? `客户要求"分期付款"，\n首付 30%` : '',
  };
}

/** An opportunity export of `count` rows as CSV text (UTF-8, header first). */
export function opportunitiesCsv(count: number): string {
  const rows = [OPPORTUNITY_HEADERS];
  for (let i = 0; i < count; i++) {
    const o = opportunity(i);
    rows.push([o.id, o.account, o.name, String(o.amount), o.closeDate, o.stage, o.owner, o.note]);
  }
  return csvText(rows);
}

async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The same export as an xlsx: amounts as numbers, close dates as date cells. */
export async function opportunitiesXlsx(count: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('商机');
  sheet.addRow(OPPORTUNITY_HEADERS);
  for (let i = 0; i < count; i++) {
    const o = opportunity(i);
    const [y, m, d] = o.closeDate.split('-').map(Number) as [number, number, number];
    sheet.addRow([
      o.id,
      o.account,
      o.name,
      o.amount,
      new Date(Date.UTC(y, m - 1, d)),
      o.stage,
      o.owner,
      o.note || null,
    ]);
  }
  sheet.getColumn(5).numFmt = 'yyyy/m/d';
  return workbookBytes(workbook);
}

/**
 * A hand-made account list: a title merged across the columns and a blank row above the header,
 * a date, a number, a formula, rich text, a link, an empty and a repeated header, a merge down
 * two rows, a blank row between the data; and a second sheet.
 */
export async function accountsXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('说明', { state: 'hidden' });
  cover.getCell('A1').value = '本文件由销售部维护';
  const sheet = workbook.addWorksheet('客户');
  sheet.getCell('A1').value = '2026年客户清单';
  sheet.mergeCells('A1:F1');
  // Row 2 stays blank.
  sheet.getRow(3).values = ['客户名称', '成立日期', '年收入', '网址', '', '客户名称', '区域'];
  sheet.getRow(4).values = [
    '  华东电力  ',
    new Date(Date.UTC(2001, 2, 5)),
    1_200_000.5,
    { text: 'hdpower.cn', hyperlink: 'https://hdpower.cn' },
    null,
    { richText: [{ text: '华东' }, { font: { bold: true }, text: '电力集团' }] },
    '华东',
  ];
  sheet.getRow(5).values = [
    '北京科技',
    new Date(Date.UTC(2010, 11, 31)),
    { formula: 'C4*2', result: 2_401_001 },
    null,
    null,
    null,
    '华北',
  ];
  sheet.getCell('B4').numFmt = 'yyyy"年"m"月"d"日"';
  sheet.getCell('B5').numFmt = 'yyyy-mm-dd';
  // Row 6 stays blank; rows 7 and 8 share one region, merged down.
  sheet.getRow(7).values = ['广州制造', null, 0.1 + 0.2, null, null, null, '华南'];
  sheet.getRow(8).values = ['深圳医药', null, 42, null, null, null];
  sheet.mergeCells('G7:G8');
  const second = workbook.addWorksheet('联系人');
  second.addRow(['姓名', '职务']);
  second.addRow(['张伟', '总经理']);
  return workbookBytes(workbook);
}
