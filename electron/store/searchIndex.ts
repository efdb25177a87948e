import type Database from 'better-sqlite3-multiple-ciphers';
import {
  SEARCH_FIELDS,
  SEARCH_KINDS,
  type SearchField,
  type SearchKind,
} from '../../shared/search.ts';
import { searchKeys } from '../../shared/searchKeys.ts';

// The search index (migration 0014). Triggers on the indexed tables note which records changed in
// search_dirty (SQL cannot compute pinyin); flushSearchIndex computes their keys in JS and is run
// by writeTransaction at the end of every write, in the same transaction, so every write path —
// forms, archive, erase, import and its undo, package import — keeps the index current.
//
// Each record is one row of search_index, under a rowid that says its kind and whether it is
// archived: kind × 2^40, plus 2^39 for archived records, plus a sequence. A query per kind then
// reads a rowid range in ascending order and stops at its limit, active records before archived
// ones, without ranking every match of a short query over 100,000 people. FTS5 stops a scan at
// the range's upper end but does not skip to its lower end, so the small kinds come first and
// people last (bench:search).

const KIND_SPAN = 2 ** 40;
const ACTIVE = 2 ** 39;

const KIND_ORDER: readonly SearchKind[] = [
  'competitor',
  'negotiation',
  'account',
  'opportunity',
  'person',
];
export const kindNumber = (kind: SearchKind) => KIND_ORDER.indexOf(kind) + 1;

/** The rowid range of one kind: [lo, hi]; active records are the lower half. */
export function kindRange(kind: SearchKind): { lo: number; hi: number } {
  const lo = kindNumber(kind) * KIND_SPAN;
  return { lo, hi: lo + KIND_SPAN - 1 };
}

export function isArchivedRow(rowid: number): boolean {
  return rowid % KIND_SPAN >= ACTIVE;
}

/** One record's indexed text, field by field. */
export type SearchDoc = { archived: boolean } & Record<SearchField, string>;

// How each kind's indexed fields are read: by id, or all at once for a rebuild.
const SOURCES: Record<SearchKind, string> = {
  account: `SELECT id, name, archived FROM accounts`,
  person: `SELECT id, name, title, department, phone, email, archived FROM people`,
  opportunity: `SELECT id, name, 0 AS archived FROM opportunities`,
  competitor: `SELECT id, name, archived FROM competitors`,
  negotiation: `SELECT n.id, o.name, n.title, 0 AS archived
    FROM negotiations n JOIN opportunities o ON o.id = n.opportunity_id`,
};
const ID_COLUMN: Record<SearchKind, string> = {
  account: 'id',
  person: 'id',
  opportunity: 'id',
  competitor: 'id',
  negotiation: 'n.id',
};

type SourceRow = { id: string; archived: number } & Partial<Record<SearchField, string>>;

/** The keys of each field, as stored in the index (space-separated unicode61 tokens). */
export function docColumns(kind: SearchKind, row: SourceRow): Record<SearchField, string> {
  const column = (field: SearchField) =>
    searchKeys(row[field], { personName: kind === 'person' && field === 'name' }).join(' ');
  return {
    name: column('name'),
    title: column('title'),
    department: column('department'),
    phone: column('phone'),
    email: column('email'),
  };
}

type Statements = ReturnType<typeof prepare>;

function prepare(db: Database.Database) {
  const fieldList = SEARCH_FIELDS.join(', ');
  const params = SEARCH_FIELDS.map((f) => `@${f}`).join(', ');
  return {
    dirty: db.prepare<[], { kind: SearchKind; record_id: string }>(
      'SELECT kind, record_id FROM search_dirty',
    ),
    anyDirty: db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM search_dirty)').pluck(),
    clearDirty: db.prepare('DELETE FROM search_dirty'),
    docOf: db
      .prepare<[string, string], number>(
        'SELECT doc_id FROM search_docs WHERE kind = ? AND record_id = ?',
      )
      .pluck(),
    deleteDoc: db.prepare<[number]>('DELETE FROM search_docs WHERE doc_id = ?'),
    deleteRow: db.prepare<[number]>('DELETE FROM search_index WHERE rowid = ?'),
    lastDoc: db
      .prepare<[number, number], number | null>(
        'SELECT max(doc_id) FROM search_docs WHERE doc_id BETWEEN ? AND ?',
      )
      .pluck(),
    insertDoc: db.prepare<[number, string, string]>(
      'INSERT INTO search_docs (doc_id, kind, record_id) VALUES (?, ?, ?)',
    ),
    insertRow: db.prepare<Record<string, unknown>>(
      `INSERT INTO search_index (rowid, ${fieldList}) VALUES (@rowid, ${params})`,
    ),
    source: Object.fromEntries(
      SEARCH_KINDS.map((kind) => [
        kind,
        db.prepare<[string], SourceRow>(`${SOURCES[kind]} WHERE ${ID_COLUMN[kind]} = ?`),
      ]),
    ) as Record<SearchKind, Database.Statement<[string], SourceRow>>,
  };
}

// Prepared once per connection; null while the file has no index yet (before migration 0014).
const cache = new WeakMap<Database.Database, Statements>();

function statements(db: Database.Database): Statements | null {
  const found = cache.get(db);
  if (found) return found;
  const hasIndex = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'search_dirty'")
    .get();
  if (!hasIndex) return null;
  const made = prepare(db);
  cache.set(db, made);
  return made;
}

function insertDoc(s: Statements, kind: SearchKind, row: SourceRow): void {
  const { lo } = kindRange(kind);
  const base = lo + (row.archived ? ACTIVE : 0);
  const docId = (s.lastDoc.get(base, base + ACTIVE - 1) ?? base) + 1;
  s.insertDoc.run(docId, kind, row.id);
  s.insertRow.run({ rowid: docId, ...docColumns(kind, row) });
}

function reindex(s: Statements, kind: SearchKind, recordId: string): void {
  const docId = s.docOf.get(kind, recordId);
  if (docId !== undefined) {
    s.deleteRow.run(docId);
    s.deleteDoc.run(docId);
  }
  const row = s.source[kind].get(recordId);
  if (row) insertDoc(s, kind, row);
}

/**
 * Brings the index up to date with the records the triggers marked; call inside the write's
 * transaction. A file without the index (older than 0014, during its migration) is left alone.
 */
export function flushSearchIndex(db: Database.Database): void {
  const s = statements(db);
  if (!s || !s.anyDirty.get()) return;
  for (const { kind, record_id } of s.dirty.all()) {
    if ((SEARCH_KINDS as readonly string[]).includes(kind)) reindex(s, kind, record_id);
  }
  s.clearDirty.run();
}

/** Whether some write has not reached the index yet (e.g. one made by a later migration). */
export function searchIndexPending(db: Database.Database): boolean {
  return Boolean(statements(db)?.anyDirty.get());
}

/** Indexes every record afresh (migration 0014, the benchmark); call inside a transaction. */
export function rebuildSearchIndex(db: Database.Database): void {
  const s = statements(db);
  if (!s) throw new Error('The workspace has no search index yet');
  // Row by row, secure-delete would rewrite index pages for every record: clear the table with it
  // off, then merge what is left into fresh pages (the connection's secure_delete zeroes the old).
  db.exec(`
    INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 0);
    DELETE FROM search_index;
    INSERT INTO search_index (search_index) VALUES ('optimize');
    INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
    DELETE FROM search_docs;
    DELETE FROM search_dirty;`);
  for (const kind of SEARCH_KINDS) {
    for (const row of db.prepare<[], SourceRow>(SOURCES[kind]).all()) {
      insertDoc(s, kind, row);
    }
  }
}

export type IndexedRow = { rowid: number; recordId: string } & Record<SearchField, string>;

/**
 * Up to `limit` records of one kind whose keys start with every term, active records first,
 * then archived ones. Terms are made of token characters only (shared/searchKeys.ts).
 */
export function searchCandidates(
  db: Database.Database,
  kind: SearchKind,
  terms: readonly string[],
  limit: number,
): IndexedRow[] {
  const s = statements(db);
  if (!s || terms.length === 0) return [];
  const { lo, hi } = kindRange(kind);
  const match = terms.map((term) => `"${term}"*`).join(' ');
  return candidateStatement(db).all({ match, lo, hi, limit });
}

const candidates = new WeakMap<
  Database.Database,
  Database.Statement<Record<string, unknown>, IndexedRow>
>();

function candidateStatement(db: Database.Database) {
  let stmt = candidates.get(db);
  if (!stmt) {
    stmt = db.prepare<Record<string, unknown>, IndexedRow>(`
      SELECT i.rowid AS rowid, d.record_id AS recordId, ${SEARCH_FIELDS.map((f) => `i.${f} AS ${f}`).join(', ')}
      FROM search_index i JOIN search_docs d ON d.doc_id = i.rowid
      WHERE search_index MATCH @match AND i.rowid BETWEEN @lo AND @hi
      ORDER BY i.rowid
      LIMIT @limit`);
    candidates.set(db, stmt);
  }
  return stmt;
}
