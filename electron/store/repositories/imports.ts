import type Database from 'better-sqlite3-multiple-ciphers';
import type {
  DateOrder,
  ImportField,
  ImportRecordType,
  ImportSource,
  ImportSummary,
  ValueMaps,
} from '../../../shared/imports.ts';

/** Mirrors the imports table exactly. */
type ImportRow = {
  id: string;
  name: string;
  record_type: string;
  source: string;
  file_name: string;
  at: string;
  created: number;
  updated: number;
  undone_at: string | null;
};

/** The records an import can write, as history names them. */
export type ImportEntity = 'account' | 'person' | 'opportunity' | 'activity';

export type SavedMapping = {
  /** Each column of the file the mapping was made for, by its header: a moved column still fits. */
  columns: { header: string; field: ImportField | null }[];
  valueMaps: ValueMaps;
  dateOrder: DateOrder;
};

/** One history entry an import wrote (its own records' creates and updates). */
export type ImportChange = {
  entity: ImportEntity;
  entityId: string;
  action: 'create' | 'update';
  before: Record<string, unknown> | null;
};

function toSummary(row: ImportRow): ImportSummary {
  return {
    id: row.id,
    name: row.name,
    recordType: row.record_type as ImportRecordType,
    source: row.source as ImportSource,
    fileName: row.file_name,
    at: row.at,
    created: row.created,
    updated: row.updated,
    undoneAt: row.undone_at,
  };
}

const TABLE_OF: Record<ImportEntity, string> = {
  account: 'accounts',
  person: 'people',
  opportunity: 'opportunities',
  activity: 'activities',
};

export type ImportsRepo = ReturnType<typeof createImportsRepo>;

export function createImportsRepo(db: Database.Database) {
  const insertStmt = db.prepare<ImportRow>(`
    INSERT INTO imports (id, name, record_type, source, file_name, at, created, updated, undone_at)
    VALUES (@id, @name, @record_type, @source, @file_name, @at, @created, @updated, @undone_at)`);
  const getStmt = db.prepare<[string], ImportRow>('SELECT * FROM imports WHERE id = ?');
  const pageStmt = db.prepare<[number, number], ImportRow>(
    'SELECT * FROM imports ORDER BY at DESC, rowid DESC LIMIT ? OFFSET ?',
  );
  const countStmt = db.prepare<[], number>('SELECT count(*) FROM imports').pluck();
  const undoneStmt = db.prepare<[string, string]>('UPDATE imports SET undone_at = ? WHERE id = ?');

  const refsStmt = db.prepare<[string, string], { external_id: string; record_id: string }>(
    'SELECT external_id, record_id FROM external_refs WHERE source = ? AND entity = ?',
  );
  const putRefStmt = db.prepare<{
    source: string;
    entity: string;
    external_id: string;
    record_id: string;
  }>(`
    INSERT INTO external_refs (source, entity, external_id, record_id)
    VALUES (@source, @entity, @external_id, @record_id)
    ON CONFLICT (source, entity, external_id) DO UPDATE SET record_id = excluded.record_id`);
  const dropRefsStmt = db.prepare<[string]>('DELETE FROM external_refs WHERE record_id = ?');

  const mappingStmt = db.prepare<
    [string, string],
    { columns: string; value_maps: string; date_order: string }
  >('SELECT * FROM import_mappings WHERE source = ? AND record_type = ?');
  const putMappingStmt = db.prepare<{
    source: string;
    record_type: string;
    columns: string;
    value_maps: string;
    date_order: string;
    updated_at: string;
  }>(`
    INSERT INTO import_mappings (source, record_type, columns, value_maps, date_order, updated_at)
    VALUES (@source, @record_type, @columns, @value_maps, @date_order, @updated_at)
    ON CONFLICT (source, record_type) DO UPDATE SET columns = excluded.columns,
      value_maps = excluded.value_maps, date_order = excluded.date_order,
      updated_at = excluded.updated_at`);

  const newestChangeStmt = db.prepare<[], number | null>('SELECT max(id) FROM changes').pluck();
  const changesOfStmt = db.prepare<
    [string],
    { entity: string; entity_id: string; action: string; before: string | null }
  >(
    "SELECT entity, entity_id, action, before FROM changes WHERE import_id = ? AND action IN ('create', 'update') ORDER BY id",
  );
  // A later entry of one of the import's records that the import did not write.
  const changedSinceStmt = db.prepare<{ id: string }, { entity: string; entity_id: string }>(`
    SELECT c.entity, c.entity_id FROM changes c
    WHERE c.id > (SELECT max(id) FROM changes WHERE import_id = @id)
      AND c.import_id IS NOT @id
      AND EXISTS (SELECT 1 FROM changes t
        WHERE t.import_id = @id AND t.entity = c.entity AND t.entity_id = c.entity_id)
    LIMIT 1`);
  // References kept in JSON (no foreign key sees them) to the given people or deals, from records
  // other than the import's own activities: attendees, rep relations, forecast snapshot lines.
  const people = 'IN (SELECT value FROM json_each(@people))';
  const namesPerson = (column: string) =>
    `EXISTS (SELECT 1 FROM json_each(${column}) WHERE json_extract(value, '$.personId') ${people})`;
  const jsonReferencesStmt = db
    .prepare<{ people: string; deals: string; except: string }, number>(
      `
      SELECT
        (SELECT count(*) FROM activities a
          WHERE a.id NOT IN (SELECT value FROM json_each(@except))
            AND EXISTS (SELECT 1 FROM json_each(a.person_ids) WHERE value ${people}))
        + (SELECT count(*) FROM negotiations WHERE ${namesPerson('attendees')})
        + (SELECT count(*) FROM deal_competitors WHERE ${namesPerson('rep_relations')})
        + (SELECT count(*) FROM forecast_snapshots WHERE EXISTS (
            SELECT 1 FROM json_each(lines)
            WHERE json_extract(value, '$.opportunityId') IN (SELECT value FROM json_each(@deals))))`,
    )
    .pluck();
  const deleteStmts = Object.fromEntries(
    Object.entries(TABLE_OF).map(([entity, table]) => [
      entity,
      db.prepare<{ id: string }>(`DELETE FROM ${table} WHERE id = @id`),
    ]),
  ) as Record<ImportEntity, Database.Statement<{ id: string }>>;
  const fkCheck = () => db.pragma('foreign_key_check') as unknown[];

  return {
    insert(summary: ImportSummary): void {
      insertStmt.run({
        id: summary.id,
        name: summary.name,
        record_type: summary.recordType,
        source: summary.source,
        file_name: summary.fileName,
        at: summary.at,
        created: summary.created,
        updated: summary.updated,
        undone_at: summary.undoneAt,
      });
    },
    get(id: string): ImportSummary | undefined {
      const row = getStmt.get(id);
      return row && toSummary(row);
    },
    page(offset: number, limit: number): { total: number; items: ImportSummary[] } {
      return { total: countStmt.get() ?? 0, items: pageStmt.all(limit, offset).map(toSummary) };
    },
    markUndone(id: string, at: string): void {
      undoneStmt.run(at, id);
    },

    /** external id → our record id, for one source and kind of record. */
    refs(source: ImportSource, entity: ImportEntity): Map<string, string> {
      return new Map(refsStmt.all(source, entity).map((r) => [r.external_id, r.record_id]));
    },
    putRef(source: ImportSource, entity: ImportEntity, externalId: string, recordId: string) {
      putRefStmt.run({ source, entity, external_id: externalId, record_id: recordId });
    },
    dropRefsOf(recordId: string): void {
      dropRefsStmt.run(recordId);
    },

    mapping(source: ImportSource, recordType: ImportRecordType): SavedMapping | undefined {
      const row = mappingStmt.get(source, recordType);
      if (!row) return undefined;
      return {
        columns: JSON.parse(row.columns) as SavedMapping['columns'],
        valueMaps: JSON.parse(row.value_maps) as ValueMaps,
        dateOrder: row.date_order as DateOrder,
      };
    },
    putMapping(
      source: ImportSource,
      recordType: ImportRecordType,
      mapping: SavedMapping,
      at: string,
    ): void {
      putMappingStmt.run({
        source,
        record_type: recordType,
        columns: JSON.stringify(mapping.columns),
        value_maps: JSON.stringify(mapping.valueMaps),
        date_order: mapping.dateOrder,
        updated_at: at,
      });
    },

    /** The newest history entry's id: any write to the workspace moves it. */
    newestChange(): number {
      return newestChangeStmt.get() ?? 0;
    },
    changesOf(importId: string): ImportChange[] {
      return changesOfStmt.all(importId).map((r) => ({
        entity: r.entity as ImportEntity,
        entityId: r.entity_id,
        action: r.action as ImportChange['action'],
        before: r.before === null ? null : (JSON.parse(r.before) as Record<string, unknown>),
      }));
    },
    /** A record of the import changed later by something else, if any. */
    changedSince(importId: string): { entity: string; entityId: string } | undefined {
      const row = changedSinceStmt.get({ id: importId });
      return row && { entity: row.entity, entityId: row.entity_id };
    },
    /** How many records name one of the people or deals in JSON (the import's own activities aside). */
    jsonReferences(
      personIds: readonly string[],
      dealIds: readonly string[],
      exceptActivityIds: readonly string[],
    ): number {
      return (
        jsonReferencesStmt.get({
          people: JSON.stringify(personIds),
          deals: JSON.stringify(dealIds),
          except: JSON.stringify(exceptActivityIds),
        }) ?? 0
      );
    },
    /** Deletes a row of the import's tables; history is written by the caller (RecordWriter.remove). */
    remover(entity: ImportEntity): { remove(record: { id: string }): void } {
      return { remove: (record) => deleteStmts[entity].run({ id: record.id }) };
    },
    /** Rows left pointing at a removed record (foreign keys deferred to the end of the transaction). */
    danglingReferences(): number {
      return fkCheck().length;
    },
  };
}
