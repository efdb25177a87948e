import { z } from 'zod';
import { LOCALES } from './enums.ts';
import { id } from './schemas.ts';

// Import (issue 14): a file from Excel or a CRM export is read in the main process (off its main
// thread), its columns and values mapped to ours, previewed row by row, then committed as one
// transaction that one "undo import" takes back.

/** The largest file accepted, as bytes (the base64 text sent is a third larger). */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
const MAX_BASE64_CHARS = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;

export const IMPORT_RECORD_TYPES = ['accounts', 'people', 'opportunities', 'activities'] as const;
export type ImportRecordType = (typeof IMPORT_RECORD_TYPES)[number];

/** Where a file comes from: mappings and external ids are kept per source. */
export const IMPORT_SOURCES = [
  'excel',
  'salesforce',
  'hubspot',
  'xiaoshouyi',
  'fxiaoke',
  'other_crm',
] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** How a date such as 3/5/2026 is read: month first (mdy) or day first (dmy); ymd for 2026/3/5. */
export const DATE_ORDERS = ['ymd', 'mdy', 'dmy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

/**
 * The fields a column can be mapped to, per record type. `externalId` is the source's own id;
 * `account` names the account (its name or external id), `reportsTo` the manager (name or
 * external id, resolved once every person of the file is known), `opportunity` a deal of the
 * account, `people` an activity's attendees (names separated by 、 , ; or line breaks).
 */
export const IMPORT_FIELDS = {
  accounts: [
    'externalId',
    'name',
    'industry',
    'region',
    'address',
    'phone',
    'website',
    'owner',
    'grade',
    'funnelStage',
    'revenue',
    'staffSize',
  ],
  people: [
    'externalId',
    'account',
    'name',
    // English CRM exports split a name: joined "First Last" when no name column is mapped.
    'firstName',
    'lastName',
    'title',
    'department',
    'level',
    'reportsTo',
    'phone',
    'email',
    'birthday',
    'notes',
  ],
  opportunities: [
    'externalId',
    'account',
    'name',
    'amount',
    'currency',
    'expectedCloseDate',
    'owner',
    'salesStage',
    'probability',
    'status',
    'statusReason',
    'products',
  ],
  activities: [
    'externalId',
    'account',
    'opportunity',
    'kind',
    'date',
    'people',
    'summary',
    'nextStep',
    'nextDate',
    'owner',
  ],
} as const satisfies Record<ImportRecordType, readonly string[]>;
export type ImportField = (typeof IMPORT_FIELDS)[ImportRecordType][number];
const importField = z.enum([...new Set(Object.values(IMPORT_FIELDS).flat())] as [
  ImportField,
  ...ImportField[],
]);

/** Fields whose values are mapped to our codes (stage names, grades, attitude words…). */
export const ENUM_IMPORT_FIELDS = [
  'grade',
  'funnelStage',
  'level',
  'currency',
  'salesStage',
  'status',
  'kind',
] as const satisfies readonly ImportField[];
export type EnumImportField = (typeof ENUM_IMPORT_FIELDS)[number];

/** A cell as read: text, a number (xlsx numbers) or empty. xlsx dates arrive as YYYY-MM-DD text. */
export const importCell = z.union([z.string(), z.number(), z.null()]);
export type ImportCell = z.infer<typeof importCell>;

/** One column's field (null: not imported), in the file's column order. */
const columnMapping = z.array(importField.nullable()).max(500);
/** Per enumeration field: the file's value → our code (null: refuse rows with this value). */
const valueMaps = z.partialRecord(
  z.enum(ENUM_IMPORT_FIELDS),
  z.record(z.string().max(500), z.string().max(64).nullable()),
);
export type ValueMaps = z.infer<typeof valueMaps>;

const jobId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const fileId = jobId;
const previewId = jobId;

/** A file read and ready to map: its table's shape and its first rows. */
export const importFile = z.object({
  fileId,
  fileName: z.string(),
  format: z.enum(['csv', 'xlsx']),
  /** The text encoding found (utf-8, utf-16le, gb18030…); null for xlsx. */
  encoding: z.string().nullable(),
  /** The separator found (',' ';' '\t'); null for xlsx. */
  delimiter: z.string().nullable(),
  /** xlsx: every sheet's name, and the one read; csv: empty and null. */
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  /** 1-based line (csv) or row (xlsx) of the header; title rows above it are skipped. */
  headerRow: z.number().int().min(1),
  headers: z.array(z.string()),
  /** Data rows below the header, blank rows left out. */
  rowCount: z.number().int().min(0),
  /** The first data rows, as read, for the mapping step. */
  sample: z.array(z.array(importCell)),
});
export type ImportFile = z.infer<typeof importFile>;

export const importJob = z.discriminatedUnion('state', [
  /** progress: 0…1 of the bytes or rows read so far. */
  z.object({ state: z.literal('reading'), progress: z.number().min(0).max(1) }),
  z.object({ state: z.literal('ready'), file: importFile }),
  z.object({ state: z.literal('cancelled') }),
  /** An unreadable, empty, foreign or damaged file: `message` says which, nothing is kept. */
  z.object({
    state: z.literal('failed'),
    code: z.enum(['unreadable', 'empty', 'unsupported', 'too_large', 'too_many_rows']),
    message: z.string(),
  }),
]);
export type ImportJob = z.infer<typeof importJob>;

/** Largest number of data rows a file may hold. */
export const MAX_IMPORT_ROWS = 100_000;

export const IMPORT_ROW_KINDS = ['create', 'update', 'unchanged', 'refused'] as const;
export type ImportRowKind = (typeof IMPORT_ROW_KINDS)[number];

/** A problem of one row: which column and field, and why (an issue code of shared/issues.ts). */
export const importProblem = z.object({
  /** The column's header; null for a problem of the whole row. */
  column: z.string().nullable(),
  field: importField.nullable(),
  code: z.string(),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportProblem = z.infer<typeof importProblem>;

export const importPreviewRow = z.object({
  /** 1-based line (csv) or row (xlsx) in the file, as the user sees it there. */
  rowNumber: z.number().int().min(1),
  kind: z.enum(IMPORT_ROW_KINDS),
  /** The record's name as it will be saved. */
  label: z.string(),
  /** The account it goes to (people, deals, activities). */
  accountName: z.string().nullable(),
  /** The existing record an update or unchanged row matched, and how. */
  match: z
    .object({
      id,
      name: z.string(),
      by: z.enum(['externalId', 'name']),
    })
    .nullable(),
  /** An update's fields that change, as shown (before → after). */
  changes: z.array(z.object({ field: importField, before: z.string(), after: z.string() })),
  problems: z.array(importProblem),
});
export type ImportPreviewRow = z.infer<typeof importPreviewRow>;

export const importCounts = z.object({
  create: z.number().int().min(0),
  update: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  refused: z.number().int().min(0),
});
export type ImportCounts = z.infer<typeof importCounts>;

export const importSettings = z.strictObject({
  fileId,
  recordType: z.enum(IMPORT_RECORD_TYPES),
  source: z.enum(IMPORT_SOURCES),
  columns: columnMapping,
  valueMaps: valueMaps.default({}),
  dateOrder: z.enum(DATE_ORDERS).default('ymd'),
  /** The account of every row when the file has no account column (people, deals, activities). */
  accountId: id.nullable().default(null),
});
export type ImportSettings = z.input<typeof importSettings>;

export const importSummary = z.object({
  id,
  name: z.string(),
  recordType: z.enum(IMPORT_RECORD_TYPES),
  source: z.enum(IMPORT_SOURCES),
  fileName: z.string(),
  at: z.string(),
  created: z.number().int().min(0),
  updated: z.number().int().min(0),
  /** When it was undone; null while its records stand. */
  undoneAt: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof importSummary>;

/** A file made in the main process for the renderer to save (base64). */
export const generatedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  data: z.string(),
});
export type GeneratedFile = z.infer<typeof generatedFile>;

const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
};

/** Reading a file: started, polled for progress, cancelled. The file's bytes stay in the main process. */
export const importFileChannels = {
  'importFiles.read': {
    input: z.strictObject({
      fileName: z.string().trim().min(1).max(255),
      /** The file's bytes, base64. */
      data: z.string().max(MAX_BASE64_CHARS, { error: 'file_too_large' }),
      /** xlsx: the sheet to read; the first one when left out. */
      sheet: z.string().max(100).optional(),
    }),
    output: z.object({ jobId }),
  },
  'importFiles.job': { input: z.strictObject({ jobId }), output: importJob },
  'importFiles.cancel': {
    input: z.strictObject({ jobId }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const;

export const importChannels = {
  /** The mapping last saved for this source and record type, else one suggested from the headers. */
  'imports.mapping': {
    input: z.strictObject({
      fileId,
      recordType: z.enum(IMPORT_RECORD_TYPES),
      source: z.enum(IMPORT_SOURCES),
    }),
    output: z.object({
      columns: columnMapping,
      valueMaps,
      dateOrder: z.enum(DATE_ORDERS),
      /** True when the mapping came from one saved for the source. */
      saved: z.boolean(),
    }),
  },
  /** The distinct values of each mapped enumeration column, with counts and a suggested code. */
  'imports.values': {
    input: z.strictObject({
      fileId,
      recordType: z.enum(IMPORT_RECORD_TYPES),
      columns: columnMapping,
    }),
    output: z.array(
      z.object({
        field: z.enum(ENUM_IMPORT_FIELDS),
        /** Our codes this field accepts (a deal's stages: the default stage set's keys). */
        options: z.array(z.string()),
        values: z.array(
          z.object({
            value: z.string(),
            count: z.number().int(),
            suggestion: z.string().nullable(),
          }),
        ),
      }),
    ),
  },
  /** Checks every row against the workspace; nothing is written. The mapping is saved for the source. */
  'imports.preview': {
    input: importSettings,
    output: z.object({ previewId, counts: importCounts }),
  },
  'imports.previewRows': {
    input: z.strictObject({ previewId, kind: z.enum(IMPORT_ROW_KINDS), ...page }),
    output: z.object({ total: z.number().int().min(0), rows: z.array(importPreviewRow) }),
  },
  /**
   * Writes every accepted row of the preview in one transaction, after a backup (`beforeImport`);
   * refused rows are left out. A preview whose workspace changed since is refused (`conflict`).
   */
  'imports.commit': {
    input: z.strictObject({ previewId, name: z.string().trim().min(1).max(200) }),
    output: importSummary,
  },
  /** The refused rows as a file like the one imported, with a "reason" column added. */
  'imports.refusedFile': {
    input: z.strictObject({
      previewId,
      format: z.enum(['csv', 'xlsx']),
      /** The language of the reasons; the workspace's when left out. */
      locale: z.enum(LOCALES).optional(),
    }),
    output: generatedFile,
  },
  /** Imports, newest first. */
  'imports.list': {
    input: z.strictObject(page),
    output: z.object({ total: z.number().int().min(0), items: z.array(importSummary) }),
  },
  /**
   * Takes an import back as a whole: its new records removed, its updates reverted. Refused
   * (`conflict`) when any of its records changed after it.
   */
  'imports.undo': { input: z.strictObject({ id }), output: importSummary },
} as const;
