import ExcelJS from 'exceljs';
import type { ExportColumn } from '../../shared/exports.ts';
import { dayToUtcDate, displayWidth, guardText, numberFormat, type TypedCell } from './cells.ts';

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

// Characters a sheet name may not hold, and its longest length (Excel's rules).
const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/** The sheet's tab: the file's name, within Excel's rules. */
export function sheetName(name: string): string {
  const clean = name
    .replace(SHEET_NAME_FORBIDDEN, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
  return [...clean].slice(0, SHEET_NAME_MAX).join('').trim() || 'Sheet1';
}

const grouped = (decimals: number) =>
  new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
const INTEGER = grouped(0);
const DECIMAL = grouped(2);

/** Roughly how wide a cell shows, for sizing its column. */
function shownWidth(column: ExportColumn, cell: TypedCell): number {
  switch (cell.kind) {
    case 'empty':
      return 0;
    case 'text':
      return displayWidth(guardText(cell.text));
    case 'date':
      return 10;
    case 'number': {
      if (column.type === 'percent') return String(Math.round(cell.value)).length + 1;
      const whole = column.type === 'integer' || column.currency === 'JPY';
      const digits = (whole ? INTEGER : DECIMAL).format(cell.value).length;
      // The currency symbol, up to three characters (HK$).
      return digits + (column.type === 'money' ? 3 : 0);
    }
  }
}

/**
 * The table as an .xlsx workbook: one sheet, a bold frozen header with a filter, typed cells
 * with their column's number format, columns as wide as their content.
 */
export async function writeXlsx(
  name: string,
  columns: readonly ExportColumn[],
  rows: readonly TypedCell[][],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Deal Workbench';
  const sheet = workbook.addWorksheet(sheetName(name), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
  });
  const formats = columns.map(numberFormat);
  const widths = columns.map((column) => displayWidth(column.header));

  const header = sheet.getRow(1);
  columns.forEach((column, c) => {
    const cell = header.getCell(c + 1);
    // Headers are text written by the app's translations, but a list's own header may be a
    // user's word (a criterion's name): guarded as any text.
    cell.value = guardText(column.header);
    cell.font = { bold: true };
  });

  rows.forEach((row, r) => {
    const line = sheet.getRow(r + 2);
    row.forEach((typed, c) => {
      const column = columns[c]!;
      widths[c] = Math.max(widths[c]!, shownWidth(column, typed));
      if (typed.kind === 'empty') return;
      const cell = line.getCell(c + 1);
      switch (typed.kind) {
        case 'text':
          cell.value = guardText(typed.text);
          return;
        case 'date':
          cell.value = dayToUtcDate(typed.day);
          break;
        case 'number':
          // Percent arrives as 0…100 and is stored as the fraction Excel's % format expects.
          cell.value = column.type === 'percent' ? typed.value / 100 : typed.value;
          break;
      }
      const format = formats[c];
      if (format) cell.numFmt = format;
    });
  });

  widths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
