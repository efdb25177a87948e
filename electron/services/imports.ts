import type { z } from 'zod';
import { activityCreate, activityUpdate, ACTIVITY_KINDS } from '../../shared/activities.ts';
import type { ChannelArgs, ChannelOutput } from '../../shared/channels.ts';
import {
  CURRENCIES,
  FUNNEL_STAGES,
  GRADES,
  LEVELS,
  OPPORTUNITY_STATUSES,
  type Locale,
} from '../../shared/enums.ts';
import { AppError } from '../../shared/errors.ts';
import {
  ENUM_IMPORT_FIELDS,
  IMPORT_FIELDS,
  type EnumImportField,
  type ImportCell,
  type ImportCounts,
  type ImportField,
  type ImportPreviewRow,
  type ImportProblem,
  type ImportRecordType,
  type ImportRowKind,
  type ImportSummary,
} from '../../shared/imports.ts';
import { formatIssueMessage, fromZodIssues, type IssueCode } from '../../shared/issues.ts';
import type { StageDef, StageSet } from '../../shared/pipeline.ts';
import {
  accountCreate,
  accountUpdate,
  opportunityCreate,
  opportunityUpdate,
  personCreate,
  personUpdate,
  reasonIssue,
  type Account,
  type Person,
} from '../../shared/schemas.ts';
import type { BackupReason } from '../../shared/workspace.ts';
import { reasonHeader, reasonLine, reasonSeparator, reasonText } from '../import/reasons.ts';
import { refusedFile } from '../import/refusedFile.ts';
import { normalise, suggestColumns, suggestValue } from '../import/suggest.ts';
import type { ImportTables, ParsedTable, TableRow } from '../import/table.ts';
import { readDate, readNumber } from '../import/values.ts';
import type { ImportEntity } from '../store/repositories/imports.ts';
import { touch } from '../touched.ts';
import type { HandlersOf } from '../handlers.ts';
import type { AccountsService } from './accounts.ts';
import type { ActivitiesService } from './activities.ts';
import { notFound, sameValue, writeTransaction, type ServiceContext } from './common.ts';
import type { OpportunitiesService } from './opportunities.ts';
import type { PeopleService } from './people.ts';

export type ImportsOptions = {
  /** The files read in this session (importFiles.*), by fileId. */
  tables: ImportTables;
  /** Runs before a commit writes anything, e.g. a backup; a throw stops the commit. */
  beforeRisky?: (reason: BackupReason) => void | Promise<void>;
  /** The services whose rules every row passes and that write records with their history. */
  writers: {
    accounts: AccountsService;
    people: PeopleService;
    opportunities: OpportunitiesService;
    activities: ActivitiesService;
  };
  /** The workspace's language, for the file of refused rows. */
  locale: () => Locale;
};

const ENTITY: Record<ImportRecordType, ImportEntity> = {
  accounts: 'account',
  people: 'person',
  opportunities: 'opportunity',
  activities: 'activity',
};

/** Previews kept at once (each holds a file's rows); the oldest is dropped first. */
const KEPT_PREVIEWS = 3;
/** Distinct values of one enumeration column offered for mapping. */
const MAX_DISTINCT_VALUES = 500;

const DATE_FIELDS = new Set<ImportField>(['birthday', 'expectedCloseDate', 'date', 'nextDate']);
const NUMBER_FIELDS = new Set<ImportField>(['amount', 'revenue', 'staffSize', 'probability']);
const ENUM_FIELDS = new Set<ImportField>(ENUM_IMPORT_FIELDS);

/** The record property a field fills, where its name differs. */
const PROPERTY: Partial<Record<ImportField, string>> = {
  account: 'accountId',
  opportunity: 'opportunityId',
  people: 'personIds',
  reportsTo: 'managerId',
};
const FIELD_OF_PROPERTY = new Map(
  Object.entries(PROPERTY).map(([field, property]) => [property, field as ImportField]),
);
/** Fields that find a record rather than fill one. */
const REFERENCE_FIELDS = new Set<ImportField>([
  'externalId',
  'account',
  'opportunity',
  'people',
  'reportsTo',
  'firstName',
  'lastName',
]);

/** Names compared across spelling variants: width, case, spaces; 有限责任公司 is 有限公司. */
function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[()（）]/g, '')
    .replace(/有限责任公司$/, '有限公司');
}

/** A record found in the workspace, as the preview keeps it. */
const asRecord = (record: object | undefined) => record as PlannedRow['existing'];

/** A cell's text as written (trimmed): stored text keeps the user's characters. */
const rawText = (cell: ImportCell | undefined): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : cell.trim();

/** A value as the preview shows it in "before → after". */
function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(shown).join('、');
  return String(value);
}

type Versioned = { id: string; version: number; name?: string };

/** One row as the preview decided it, with what the commit does for it. */
type PlannedRow = {
  row: TableRow;
  kind: ImportRowKind;
  label: string;
  accountId: string | null;
  accountName: string | null;
  match: ImportPreviewRow['match'];
  existing: (Versioned & Record<string, unknown>) | undefined;
  externalId: string | null;
  /** For a new record: the validated create input. */
  create: Record<string, unknown> | null;
  /** For an update: the changed properties. */
  patch: Record<string, unknown>;
  changes: ImportPreviewRow['changes'];
  problems: ImportProblem[];
  /** people: the manager given, and once resolved the record (existing id or row key) it is. */
  reportsTo: { text: string; column: string } | null;
  managerKey: string | null | undefined;
  /** people: the person's key for manager resolution (existing id, or "row:N"). */
  key: string;
};

type StoredPreview = {
  id: string;
  settings: ChannelArgs<'imports.preview'>;
  fileName: string;
  headers: string[];
  /** The newest history entry when previewed: any write since makes the preview stale. */
  fingerprint: number;
  rows: PlannedRow[];
};

export type ImportsService = ReturnType<typeof createImportsService>;

export function createImportsService(
  { db, now, repos, writer }: ServiceContext,
  { tables, beforeRisky, writers, locale }: ImportsOptions,
) {
  const { accounts, people, opportunities, activities, imports, stageSets, changes } = repos;
  const previews = new Map<string, StoredPreview>();

  function tableOf(fileId: string): ParsedTable {
    const table = tables.table(fileId);
    if (!table) {
      throw new AppError('not_found', 'That file is no longer open; read it again.');
    }
    return table;
  }

  function defaultStages(): StageSet {
    const set = stageSets.getDefault();
    if (!set) throw new AppError('internal', 'No default stage set');
    return set;
  }

  function options(field: EnumImportField, stages: readonly StageDef[]): string[] {
    switch (field) {
      case 'grade':
        return [...GRADES];
      case 'funnelStage':
        return [...FUNNEL_STAGES];
      case 'level':
        return [...LEVELS];
      case 'currency':
        return [...CURRENCIES];
      case 'salesStage':
        return stages.map((s) => s.key);
      case 'status':
        return [...OPPORTUNITY_STATUSES];
      case 'kind':
        return [...ACTIVITY_KINDS];
    }
  }

  /** The mapping's columns refused when a field is foreign to the record type or mapped twice. */
  function checkColumns(
    recordType: ImportRecordType,
    columns: readonly (ImportField | null)[],
    headers: readonly string[],
  ): void {
    if (columns.length !== headers.length) {
      throw new AppError(
        'invalid_input',
        `The mapping has ${columns.length} columns; the file has ${headers.length}.`,
      );
    }
    const allowed = new Set<string>(IMPORT_FIELDS[recordType]);
    const seen = new Set<ImportField>();
    for (const field of columns) {
      if (field === null) continue;
      if (!allowed.has(field)) {
        throw new AppError('invalid_input', `${recordType} have no field ${field}.`);
      }
      if (seen.has(field)) {
        throw new AppError('invalid_input', `Two columns are mapped to ${field}.`);
      }
      seen.add(field);
    }
  }

  function mapping({ fileId, recordType, source }: ChannelArgs<'imports.mapping'>) {
    const table = tableOf(fileId);
    const saved = imports.mapping(source, recordType);
    if (saved) {
      // Saved per header name, so a file whose columns moved still fits; every saved column must be there.
      const byHeader = new Map(saved.columns.map((c) => [normalise(c.header), c.field]));
      const present = new Set(table.headers.map(normalise));
      const fits = saved.columns.every((c) => c.field === null || present.has(normalise(c.header)));
      if (fits) {
        const columns = table.headers.map((h) => byHeader.get(normalise(h)) ?? null);
        return { columns, valueMaps: saved.valueMaps, dateOrder: saved.dateOrder, saved: true };
      }
    }
    return {
      columns: suggestColumns(recordType, table.headers),
      valueMaps: {},
      dateOrder: 'ymd' as const,
      saved: false,
    };
  }

  function values({
    fileId,
    recordType,
    columns,
  }: ChannelArgs<'imports.values'>): ChannelOutput<'imports.values'> {
    const table = tableOf(fileId);
    checkColumns(recordType, columns, table.headers);
    const stages = defaultStages().stages;
    const out: ChannelOutput<'imports.values'> = [];
    columns.forEach((field, index) => {
      if (field === null || !ENUM_FIELDS.has(field)) return;
      const counts = new Map<string, number>();
      for (const row of table.rows) {
        const text = rawText(row.cells[index]);
        if (text !== '') counts.set(text, (counts.get(text) ?? 0) + 1);
      }
      const enumField = field as EnumImportField;
      out.push({
        field: enumField,
        options: options(enumField, stages),
        values: [...counts]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, MAX_DISTINCT_VALUES)
          .map(([value, count]) => ({
            value,
            count,
            suggestion: suggestValue(enumField, value, stages),
          })),
      });
    });
    return out;
  }

  // ---------- preview ----------

  function problem(
    column: string | null,
    field: ImportField | null,
    code: IssueCode,
    params?: Record<string, string | number>,
  ): ImportProblem {
    return {
      column,
      field,
      code,
      message: formatIssueMessage(code, params),
      ...(params ? { params } : {}),
    };
  }

  function preview(settings: ChannelArgs<'imports.preview'>): ChannelOutput<'imports.preview'> {
    const { fileId, recordType, source, columns, valueMaps, dateOrder, accountId } = settings;
    const table = tableOf(fileId);
    checkColumns(recordType, columns, table.headers);
    const fixedAccount = accountId === null ? null : accounts.get(accountId);
    if (accountId !== null && !fixedAccount) throw notFound('Account');
    const fingerprint = imports.newestChange();
    const set = defaultStages();
    const stageKeys = new Set(set.stages.map((s) => s.key));
    const entity = ENTITY[recordType];

    // What the workspace holds, looked up once.
    const allAccounts = accounts.list(true);
    const activeAccountByKey = new Map<string, Account>();
    for (const a of allAccounts) if (!a.archived) activeAccountByKey.set(nameKey(a.name), a);
    const accountRefs = imports.refs(source, 'account');
    const ownRefs = imports.refs(source, entity);
    const personRefs = entity === 'person' ? ownRefs : imports.refs(source, 'person');
    const dealRefs = entity === 'opportunity' ? ownRefs : imports.refs(source, 'opportunity');
    const peopleCache = new Map<string, Person[]>();
    const peopleOf = (id: string) => {
      let list = peopleCache.get(id);
      if (!list) peopleCache.set(id, (list = people.list(id, true)));
      return list;
    };
    const dealsCache = new Map<string, ReturnType<typeof opportunities.list>>();
    const dealsOf = (id: string) => {
      let list = dealsCache.get(id);
      if (!list) dealsCache.set(id, (list = opportunities.list(id)));
      return list;
    };
    // Records by name key, indexed once per list (a 20,000-row file must not scan per row).
    const nameIndexes = new WeakMap<object, Map<string, { name: string; archived?: boolean }[]>>();
    const byName = <T extends { name: string; archived?: boolean }>(
      list: readonly T[],
      name: string,
    ): T | undefined => {
      let index = nameIndexes.get(list) as Map<string, T[]> | undefined;
      if (!index) {
        index = new Map();
        for (const record of list) {
          const key = nameKey(record.name);
          index.set(key, [...(index.get(key) ?? []), record]);
        }
        nameIndexes.set(list, index);
      }
      const found = index.get(nameKey(name)) ?? [];
      return found.find((r) => !r.archived) ?? found[0];
    };

    const headerOf = (field: ImportField): string | null => {
      const index = columns.indexOf(field);
      return index < 0 ? null : (table.headers[index] ?? null);
    };
    const cellOf = (row: TableRow, field: ImportField): ImportCell | undefined => {
      const index = columns.indexOf(field);
      return index < 0 ? undefined : (row.cells[index] ?? null);
    };

    const seenKeys = new Map<string, number>();
    const planned: PlannedRow[] = table.rows.map((row) => {
      const problems: ImportProblem[] = [];
      const fields: Record<string, unknown> = {};
      const text = (field: ImportField) => rawText(cellOf(row, field));

      // Cells into typed values; references are resolved below.
      for (const field of columns) {
        if (field === null || REFERENCE_FIELDS.has(field)) continue;
        const cell = cellOf(row, field) ?? null;
        const column = headerOf(field);
        const value = rawText(cell);
        if (value === '') continue;
        if (DATE_FIELDS.has(field)) {
          const read = readDate(cell, dateOrder);
          if (read.ok) fields[field] = read.value;
          else problems.push(problem(column, field, read.code, { value }));
        } else if (NUMBER_FIELDS.has(field)) {
          const read = readNumber(cell);
          if (!read.ok || read.value === null) {
            problems.push(problem(column, field, 'not_a_number', { value }));
          } else if (field === 'probability') {
            const { value: n, percent } = read.value;
            // 0.3 from a CRM that exports fractions is 30 %; "30" and "30%" are 30 %.
            fields[field] = Math.round(!percent && n > 0 && n < 1 ? n * 100 : n);
          } else {
            fields[field] = read.value.value;
          }
        } else if (ENUM_FIELDS.has(field)) {
          const enumField = field as EnumImportField;
          const mapped = valueMaps[enumField];
          const code =
            mapped && Object.hasOwn(mapped, value)
              ? mapped[value]
              : suggestValue(enumField, value, set.stages);
          if (
            code === null ||
            code === undefined ||
            !options(enumField, set.stages).includes(code)
          ) {
            problems.push(problem(column, field, 'unknown_value', { value }));
          } else fields[field] = code;
        } else {
          fields[field] = value;
        }
      }
      if (recordType === 'people' && fields.name === undefined) {
        const joined = [text('firstName'), text('lastName')].filter(Boolean).join(' ');
        if (joined !== '') fields.name = joined;
      }

      // The account of a person, deal or activity: its column (external id or name), else the one chosen.
      let account: Account | undefined;
      if (recordType !== 'accounts') {
        const given = text('account');
        if (given !== '') {
          const byRef = accountRefs.get(given);
          account =
            (byRef === undefined ? undefined : accounts.get(byRef)) ??
            activeAccountByKey.get(nameKey(given));
          if (!account)
            problems.push(
              problem(headerOf('account'), 'account', 'account_unknown', { value: given }),
            );
        } else if (fixedAccount) {
          account = fixedAccount;
        } else {
          problems.push(problem(null, 'account', 'account_missing'));
        }
        if (account?.archived) {
          problems.push(problem(headerOf('account'), 'account', 'account_archived'));
        }
      }

      // The record it matches: by the source's id, else by name (within the account).
      const externalId = text('externalId') || null;
      let existing: PlannedRow['existing'];
      let by: 'externalId' | 'name' | null = null;
      if (externalId !== null) {
        const id = ownRefs.get(externalId);
        const found = id === undefined ? undefined : getRecord(entity, id);
        if (found) {
          existing = found;
          by = 'externalId';
          if (account && found.accountId !== account.id) {
            problems.push(
              problem(headerOf('externalId'), 'externalId', 'external_id_other_account'),
            );
          }
        }
      }
      const name = typeof fields.name === 'string' ? fields.name : '';
      if (!existing && name !== '') {
        if (recordType === 'accounts') existing = asRecord(activeAccountByKey.get(nameKey(name)));
        else if (recordType === 'people' && account)
          existing = asRecord(byName(peopleOf(account.id), name));
        else if (recordType === 'opportunities' && account)
          existing = asRecord(byName(dealsOf(account.id), name));
        if (existing) by = 'name';
      }
      if (recordType === 'accounts' && existing?.archived === true) {
        problems.push(problem(headerOf('externalId'), 'externalId', 'account_archived'));
      }

      // The same record twice in the file: the later row is refused.
      const matchKey =
        existing?.id ??
        (externalId !== null
          ? `x:${externalId}`
          : recordType === 'activities'
            ? null
            : `n:${account?.id ?? ''}:${nameKey(name)}`);
      if (matchKey !== null && name + (externalId ?? '') !== '') {
        const first = seenKeys.get(matchKey);
        if (first !== undefined)
          problems.push(problem(null, null, 'duplicate_in_file', { row: first }));
        else seenKeys.set(matchKey, row.rowNumber);
      }

      // Activities: the deal and the people named, within the account.
      if (recordType === 'activities' && account) {
        const dealText = text('opportunity');
        if (dealText !== '') {
          const byRef = dealRefs.get(dealText);
          const deal =
            (byRef ? dealsOf(account.id).find((d) => d.id === byRef) : undefined) ??
            byName(dealsOf(account.id), dealText);
          if (deal) fields.opportunityId = deal.id;
          else
            problems.push(
              problem(headerOf('opportunity'), 'opportunity', 'opportunity_unknown', {
                value: dealText,
              }),
            );
        }
        const names = text('people')
          .split(/[、,，;；\n]+/)
          .map((n) => n.trim())
          .filter(Boolean);
        if (names.length > 0) {
          const ids: string[] = [];
          for (const n of names) {
            const byRef = personRefs.get(n);
            const person =
              (byRef ? peopleOf(account.id).find((p) => p.id === byRef) : undefined) ??
              byName(peopleOf(account.id), n);
            if (person) {
              if (!ids.includes(person.id)) ids.push(person.id);
            } else
              problems.push(
                problem(headerOf('people'), 'people', 'attendee_unknown', { value: n }),
              );
          }
          fields.personIds = ids;
        }
      }

      const reportsToText = recordType === 'people' ? text('reportsTo') : '';
      const plannedRow: PlannedRow = {
        row,
        kind: 'refused',
        label:
          recordType === 'activities'
            ? [shown(fields.date), shown(fields.summary)].filter(Boolean).join(' ')
            : name || shown(existing?.name),
        accountId: account?.id ?? null,
        accountName: account?.name ?? null,
        match:
          existing && by
            ? { id: existing.id, name: shown(existing.name) || existing.id, by }
            : null,
        existing,
        externalId,
        create: null,
        patch: {},
        changes: [],
        problems,
        reportsTo:
          reportsToText === ''
            ? null
            : { text: reportsToText, column: headerOf('reportsTo') ?? '' },
        managerKey: undefined,
        key: existing?.id ?? `row:${row.rowNumber}`,
      };
      if (problems.length === 0) {
        checkRecord(plannedRow, recordType, fields, account, stageKeys, headerOf);
      }
      return plannedRow;
    });

    if (recordType === 'people') resolveManagers(planned, source, peopleOf);
    for (const row of planned) {
      if (row.problems.length > 0) row.kind = 'refused';
      else if (!row.existing) row.kind = 'create';
      else row.kind = row.changes.length > 0 ? 'update' : 'unchanged';
    }

    // The mapping is remembered for the next file from this source, whatever the rows hold.
    writeTransaction(db, () =>
      imports.putMapping(
        source,
        recordType,
        {
          columns: table.headers.map((header, i) => ({ header, field: columns[i] ?? null })),
          valueMaps,
          dateOrder,
        },
        now().toISOString(),
      ),
    );
    touch('import');

    const id = crypto.randomUUID();
    previews.set(id, {
      id,
      settings,
      fileName: table.fileName,
      headers: table.headers,
      fingerprint,
      rows: planned,
    });
    for (const old of previews.keys()) {
      if (previews.size <= KEPT_PREVIEWS) break;
      previews.delete(old);
    }
    return { previewId: id, counts: countsOf(planned) };
  }

  function getRecord(entity: ImportEntity, id: string): PlannedRow['existing'] {
    const record =
      entity === 'account'
        ? accounts.get(id)
        : entity === 'person'
          ? people.get(id)
          : entity === 'opportunity'
            ? opportunities.get(id)
            : activities.get(id);
    return record as PlannedRow['existing'];
  }

  /**
   * The row's record checked by the contract's own schemas (the forms' rules) and the rules the
   * services add (stage of the set, reason of a lost deal, unique account names); a new record
   * keeps its create input, an update its changed properties and their before → after.
   */
  function checkRecord(
    planned: PlannedRow,
    recordType: ImportRecordType,
    fields: Record<string, unknown>,
    account: Account | undefined,
    stageKeys: ReadonlySet<string>,
    headerOf: (field: ImportField) => string | null,
  ): void {
    const props: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(fields)) {
      if (field === 'firstName' || field === 'lastName') continue;
      props[PROPERTY[field as ImportField] ?? field] = value;
    }
    const addZodIssues = (issues: readonly z.core.$ZodIssue[]) => {
      for (const issue of fromZodIssues(issues)) {
        const property = String(issue.path[0] ?? '');
        const field = (FIELD_OF_PROPERTY.get(property) ?? property) as ImportField;
        const known = (IMPORT_FIELDS[recordType] as readonly string[]).includes(field);
        planned.problems.push(
          problem(known ? headerOf(field) : null, known ? field : null, issue.code, issue.params),
        );
      }
    };
    const existing = planned.existing;
    if (!existing) {
      const withAccount = recordType === 'accounts' ? props : { ...props, accountId: account?.id };
      const schema = {
        accounts: accountCreate,
        people: personCreate,
        opportunities: opportunityCreate,
        activities: activityCreate,
      }[recordType] as z.ZodType<Record<string, unknown>>;
      const parsed = schema.safeParse(withAccount);
      if (!parsed.success) return addZodIssues(parsed.error.issues);
      if (recordType === 'opportunities') {
        const stage = parsed.data.salesStage as string | undefined;
        if (stage !== undefined && !stageKeys.has(stage)) {
          planned.problems.push(problem(headerOf('salesStage'), 'salesStage', 'stage_not_in_set'));
          return;
        }
      }
      planned.create = parsed.data;
      return;
    }
    // An update changes the fields given (an empty cell leaves the field as it is).
    delete props.accountId;
    for (const [property, value] of Object.entries(props)) {
      if (sameValue(existing[property], value)) continue;
      planned.patch[property] = value;
      const field = FIELD_OF_PROPERTY.get(property) ?? (property as ImportField);
      planned.changes.push({
        field,
        before: property === 'personIds' ? namesOf(existing[property]) : shown(existing[property]),
        after: property === 'personIds' ? namesOf(value) : shown(value),
      });
    }
    const schema = {
      accounts: accountUpdate,
      people: personUpdate,
      opportunities: opportunityUpdate,
      activities: activityUpdate,
    }[recordType] as z.ZodType<Record<string, unknown>>;
    const parsed = schema.safeParse({
      ...planned.patch,
      id: existing.id,
      version: existing.version,
    });
    if (!parsed.success) return addZodIssues(parsed.error.issues);
    const merged = { ...existing, ...planned.patch };
    if (recordType === 'opportunities') {
      const set = stageSets.get(String(existing.stageSetId));
      if (
        planned.patch.salesStage !== undefined &&
        !set?.stages.some((s) => s.key === merged.salesStage)
      ) {
        planned.problems.push(problem(headerOf('salesStage'), 'salesStage', 'stage_not_in_set'));
      }
      if (reasonIssue(merged as never)) {
        planned.problems.push(problem(headerOf('statusReason'), 'statusReason', 'reason_required'));
      }
    }
    if (
      recordType === 'activities' &&
      merged.nextDate !== null &&
      String(merged.nextDate) < String(merged.date)
    ) {
      planned.problems.push(problem(headerOf('nextDate'), 'nextDate', 'next_date_before_date'));
    }
    if (
      recordType === 'accounts' &&
      planned.patch.name !== undefined &&
      accounts.nameTaken(String(planned.patch.name), existing.id)
    ) {
      planned.problems.push(problem(headerOf('name'), 'name', 'duplicate_name'));
    }
  }

  function namesOf(ids: unknown): string {
    if (!Array.isArray(ids)) return '';
    return ids.map((id) => people.get(String(id))?.name ?? String(id)).join('、');
  }

  /**
   * Reporting lines, once every person of the file is known: the manager named (by the source's
   * id or by name, within the account) among the file's rows and the account's people. Loops
   * through the file are refused for every row on them, and a row whose manager is a refused new
   * person is refused too.
   */
  function resolveManagers(
    rows: PlannedRow[],
    source: ChannelArgs<'imports.preview'>['source'],
    peopleOf: (accountId: string) => Person[],
  ): void {
    const personRefs = imports.refs(source, 'person');
    const accepted = () => rows.filter((r) => r.problems.length === 0);
    // Candidates per account: the file's rows (their final name) and the account's people.
    type Candidate = {
      key: string;
      name: string;
      externalId: string | null;
      row: PlannedRow | null;
    };
    type Index = { byExternalId: Map<string, Candidate[]>; byName: Map<string, Candidate[]> };
    const indexes = new Map<string, Index>();
    const add = (map: Map<string, Candidate[]>, key: string, c: Candidate) => {
      const list = map.get(key);
      if (list) list.push(c);
      else map.set(key, [c]);
    };
    const indexOf = (accountId: string): Index => {
      let index = indexes.get(accountId);
      if (index) return index;
      index = { byExternalId: new Map(), byName: new Map() };
      // A row refused as a repeat of another stands for no one of its own.
      const fileRows = rows.filter(
        (r) => r.accountId === accountId && !r.problems.some((p) => p.code === 'duplicate_in_file'),
      );
      const fileKeys = new Set(fileRows.map((r) => r.key));
      for (const r of fileRows) {
        const name = String(r.create?.name ?? r.patch.name ?? r.existing?.name ?? r.label);
        const c = { key: r.key, name, externalId: r.externalId, row: r };
        if (r.externalId !== null) add(index.byExternalId, r.externalId, c);
        add(index.byName, nameKey(name), c);
      }
      for (const p of peopleOf(accountId)) {
        if (!fileKeys.has(p.id)) {
          add(index.byName, nameKey(p.name), {
            key: p.id,
            name: p.name,
            externalId: null,
            row: null,
          });
        }
      }
      indexes.set(accountId, index);
      return index;
    };

    for (const row of accepted()) {
      if (!row.reportsTo || row.accountId === null) continue;
      const { text, column } = row.reportsTo;
      const index = indexOf(row.accountId);
      // The source's id: a row of the file, or a person an earlier import of this source wrote.
      const refId = personRefs.get(text);
      const refPerson = refId === undefined ? undefined : people.get(refId);
      let found = index.byExternalId.get(text) ?? [];
      if (found.length === 0 && refPerson?.accountId === row.accountId) {
        found = [
          (index.byName.get(nameKey(refPerson.name)) ?? []).find((c) => c.key === refPerson.id) ?? {
            key: refPerson.id,
            name: refPerson.name,
            externalId: text,
            row: null,
          },
        ];
      }
      if (found.length === 0) found = index.byName.get(nameKey(text)) ?? [];
      const keys = [...new Set(found.map((c) => c.key))];
      if (keys.length === 0)
        row.problems.push(problem(column, 'reportsTo', 'reports_to_not_found', { value: text }));
      else if (keys.length > 1)
        row.problems.push(problem(column, 'reportsTo', 'reports_to_ambiguous', { value: text }));
      else if (keys[0] === row.key) row.problems.push(problem(column, 'reportsTo', 'manager_self'));
      else if (row.existing?.external === true)
        row.problems.push(problem(column, 'reportsTo', 'manager_external'));
      else {
        const manager = found[0]!;
        const external = manager.row
          ? manager.row.existing?.external
          : people.get(manager.key)?.external;
        if (external === true) row.problems.push(problem(column, 'reportsTo', 'manager_external'));
        else row.managerKey = manager.key;
      }
    }

    const byKey = new Map(rows.map((r) => [r.key, r]));
    // Repeat until nothing more is refused: a refusal can leave another row's manager missing.
    for (let changed = true; changed;) {
      changed = false;
      for (const row of accepted()) {
        if (row.managerKey === undefined || row.managerKey === null) continue;
        const target = byKey.get(row.managerKey);
        if (target && !target.existing && target.problems.length > 0) {
          row.problems.push(
            problem(row.reportsTo!.column, 'reportsTo', 'reports_to_refused', {
              value: row.reportsTo!.text,
            }),
          );
          changed = true;
        }
      }
      // The reporting lines once written: the accepted rows' managers over the workspace's.
      const managerOf = (key: string): string | null => {
        const r = byKey.get(key);
        if (r && r.problems.length === 0 && r.managerKey !== undefined) return r.managerKey;
        return people.get(key)?.managerId ?? null;
      };
      // Walks up from each row; a walk reaching the top marks its people safe, so a long chain is
      // walked once, not once per person on it.
      const safe = new Set<string>();
      for (const row of accepted()) {
        if (!row.managerKey || safe.has(row.key)) continue;
        const path = [row.key];
        const onPath = new Set(path);
        let at: string | null = row.managerKey;
        while (at !== null && !onPath.has(at) && !safe.has(at)) {
          path.push(at);
          onPath.add(at);
          at = managerOf(at);
        }
        if (at === null || safe.has(at)) {
          for (const key of path) safe.add(key);
          continue;
        }
        // A loop: every row on it is refused (a row only leading into it is judged again next round).
        for (const key of path.slice(path.indexOf(at))) {
          const member = byKey.get(key);
          if (member && member.problems.length === 0) {
            member.problems.push(
              problem(member.reportsTo?.column ?? null, 'reportsTo', 'manager_cycle'),
            );
          }
        }
        changed = true;
      }
    }

    // What an update shows for its manager; a row whose manager stays the same changes nothing.
    for (const row of accepted()) {
      if (row.managerKey === undefined || row.managerKey === null) continue;
      const before = row.existing ? ((row.existing.managerId as string | null) ?? null) : null;
      if (row.existing && before === row.managerKey) {
        row.managerKey = undefined;
        continue;
      }
      if (row.existing) {
        const nameOf = (key: string | null) =>
          key === null ? '' : (byKey.get(key)?.label ?? people.get(key)?.name ?? '');
        row.changes.push({
          field: 'reportsTo',
          before: nameOf(before),
          after: nameOf(row.managerKey),
        });
      }
    }
  }

  function countsOf(rows: readonly PlannedRow[]): ImportCounts {
    const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, refused: 0 };
    for (const row of rows) counts[row.kind] += 1;
    return counts;
  }

  function storedPreview(previewId: string): StoredPreview {
    const stored = previews.get(previewId);
    if (!stored) {
      throw new AppError('not_found', 'That preview is no longer kept; preview the file again.');
    }
    return stored;
  }

  function previewRows({
    previewId,
    kind,
    offset,
    limit,
  }: ChannelArgs<'imports.previewRows'>): ChannelOutput<'imports.previewRows'> {
    const rows = storedPreview(previewId).rows.filter((r) => r.kind === kind);
    return {
      total: rows.length,
      rows: rows.slice(offset, offset + limit).map((r) => ({
        rowNumber: r.row.rowNumber,
        kind: r.kind,
        label: r.label,
        accountName: r.accountName,
        match: r.match,
        changes: r.changes,
        problems: r.problems,
      })),
    };
  }

  // ---------- commit ----------

  function checkFresh(stored: StoredPreview): void {
    if (imports.newestChange() !== stored.fingerprint) {
      throw new AppError(
        'conflict',
        'The workspace changed since this preview; preview the file again before importing.',
      );
    }
  }

  async function commit({
    previewId,
    name,
  }: ChannelArgs<'imports.commit'>): Promise<ImportSummary> {
    const stored = storedPreview(previewId);
    checkFresh(stored);
    const accepted = stored.rows.filter(
      (r) => r.kind === 'create' || r.kind === 'update' || r.kind === 'unchanged',
    );
    if (!accepted.some((r) => r.kind !== 'unchanged')) {
      throw new AppError('invalid_input', 'Nothing to import: every row is refused or unchanged.');
    }
    await beforeRisky?.('beforeImport');
    const summary = writeTransaction(db, () => {
      // Checked again inside the write lock: nothing may have slipped in during the backup.
      checkFresh(stored);
      const { recordType, source } = stored.settings;
      const entity = ENTITY[recordType];
      const at = now().toISOString();
      const importId = crypto.randomUUID();
      const idOfKey = new Map<string, string>();
      let created = 0;
      let updated = 0;
      changes.taggedWith(importId, () => {
        for (const row of accepted) {
          if (row.kind === 'create') {
            const record = createRecord(recordType, row.create!);
            idOfKey.set(row.key, record.id);
            created += 1;
          } else {
            idOfKey.set(row.key, row.existing!.id);
            if (row.kind === 'update') {
              if (Object.keys(row.patch).length > 0)
                updateRecord(recordType, row.existing!.id, row.patch);
              updated += 1;
            }
          }
          if (row.externalId !== null)
            imports.putRef(source, entity, row.externalId, idOfKey.get(row.key)!);
        }
        // Managers once every person exists; the preview checked the lines as a whole.
        for (const row of accepted) {
          if (row.managerKey === undefined) continue;
          const current = people.get(idOfKey.get(row.key)!)!;
          const managerId =
            row.managerKey === null ? null : (idOfKey.get(row.managerKey) ?? row.managerKey);
          writer.update('person', people, current, { ...current, managerId });
        }
      });
      const summary: ImportSummary = {
        id: importId,
        name,
        recordType,
        source,
        fileName: stored.fileName,
        at,
        created,
        updated,
        undoneAt: null,
      };
      imports.insert(summary);
      return summary;
    });
    touch('import');
    previews.delete(previewId);
    return summary;
  }

  function createRecord(
    recordType: ImportRecordType,
    input: Record<string, unknown>,
  ): { id: string } {
    switch (recordType) {
      case 'accounts':
        return writers.accounts.create(input as ChannelArgs<'accounts.create'>);
      case 'people':
        return writers.people.create(input as ChannelArgs<'people.create'>);
      case 'opportunities':
        return writers.opportunities.create(input as ChannelArgs<'opportunities.create'>);
      case 'activities':
        return writers.activities.create(input as ChannelArgs<'activities.create'>);
    }
  }

  function updateRecord(
    recordType: ImportRecordType,
    id: string,
    patch: Record<string, unknown>,
  ): void {
    const version = getRecord(ENTITY[recordType], id)!.version;
    const input = { ...patch, id, version };
    switch (recordType) {
      case 'accounts':
        writers.accounts.update(input as ChannelArgs<'accounts.update'>);
        return;
      case 'people':
        writers.people.update(input as ChannelArgs<'people.update'>);
        return;
      case 'opportunities':
        writers.opportunities.update(input as ChannelArgs<'opportunities.update'>);
        return;
      case 'activities':
        writers.activities.update(input as ChannelArgs<'activities.update'>);
        return;
    }
  }

  // ---------- refused rows, list, undo ----------

  async function refused({
    previewId,
    format,
    locale: asked,
  }: ChannelArgs<'imports.refusedFile'>): Promise<ChannelOutput<'imports.refusedFile'>> {
    const stored = storedPreview(previewId);
    const lang = asked ?? locale();
    const rows = stored.rows
      .filter((r) => r.kind === 'refused')
      .map((r) => {
        const reason = r.problems
          .map((p) => reasonLine(lang, p.column, reasonText(lang, p.code, p.params, p.message)))
          .join(reasonSeparator(lang));
        const cells = stored.headers.map((_, i) => r.row.cells[i] ?? null);
        return [...cells, reason];
      });
    const suffix = lang === 'zh-CN' ? '未导入' : 'refused';
    return refusedFile(
      format,
      stored.fileName,
      suffix,
      [...stored.headers, reasonHeader(lang)],
      rows,
    );
  }

  function list({ offset, limit }: ChannelArgs<'imports.list'>): ChannelOutput<'imports.list'> {
    return imports.page(offset, limit);
  }

  function undo({ id }: ChannelArgs<'imports.undo'>): ImportSummary {
    const summary = writeTransaction(db, () => {
      const found = imports.get(id);
      if (!found) throw new AppError('not_found', 'Import not found');
      if (found.undoneAt !== null)
        throw new AppError('conflict', 'This import was already undone.');
      const later = imports.changedSince(id);
      if (later) {
        const record = getRecord(later.entity as ImportEntity, later.entityId);
        const what = record?.name ? `${later.entity} “${shown(record.name)}”` : later.entity;
        throw new AppError(
          'conflict',
          `A record of this import (${what}) was changed after it; undo refused, nothing changed.`,
        );
      }
      const written = imports.changesOf(id);
      const createdKeys = new Set(
        written.filter((c) => c.action === 'create').map((c) => `${c.entity}:${c.entityId}`),
      );
      const createdIds = (entity: ImportEntity) =>
        written.filter((c) => c.action === 'create' && c.entity === entity).map((c) => c.entityId);
      const named = imports.jsonReferences(
        createdIds('person'),
        createdIds('opportunity'),
        createdIds('activity'),
      );
      if (named > 0) {
        throw new AppError(
          'conflict',
          'An activity, a negotiation, a competitor or a forecast snapshot now names a record this import created; undo refused, nothing changed.',
        );
      }
      // Removed records may point at each other (managers); references are checked at the end.
      db.pragma('defer_foreign_keys = ON');
      // Updated records get their fields back as before the import (the first before of each field).
      const before = new Map<
        string,
        { entity: ImportEntity; id: string; fields: Record<string, unknown> }
      >();
      for (const c of written) {
        const key = `${c.entity}:${c.entityId}`;
        if (c.action !== 'update' || createdKeys.has(key)) continue;
        const entry = before.get(key) ?? { entity: c.entity, id: c.entityId, fields: {} };
        for (const [field, value] of Object.entries(c.before ?? {})) {
          if (!Object.hasOwn(entry.fields, field)) entry.fields[field] = value;
        }
        before.set(key, entry);
      }
      for (const { entity, id: recordId, fields } of before.values()) {
        const current = getRecord(entity, recordId);
        if (current)
          writer.update(
            entity,
            tableFor(entity),
            current as never,
            { ...current, ...fields } as never,
          );
      }
      for (const c of [...written].reverse()) {
        if (c.action !== 'create') continue;
        const current = getRecord(c.entity, c.entityId);
        if (!current) continue;
        writer.remove(c.entity, imports.remover(c.entity), current as never);
        imports.dropRefsOf(c.entityId);
      }
      if (imports.danglingReferences() > 0) {
        throw new AppError(
          'conflict',
          'Something now refers to a record this import created (a committee member, a deal, a line…); undo refused, nothing changed.',
        );
      }
      const undoneAt = now().toISOString();
      imports.markUndone(id, undoneAt);
      return { ...found, undoneAt };
    });
    touch('import');
    return summary;
  }

  function tableFor(entity: ImportEntity) {
    return { account: accounts, person: people, opportunity: opportunities, activity: activities }[
      entity
    ] as {
      insert(record: never): void;
      update(record: never): void;
    };
  }

  return {
    mapping,
    values,
    preview,
    previewRows,
    commit,
    refusedFile: refused,
    list,
    undo,
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function importsHandlers(s: ImportsService): HandlersOf<'imports'> {
  return {
    'imports.mapping': (input) => s.mapping(input),
    'imports.values': (input) => s.values(input),
    'imports.preview': (input) => s.preview(input),
    'imports.previewRows': (input) => s.previewRows(input),
    'imports.commit': (input) => s.commit(input),
    'imports.refusedFile': (input) => s.refusedFile(input),
    'imports.list': (input) => s.list(input),
    'imports.undo': (input) => s.undo(input),
  };
}
