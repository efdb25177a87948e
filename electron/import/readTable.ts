import chardet from 'chardet';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import {
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_ROWS,
  type ImportCell,
  type ImportJob,
} from '../../shared/imports.ts';
import type { ParsedTable, TableRow } from './table.ts';

// Reads an import file (xlsx, or CSV/TXT in any of the encodings Excel and CRMs write) into one
// table: header found, title rows above it skipped, blank rows dropped, cells trimmed. Pure: no
// I/O, so the worker (readWorker.ts) and the tests call it the same way.

export type ReadFailureCode = Extract<ImportJob, { state: 'failed' }>['code'];

/** Why a file cannot be read; `message` is shown to the user as is. */
export class ImportReadError extends Error {
  override name = 'ImportReadError';
  readonly code: ReadFailureCode;
  constructor(code: ReadFailureCode, message: string) {
    super(message);
    this.code = code;
  }
}

export type ReadOptions = {
  /** xlsx: the sheet to read; the first visible one when left out. */
  sheet?: string;
  /** 0…1 as the file is read (throttled to steps of about 1%). */
  onProgress?(fraction: number): void;
};

/** The header is looked for among this many non-blank rows at the top. */
const HEADER_SCAN_ROWS = 10;
/** A header row has at least this share of the widest row's filled cells (and at least 2). */
const HEADER_FILL_SHARE = 0.6;
/** Share of the progress bar an xlsx spends in exceljs's one-step load (measured: ~80%). */
const XLSX_LOAD_SHARE = 0.8;

const SAVE_AS = 'Open it in Excel or WPS, save it as .xlsx or as CSV, and import that file.';

/**
 * The header name of a column without one: stable English, so a saved mapping and the refused
 * rows' file name the same column the same way in either language.
 */
export const unnamedColumn = (index: number) => `Column ${index + 1}`;

export async function readTable(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ParsedTable> {
  if (bytes.length > MAX_IMPORT_FILE_BYTES) {
    throw new ImportReadError(
      'too_large',
      `The file is larger than ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB, the most Deal Workbench imports at once.`,
    );
  }
  if (bytes.length === 0) throw new ImportReadError('empty', 'The file is empty.');
  const progress = throttled(options.onProgress);
  const kind = sniff(bytes);
  if (kind === 'xls') {
    throw new ImportReadError(
      'unsupported',
      `This is an old-format Excel workbook (.xls) or a password-protected one. ${SAVE_AS}`,
    );
  }
  if (kind === 'binary') {
    throw new ImportReadError(
      'unsupported',
      `This file is not a spreadsheet or a text table. ${SAVE_AS}`,
    );
  }
  const read =
    kind === 'xlsx' ? await readXlsx(bytes, options.sheet, progress) : readText(bytes, progress);
  const table = shape(read);
  progress(1, true);
  return { fileName, ...table };
}

type Progress = (fraction: number, force?: boolean) => void;

function throttled(report: ReadOptions['onProgress']): Progress {
  let last = -1;
  return (fraction, force = false) => {
    const f = Math.min(1, Math.max(0, fraction));
    if (report && (force || f - last >= 0.01)) {
      last = f;
      report(f);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Format

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((b, i) => bytes[i] === b);

/** By content, not extension: a CRM's "export.xls" is often HTML or CSV text. */
function sniff(bytes: Uint8Array): 'xlsx' | 'xls' | 'binary' | 'text' {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  // Compound File Binary: .xls, and also an xlsx encrypted with a password.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  // A PDF, an empty or spanned zip: not a table (other binaries are found once decoded).
  if (
    startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]) ||
    startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) ||
    startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])
  ) {
    return 'binary';
  }
  return 'text';
}

// ---------------------------------------------------------------------------------------------
// Rows as read, before the header is known

type RawRow = {
  rowNumber: number;
  cells: ImportCell[];
  /** xlsx: cells of a vertical merge, with the value the merge shows (filled below the header). */
  merged?: { column: number; fromRow: number; value: ImportCell }[];
};

type Read = Omit<ParsedTable, 'fileName' | 'headerRow' | 'headers' | 'rows'> & {
  rows: RawRow[];
};

const isBlank = (cells: readonly ImportCell[]) => cells.every((c) => c === null);

function tooManyRows(): ImportReadError {
  return new ImportReadError(
    'too_many_rows',
    `The file has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} rows, the most Deal Workbench imports at once. Split it into smaller files.`,
  );
}

/** Rows kept while reading: data rows, plus the title and header rows above them. */
const ROW_LIMIT = MAX_IMPORT_ROWS + HEADER_SCAN_ROWS;

// ---------------------------------------------------------------------------------------------
// Text (CSV, TXT)

type Decoded = { encoding: string; text: string };

/** BOM first; else UTF-8 when the bytes are valid UTF-8; else chardet's guess, GB18030 by default. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { encoding: 'utf-16le', text: iconv.decode(bytes.subarray(2), 'utf-16le') };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { encoding: 'utf-16be', text: iconv.decode(bytes.subarray(2), 'utf-16be') };
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, text: iconv.decode(bytes, utf16) };
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const encoding = guessLegacyEncoding(bytes);
    return { encoding, text: iconv.decode(bytes, encoding) };
  }
}

/** UTF-16 written without a BOM: ASCII characters leave every other byte zero. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/**
 * Not UTF-8: most likely what Excel in Chinese saves as "CSV" (GBK, read as its superset
 * GB18030). chardet's guess is taken only when it is sure of another encoding; on short files
 * it scores GB18030, Big5 and EUC-KR alike, and then GB18030 wins.
 */
function guessLegacyEncoding(bytes: Uint8Array): string {
  const guesses = chardet.analyse(bytes.subarray(0, 64 * 1024));
  const top = guesses[0];
  const gb = guesses.find((g) => g.name === 'GB18030');
  if (!top || top.confidence < 50 || (gb && gb.confidence >= top.confidence)) return 'gb18030';
  const name = top.name.toLowerCase();
  return iconv.encodingExists(name) && !name.startsWith('utf') ? name : 'gb18030';
}

/** Control characters no text table has: a binary file decoded as text. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control > sample.length * 0.01;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The separator of the first records (quoted parts ignored): the one that splits most of them
 * into the same number of fields, the most fields on a tie, then in the order , ; tab.
 */
export function detectDelimiter(text: string): string {
  const records: Record<string, number>[] = [];
  let counts: Record<string, number> = {};
  let filled = false;
  let quoted = false;
  for (let i = 0; i < text.length && records.length < HEADER_SCAN_ROWS; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '\n' || ch === '\r') {
      if (filled) records.push(counts);
      counts = {};
      filled = false;
    } else {
      if (ch !== ' ') filled = true;
      if ((DELIMITERS as readonly string[]).includes(ch)) counts[ch] = (counts[ch] ?? 0) + 1;
    }
  }
  if (filled && records.length < HEADER_SCAN_ROWS) records.push(counts);
  let best: { delimiter: string; lines: number; fields: number } = {
    delimiter: ',',
    lines: 0,
    fields: 0,
  };
  for (const delimiter of DELIMITERS) {
    // The most frequent non-zero count, and on how many records it occurs.
    const frequency = new Map<number, number>();
    for (const record of records) {
      const n = record[delimiter] ?? 0;
      if (n > 0) frequency.set(n, (frequency.get(n) ?? 0) + 1);
    }
    for (const [fields, lines] of frequency) {
      if (lines > best.lines || (lines === best.lines && fields > best.fields)) {
        best = { delimiter, lines, fields };
      }
    }
  }
  return best.delimiter;
}

/** Excel's way of keeping leading zeros in CSV: ="00123". */
const EXCEL_TEXT = /^="(.*)"$/s;

function textCell(value: string): ImportCell {
  const trimmed = value.trim();
  const unwrapped = EXCEL_TEXT.exec(trimmed)?.[1] ?? trimmed;
  return unwrapped === '' ? null : unwrapped;
}

function readText(bytes: Uint8Array, progress: Progress): Read {
  const { encoding, text } = decodeText(bytes);
  if (looksBinary(text)) {
    throw new ImportReadError(
      'unsupported',
      `This file is not a spreadsheet or a text table. ${SAVE_AS}`,
    );
  }
  const delimiter = detectDelimiter(text);
  const newline = text.includes('\n') ? '\n' : '\r';
  const rows: RawRow[] = [];
  // Line numbers: newlines counted up to where each record starts.
  let scanned = 0;
  let line = 1;
  let start = 0;
  let unclosed = false;
  Papa.parse<string[]>(text, {
    delimiter,
    step(result, parser) {
      if (result.errors.some((e) => e.code === 'MissingQuotes')) unclosed = true;
      for (; scanned < start; scanned++) if (text[scanned] === newline) line++;
      const cells = result.data.map(textCell);
      if (!isBlank(cells)) rows.push({ rowNumber: line, cells });
      if (rows.length > ROW_LIMIT) parser.abort();
      start = result.meta.cursor;
      progress(start / text.length);
    },
  });
  if (rows.length > ROW_LIMIT) throw tooManyRows();
  if (unclosed) {
    throw new ImportReadError(
      'unreadable',
      `A quoted field opened on line ${rows.at(-1)?.rowNumber ?? 1} never closes: a quote mark (") is missing.`,
    );
  }
  return { format: 'csv', encoding, delimiter, sheets: [], sheet: null, rows };
}

// ---------------------------------------------------------------------------------------------
// xlsx

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** exceljs reads a date cell as the UTC instant of its wall-clock value. */
const utcDate = (d: Date): ImportCell =>
  Number.isNaN(d.getTime())
    ? null
    : `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** A cell's value as shown: formulas by their result, rich text and links by their text. */
export function xlsxCell(value: ExcelJS.CellValue | undefined): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    // Excel shows 15 significant digits: 0.1 + 0.2 is 0.3 there.
    return Number.isFinite(value) ? Number(value.toPrecision(15)) : null;
  }
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return utcDate(value);
  if ('richText' in value) return textCell(value.richText.map((r) => r.text).join(''));
  if ('hyperlink' in value) return xlsxCell(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return xlsxCell(value.result);
  if ('error' in value) return value.error;
  return null;
}

async function readXlsx(
  bytes: Uint8Array,
  sheet: string | undefined,
  progress: Progress,
): Promise<Read> {
  progress(0, true);
  // Loaded only for workbooks: it takes a CSV reading worker longer to start than to read.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch {
    throw new ImportReadError(
      'unreadable',
      `This Excel workbook (.xlsx) is damaged and cannot be read. ${SAVE_AS}`,
    );
  }
  const sheets = workbook.worksheets;
  // Excel never saves a workbook without a sheet: another kind of zip (.docx, a package…).
  if (sheets.length === 0) {
    throw new ImportReadError(
      'unsupported',
      `This file is a zip archive but not an Excel workbook (.xlsx). ${SAVE_AS}`,
    );
  }
  const worksheet =
    sheet === undefined
      ? (sheets.find((s) => s.state === 'visible') ?? sheets[0]!)
      : sheets.find((s) => s.name === sheet);
  if (!worksheet) {
    throw new ImportReadError('unreadable', `This workbook has no sheet named “${sheet}”.`);
  }
  progress(XLSX_LOAD_SHARE);
  const rows: RawRow[] = [];
  const total = Math.max(1, worksheet.rowCount);
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.length > ROW_LIMIT) return;
    const cells: ImportCell[] = [];
    const merged: NonNullable<RawRow['merged']> = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const master = cell.master;
      if (master === cell) {
        cells[column - 1] = xlsxCell(cell.value);
      } else if (master.col === cell.col) {
        // A merge spanning rows: its value belongs to each data row it covers.
        merged.push({
          column: column - 1,
          fromRow: Number(master.row),
          value: xlsxCell(master.value),
        });
      }
      // Other merged cells (a title across columns) are empty: the merge shows one value.
    });
    const dense = Array.from(cells, (c) => c ?? null);
    if (!isBlank(dense))
      rows.push({ rowNumber, cells: dense, ...(merged.length ? { merged } : {}) });
    progress(XLSX_LOAD_SHARE + ((1 - XLSX_LOAD_SHARE) * rowNumber) / total);
  });
  if (rows.length > ROW_LIMIT) throw tooManyRows();
  return {
    format: 'xlsx',
    encoding: null,
    delimiter: null,
    sheets: sheets.map((s) => s.name),
    sheet: worksheet.name,
    rows,
  };
}

// ---------------------------------------------------------------------------------------------
// Header and rows

/**
 * Among the first non-blank rows, the first filled nearly as much as the widest one (a one-cell
 * title such as "2026年客户清单" above the header is skipped); the first row when none is.
 */
export function findHeader(rows: readonly { cells: readonly ImportCell[] }[]): number {
  const filled = rows
    .slice(0, HEADER_SCAN_ROWS)
    .map((r) => r.cells.filter((c) => c !== null).length);
  const widest = Math.max(0, ...filled);
  const index = filled.findIndex((n) => n >= 2 && n >= widest * HEADER_FILL_SHARE);
  return Math.max(0, index);
}

/** Names for the header cells: empty ones "Column N", repeated ones "Name (2)", "Name (3)"… */
export function headerNames(cells: readonly ImportCell[], width: number): string[] {
  const names = Array.from({ length: width }, (_, i) => {
    const cell = cells[i];
    const name = cell === null || cell === undefined ? '' : String(cell).trim();
    return name === '' ? unnamedColumn(i) : name;
  });
  const taken = new Set(names);
  const seen = new Set<string>();
  return names.map((name) => {
    if (!seen.has(name)) {
      seen.add(name);
      return name;
    }
    let n = 2;
    while (taken.has(`${name} (${n})`)) n++;
    const renamed = `${name} (${n})`;
    taken.add(renamed);
    return renamed;
  });
}

const lastFilled = (cells: readonly ImportCell[]) => {
  let i = cells.length;
  while (i > 0 && cells[i - 1] === null) i--;
  return i;
};

function shape(read: Read): Omit<ParsedTable, 'fileName'> {
  const { rows: raw, ...file } = read;
  if (raw.length === 0) throw new ImportReadError('empty', 'The file has no rows.');
  const h = findHeader(raw);
  const header = raw[h]!;
  const data = raw.slice(h + 1);
  if (data.length === 0) {
    throw new ImportReadError('empty', 'The file has a header row but no data rows below it.');
  }
  if (data.length > MAX_IMPORT_ROWS) throw tooManyRows();
  const width = data.reduce((w, r) => Math.max(w, lastFilled(r.cells)), lastFilled(header.cells));
  const rows: TableRow[] = data.map((row) => {
    const cells = Array.from({ length: width }, (_, i) => row.cells[i] ?? null);
    for (const m of row.merged ?? []) {
      if (m.fromRow > header.rowNumber && m.column < width) cells[m.column] = m.value;
    }
    return { rowNumber: row.rowNumber, cells };
  });
  return {
    ...file,
    headerRow: header.rowNumber,
    headers: headerNames(header.cells, width),
    rows,
  };
}
