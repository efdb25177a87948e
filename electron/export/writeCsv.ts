import type { ExportColumn } from '../../shared/exports.ts';
import { guardText, type TypedCell } from './cells.ts';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A field as RFC 4180 writes it: quoted, quotes doubled, when it holds a comma, quote or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function cellText(column: ExportColumn, cell: TypedCell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return guardText(cell.text);
    case 'date':
      return cell.day;
    case 'number':
      // Plain digits with a dot: what Excel and our import read back as the number.
      return String(cell.value);
  }
}

/**
 * The table as CSV text: UTF-8 with a byte-order mark (so Excel opens Chinese as Chinese), CRLF
 * line ends and RFC 4180 quoting; every text cell guarded against formulas.
 */
export function writeCsv(columns: readonly ExportColumn[], rows: readonly TypedCell[][]): Buffer {
  const lines = [columns.map((column) => csvField(guardText(column.header))).join(',')];
  for (const row of rows) {
    lines.push(row.map((cell, c) => csvField(cellText(columns[c]!, cell))).join(','));
  }
  return Buffer.from(BOM + lines.join(CRLF) + CRLF, 'utf8');
}
