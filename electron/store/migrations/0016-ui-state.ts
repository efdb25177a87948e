import type { Migration } from './migration.ts';

// Issue 15: the unsaved drafts of long forms, kept across a crash, and each list's remembered
// view (sort, columns, filters). The user's working state, not records: no history, no package.
// New tables only.
export const uiState: Migration = {
  version: 16,
  name: 'ui-state',
  up(db) {
    db.exec(`
      CREATE TABLE ui_drafts (
        -- '<form>:<record or new>[:<context>]'
        draft_key TEXT PRIMARY KEY,
        -- the form's values as JSON
        value TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE view_states (
        list TEXT PRIMARY KEY,
        -- sort, column widths and visibility, filters as JSON
        state TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
