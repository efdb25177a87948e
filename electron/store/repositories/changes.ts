import type Database from 'better-sqlite3-multiple-ciphers';
import type { Change } from '../../../shared/schemas.ts';
import { isUndoable } from '../../../shared/history.ts';
import { currentStep, touch } from '../../touched.ts';

/** Mirrors the changes table exactly; before and after are JSON objects. */
type ChangeRow = {
  id: number;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string;
  at: string;
  /** Absent in files before 0012. */
  import_id?: string | null;
  /** The undo step (0015) whose request wrote it; absent in older files. */
  step_id?: number | null;
};

export type NewChange = Omit<Change, 'id' | 'import'>;
/** A history entry as stored: the import that wrote it by id (the history service adds its name). */
export type StoredChange = Omit<Change, 'import'> & { importId?: string };

export type ChangeFilter = {
  entity: Change['entity'] | null;
  entityId: string | null;
  /** ISO time in UTC; changes at or after it. */
  since: string | null;
  limit: number;
};

function toChange(row: ChangeRow): StoredChange {
  return {
    id: row.id,
    entity: row.entity as Change['entity'],
    entityId: row.entity_id,
    action: row.action as Change['action'],
    before: row.before === null ? null : (JSON.parse(row.before) as Change['before']),
    after: JSON.parse(row.after) as Change['after'],
    at: row.at,
    // Older files (before 0012) have no import_id column: nothing of theirs came by import.
    ...(row.import_id ? { importId: row.import_id } : {}),
  };
}

export type ChangesRepo = ReturnType<typeof createChangesRepo>;

export function createChangesRepo(db: Database.Database) {
  const insertStmt = db.prepare<Omit<ChangeRow, 'id' | 'import_id'>>(
    'INSERT INTO changes (entity, entity_id, action, before, after, at) VALUES (@entity, @entity_id, @action, @before, @after, @at)',
  );
  // The import whose transaction is running (issue 14): every entry written meanwhile carries it.
  // Its statement is prepared on first use: the migration tests write history into files made
  // before changes.import_id existed.
  let importId: string | null = null;
  let taggedStmt: Database.Statement<Omit<ChangeRow, 'id' | 'step_id'>> | undefined;
  let steppedStmt: Database.Statement<Omit<ChangeRow, 'id'>> | undefined;
  // Undo steps (issue 15), prepared on first use for the same reason.
  let stepStmts:
    | {
        exists: Database.Statement<[number], number>;
        drop: Database.Statement<[string]>;
        create: Database.Statement<[string, string, string]>;
        setState: Database.Statement<[string, string, number]>;
      }
    | undefined;

  /** The current request's step, created with its first entry; a new step ends every redo. */
  function stepId(at: string): number | null {
    const slot = currentStep();
    if (!slot || slot.kind === null) return null;
    stepStmts ??= {
      exists: db.prepare<[number], number>('SELECT 1 FROM undo_steps WHERE id = ?').pluck(),
      drop: db.prepare<[string]>(
        "UPDATE undo_steps SET state = 'dropped', changed_at = ? WHERE state = 'undone'",
      ),
      create: db.prepare<[string, string, string]>(
        "INSERT INTO undo_steps (kind, state, at, changed_at) VALUES (?, 'done', ?, ?)",
      ),
      setState: db.prepare<[string, string, number]>(
        'UPDATE undo_steps SET state = ?, changed_at = ? WHERE id = ?',
      ),
    };
    // A rolled-back transaction took the step with it: the next entry makes it again.
    if (slot.id === undefined || stepStmts.exists.get(slot.id) === undefined) {
      stepStmts.drop.run(at);
      slot.id = Number(stepStmts.create.run(slot.kind, at, at).lastInsertRowid);
      slot.entries = [];
      slot.dropped = false;
    }
    return slot.id;
  }
  // Newest first: ids grow with every write, while several writes may share one timestamp.
  const listStmt = db.prepare<ChangeFilter, ChangeRow>(`
    SELECT * FROM changes
    WHERE (@entity IS NULL OR entity = @entity)
      AND (@entityId IS NULL OR entity_id = @entityId)
      AND (@since IS NULL OR at >= @since)
    ORDER BY id DESC
    LIMIT @limit`);
  // One record's changes (a deal's review pack): the same rows, found through changes_entity.
  // The general statement's "@entityId IS NULL OR …" cannot use that index: it scans the log.
  const listOneStmt = db.prepare<ChangeFilter, ChangeRow>(`
    SELECT * FROM changes
    WHERE entity = @entity AND entity_id = @entityId
      AND (@since IS NULL OR at >= @since)
    ORDER BY id DESC
    LIMIT @limit`);
  const listOfStmt = db.prepare<{ entity: string; ids: string; since: string }, ChangeRow>(`
    SELECT * FROM changes
    WHERE entity = @entity AND entity_id IN (SELECT value FROM json_each(@ids)) AND at >= @since
    ORDER BY id DESC`);

  return {
    /**
     * Writes a history entry; it joins the request's undo step unless `outsideStep` (a personal
     * preference: in history, never undone).
     */
    insert(change: NewChange, { outsideStep = false }: { outsideStep?: boolean } = {}): void {
      touch(change.entity);
      const row = {
        entity: change.entity,
        entity_id: change.entityId,
        action: change.action,
        before: change.before === null ? null : JSON.stringify(change.before),
        after: JSON.stringify(change.after),
        at: change.at,
      };
      const step = outsideStep ? null : stepId(change.at);
      const slot = currentStep();
      if (step !== null && slot) {
        const { entity, entityId, action, after } = change;
        slot.entries.push({ entity, entityId, action, after });
        if (!isUndoable(entity) && !slot.dropped) {
          slot.dropped = true;
          stepStmts!.setState.run('dropped', change.at, step);
        }
      }
      if (importId === null && step === null) {
        insertStmt.run(row);
        return;
      }
      if (step === null) {
        taggedStmt ??= db.prepare<Omit<ChangeRow, 'id' | 'step_id'>>(
          'INSERT INTO changes (entity, entity_id, action, before, after, at, import_id) VALUES (@entity, @entity_id, @action, @before, @after, @at, @import_id)',
        );
        taggedStmt.run({ ...row, import_id: importId });
        return;
      }
      steppedStmt ??= db.prepare<Omit<ChangeRow, 'id'>>(
        'INSERT INTO changes (entity, entity_id, action, before, after, at, import_id, step_id) VALUES (@entity, @entity_id, @action, @before, @after, @at, @import_id, @step_id)',
      );
      steppedStmt.run({ ...row, import_id: importId, step_id: step });
    },
    /** Runs `fn` (inside the caller's transaction) with every entry it writes tagged with the import. */
    taggedWith<T>(id: string, fn: () => T): T {
      const outer = importId;
      importId = id;
      try {
        return fn();
      } finally {
        importId = outer;
      }
    },
    list(filter: ChangeFilter): StoredChange[] {
      const one = filter.entity !== null && filter.entityId !== null;
      return (one ? listOneStmt : listStmt).all(filter).map(toChange);
    },
    /** Every change of these records at or after `since` (ISO time in UTC), newest first. */
    listOf(entity: Change['entity'], entityIds: readonly string[], since: string): StoredChange[] {
      return listOfStmt.all({ entity, ids: JSON.stringify(entityIds), since }).map(toChange);
    },
  };
}
