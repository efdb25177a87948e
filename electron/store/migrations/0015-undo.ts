import type { Migration } from './migration.ts';

// Undo and redo (issue 15): every history entry written by one request belongs to one step, so
// the step is taken back and brought again as a whole. state: done (can be undone), undone (can
// be redone), or dropped (undone, then a new write made it impossible to redo). kind: the
// channel that wrote it. Steps stay across restarts, like the history they point into; none is
// ever deleted, so an id is never reused by a later step.
export const undo: Migration = {
  version: 15,
  name: 'undo',
  up(db) {
    db.exec(`
      CREATE TABLE undo_steps (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('done', 'undone', 'dropped')),
        at TEXT NOT NULL,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX undo_steps_state ON undo_steps (state, id);

      ALTER TABLE changes ADD COLUMN step_id INTEGER;
      CREATE INDEX changes_step ON changes (step_id) WHERE step_id IS NOT NULL;
    `);
  },
};
