import type Database from 'better-sqlite3-multiple-ciphers';
import type { Change } from '../../../shared/schemas.ts';

/** Mirrors the undo_steps table (0015). */
type StepRow = { id: number; kind: string; state: StepState; at: string; changed_at: string };
export type StepState = 'done' | 'undone' | 'dropped';
export type StoredStep = { id: number; kind: string; state: StepState; at: string };

type StepChangeRow = {
  id: number;
  entity: string;
  entity_id: string;
  action: string;
  before: string | null;
  after: string;
};
/** A history entry of a step, oldest first. */
export type StepChange = Pick<Change, 'id' | 'entity' | 'entityId' | 'action' | 'before' | 'after'>;

const toStep = (row: StepRow): StoredStep => ({
  id: row.id,
  kind: row.kind,
  state: row.state,
  at: row.at,
});

export type UndoStepsRepo = ReturnType<typeof createUndoStepsRepo>;

/** The undo steps; the changes repository creates them as a request writes its first entry. */
export function createUndoStepsRepo(db: Database.Database) {
  const getStmt = db.prepare<[number], StepRow>('SELECT * FROM undo_steps WHERE id = ?');
  const lastDoneStmt = db.prepare<[], StepRow>(
    "SELECT * FROM undo_steps WHERE state = 'done' ORDER BY id DESC LIMIT 1",
  );
  // Undo goes newest first, so the step undone last is the oldest still undone.
  const nextRedoStmt = db.prepare<[], StepRow>(
    "SELECT * FROM undo_steps WHERE state = 'undone' ORDER BY id LIMIT 1",
  );
  const setStateStmt = db.prepare<[StepState, string, number]>(
    'UPDATE undo_steps SET state = ?, changed_at = ? WHERE id = ?',
  );
  const changesStmt = db.prepare<[number], StepChangeRow>(
    'SELECT id, entity, entity_id, action, before, after FROM changes WHERE step_id = ? ORDER BY id',
  );
  return {
    get(id: number): StoredStep | undefined {
      const row = getStmt.get(id);
      return row && toStep(row);
    },
    /** The step Ctrl+Z takes back. */
    lastDone(): StoredStep | undefined {
      const row = lastDoneStmt.get();
      return row && toStep(row);
    },
    /** The step Ctrl+Shift+Z brings again. */
    nextRedo(): StoredStep | undefined {
      const row = nextRedoStmt.get();
      return row && toStep(row);
    },
    setState(id: number, state: StepState, at: string): void {
      setStateStmt.run(state, at, id);
    },
    /** The history entries the step's request wrote, oldest first. */
    changesOf(id: number): StepChange[] {
      return changesStmt.all(id).map((row) => ({
        id: row.id,
        entity: row.entity as Change['entity'],
        entityId: row.entity_id,
        action: row.action as Change['action'],
        before: row.before === null ? null : (JSON.parse(row.before) as Change['before']),
        after: JSON.parse(row.after) as Change['after'],
      }));
    },
  };
}
