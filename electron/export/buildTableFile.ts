import type { ExportTable } from '../../shared/exports.ts';
import type { GeneratedFile } from '../../shared/imports.ts';
import { typeRows } from './cells.ts';
import { safeFileName } from './fileName.ts';
import { writeCsv } from './writeCsv.ts';
import { writeXlsx } from './writeXlsx.ts';

const MIME_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
} as const;

/**
 * A list as a file: every cell checked against its column first (a wrong one refused, naming
 * its row and column), then written as .xlsx or CSV and sent back as base64.
 */
export async function buildTableFile(input: ExportTable): Promise<GeneratedFile> {
  const rows = typeRows(input.columns, input.rows);
  const bytes =
    input.format === 'xlsx'
      ? await writeXlsx(input.name, input.columns, rows)
      : writeCsv(input.columns, rows);
  return {
    fileName: safeFileName(input.name, input.format),
    mimeType: MIME_TYPES[input.format],
    data: bytes.toString('base64'),
  };
}
