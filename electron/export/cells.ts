import type { ExportColumn } from '../../shared/exports.ts';
import type { Currency } from '../../shared/enums.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type IssueCode } from '../../shared/issues.ts';

/** One cell as sent: text, a number, or empty. */
export type Cell = string | number | null;

/** A cell ready to write: its column's type decides how each format writes it. */
export type TypedCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  /** A calendar day, YYYY-MM-DD, checked. */
  | { kind: 'date'; day: string };

// Spreadsheets read a text starting with one of these as a formula (or, for tab and CR, shift
// it into one): OWASP's CSV-injection list. The leading apostrophe keeps it plain text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text as written to a cell: prefixed with ' when a spreadsheet would run it. */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day as YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The UTC midnight of a day: Excel's serial for it has no time-zone part. */
export function dayToUtcDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function refused(code: IssueCode, row: number, column: number, header: string): AppError {
  const issue = makeIssue(['rows', row, column], code, { row: row + 1, column: header });
  return new AppError('invalid_input', issue.message, [issue]);
}

/**
 * Every row's cells typed by their column, or the first wrong cell refused (its row counted
 * from 1 below the header, and its column's header): nothing is written from a bad table.
 */
export function typeRows(columns: readonly ExportColumn[], rows: readonly Cell[][]): TypedCell[][] {
  return rows.map((row, r) => {
    if (row.length > columns.length) {
      const issue = makeIssue(['rows', r], 'export_row_too_long', { row: r + 1 });
      throw new AppError('invalid_input', issue.message, [issue]);
    }
    return columns.map((column, c) => typeCell(column, row[c] ?? null, r, c));
  });
}

function typeCell(column: ExportColumn, cell: Cell, r: number, c: number): TypedCell {
  if (cell === null || cell === '') return { kind: 'empty' };
  switch (column.type) {
    case 'text':
      // A number in a text column stays a number: it cannot be a formula.
      return typeof cell === 'number'
        ? { kind: 'number', value: cell }
        : { kind: 'text', text: cell };
    case 'date':
      if (typeof cell !== 'string' || !isDay(cell)) {
        throw refused('export_not_a_date', r, c, column.header);
      }
      return { kind: 'date', day: cell };
    case 'integer':
      if (typeof cell !== 'number') throw refused('export_not_a_number', r, c, column.header);
      if (!Number.isInteger(cell)) throw refused('export_not_integer', r, c, column.header);
      return { kind: 'number', value: cell };
    case 'number':
    case 'money':
    case 'percent':
      if (typeof cell !== 'number' || !Number.isFinite(cell)) {
        throw refused('export_not_a_number', r, c, column.header);
      }
      return { kind: 'number', value: cell };
  }
}

// Excel's own formats: the symbol quoted as a literal, so ¥ and HK$ show whatever the locale.
const MONEY_FORMATS: Record<Currency, string> = {
  CNY: '"¥"#,##0.00',
  USD: '"$"#,##0.00',
  EUR: '"€"#,##0.00',
  HKD: '"HK$"#,##0.00',
  JPY: '"¥"#,##0',
  GBP: '"£"#,##0.00',
};

/** The number format of a column's cells in .xlsx (text: none). */
export function numberFormat(column: ExportColumn): string | undefined {
  switch (column.type) {
    case 'text':
      return undefined;
    case 'integer':
      return '#,##0';
    case 'number':
      return '#,##0.00';
    case 'money':
      return column.currency ? MONEY_FORMATS[column.currency] : '#,##0.00';
    case 'percent':
      return '0%';
    case 'date':
      return 'yyyy-mm-dd';
  }
}

// CJK ideographs, kana, hangul and full-width forms take two columns of a monospace grid.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Width of a text in character columns, wide characters counting double. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
