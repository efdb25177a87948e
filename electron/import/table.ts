import type { ImportCell, ImportFile } from '../../shared/imports.ts';

/** One data row of a file: where it stands in the file, and its cells in column order. */
export type TableRow = {
  /** 1-based line (csv) or row (xlsx) as the user sees it in the file. */
  rowNumber: number;
  cells: ImportCell[];
};

/**
 * A file as read (electron/import/readTable.ts): the header found (title rows above it skipped)
 * and every non-blank data row below it. Text cells are as written; xlsx numbers stay numbers and
 * xlsx dates arrive as YYYY-MM-DD text.
 */
export type ParsedTable = Omit<ImportFile, 'fileId' | 'rowCount' | 'sample'> & {
  rows: TableRow[];
};

/** The files read in this session, by fileId (importFiles.* fills it, imports.* reads it). */
export type ImportTables = {
  table(fileId: string): ParsedTable | undefined;
};
