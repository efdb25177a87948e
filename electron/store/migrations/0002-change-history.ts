import type { Migration } from './migration.ts';

export const changeHistory: Migration = {
  version: 2,
  name: 'change-history',
  up(db) {
    db.exec(`
      -- before/after hold the changed fields as JSON objects; before is NULL on create
      CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update')),
        before TEXT,
        after TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX changes_entity ON changes (entity, entity_id);
      CREATE INDEX changes_at ON changes (at);
    `);
  },
};
