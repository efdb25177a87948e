import { z } from 'zod';
import { CURRENCIES } from './enums.ts';
import { generatedFile } from './imports.ts';

// Export (issue 14): a list as the user sees it (filters, sort, columns) becomes an .xlsx or a
// CSV file. The renderer sends the rows it shows; the main process types the cells and guards
// against formula injection.

/** Most rows one export carries. */
export const MAX_EXPORT_ROWS = 100_000;

export const EXPORT_COLUMN_TYPES = [
  'text',
  'integer',
  'number',
  'money',
  'percent',
  'date',
] as const;
export type ExportColumnType = (typeof EXPORT_COLUMN_TYPES)[number];

export const exportColumn = z.strictObject({
  /** The header as shown, in the user's language. */
  header: z.string().max(200),
  type: z.enum(EXPORT_COLUMN_TYPES),
  /** money: the currency of every value of the column (a mixed column has a currency column beside). */
  currency: z.enum(CURRENCIES).optional(),
});
export type ExportColumn = z.infer<typeof exportColumn>;

/** text: any string; numbers: a number; percent: 0…100; date: YYYY-MM-DD; null: empty. */
export const exportCell = z.union([z.string().max(32_000), z.number(), z.null()]);

export const exportTableInput = z.strictObject({
  format: z.enum(['xlsx', 'csv']),
  /** The file's name without extension, e.g. "Pipeline 2026-12-06". */
  name: z.string().trim().min(1).max(120),
  columns: z.array(exportColumn).min(1).max(200),
  rows: z.array(z.array(exportCell).max(200)).max(MAX_EXPORT_ROWS),
});
export type ExportTableInput = z.input<typeof exportTableInput>;
export type ExportTable = z.output<typeof exportTableInput>;

export const exportChannels = {
  'exports.table': { input: exportTableInput, output: generatedFile },
} as const;
