import type { GeneratedFile, ImportCell } from '../../shared/imports.ts';

// The refused rows of an import as a file like the one imported: its headers and cells as read,
// with the reason added as a last column, to fix and import again.

/**
 * A text cell that a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage
 * return in front) is written with a leading apostrophe, so it stays text.
 */
export function guardCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const csvField = (text: string) =>
  /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** UTF-8 with a byte order mark, so Excel opens Chinese text correctly; CRLF line ends. */
export function refusedCsv(headers: readonly string[], rows: readonly ImportCell[][]): string {
  const line = (cells: readonly ImportCell[]) =>
    cells
      .map((cell) =>
        cell === null ? '' : csvField(typeof cell === 'number' ? String(cell) : guardCell(cell)),
      )
      .join(',');
  return `\uFEFF${[headers.map((h) => csvField(guardCell(h))).join(','), ...rows.map(line)].join('\r\n')}\r\n`;
}

/** One sheet: the header row frozen, numbers kept numbers, text guarded. */
export async function refusedXlsx(
  sheetName: string,
  headers: readonly string[],
  rows: readonly ImportCell[][],
): Promise<Buffer> {
  // Loaded on first use: exceljs is large, and most sessions never write a spreadsheet.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName.slice(0, 31) || 'Sheet1', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.addRow(headers.map(guardCell));
  for (const cells of rows) {
    sheet.addRow(cells.map((cell) => (typeof cell === 'string' ? guardCell(cell) : cell)));
  }
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The file's name: the imported one's base with "refused" and the chosen extension. */
export function refusedFileName(fileName: string, format: 'csv' | 'xlsx', suffix: string): string {
  const base = fileName.replace(/\.[^.]*$/, '') || 'import';
  return `${base} ${suffix}.${format}`;
}

export async function refusedFile(
  format: 'csv' | 'xlsx',
  fileName: string,
  suffix: string,
  headers: readonly string[],
  rows: readonly ImportCell[][],
): Promise<GeneratedFile> {
  const name = refusedFileName(fileName, format, suffix);
  if (format === 'csv') {
    return {
      fileName: name,
      mimeType: 'text/csv;charset=utf-8',
      data: Buffer.from(refusedCsv(headers, rows), 'utf8').toString('base64'),
    };
  }
  return {
    fileName: name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: (await refusedXlsx(suffix, headers, rows)).toString('base64'),
  };
}
