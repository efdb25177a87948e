import type { Migration } from './migration.ts';

// Import (issue 14): one row per committed import (undone_at set when it was taken back), the
// source's own ids of the records it wrote (so the next file from the same CRM matches them
// again), the column and value mapping last used per source and record type, and the import
// each history entry was written by (null for everything else), so one import is undone whole.
export const imports: Migration = {
  version: 12,
  name: 'imports',
  up(db) {
    db.exec(`
      CREATE TABLE imports (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        record_type TEXT NOT NULL,
        source TEXT NOT NULL,
        file_name TEXT NOT NULL,
        at TEXT NOT NULL,
        created INTEGER NOT NULL,
        updated INTEGER NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE INDEX imports_at ON imports (at);

      -- entity: account, person, opportunity or activity; record_id: our id of that record
      CREATE TABLE external_refs (
        source TEXT NOT NULL,
        entity TEXT NOT NULL,
        external_id TEXT NOT NULL,
        record_id TEXT NOT NULL,
        UNIQUE (source, entity, external_id)
      ) STRICT;
      CREATE INDEX external_refs_record ON external_refs (record_id);

      -- columns: JSON array of field names (null: column not imported), in the file's order;
      -- value_maps: JSON object field → { file value → our code }
      CREATE TABLE import_mappings (
        source TEXT NOT NULL,
        record_type TEXT NOT NULL,
        columns TEXT NOT NULL,
        value_maps TEXT NOT NULL,
        date_order TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (source, record_type)
      ) STRICT;

      ALTER TABLE changes ADD COLUMN import_id TEXT;
      CREATE INDEX changes_import ON changes (import_id) WHERE import_id IS NOT NULL;
    `);
  },
};
