import type { Migration } from './migration.ts';

// Account packages (issue 14): per record, the versions that went through a package (exported
// from here or imported here), each as a hash of its fields. An import tells "changed only in the
// package", "changed only here" and "changed on both sides" by which side has seen the other's
// version (docs/account-package.md). New table only.
export const packageSync: Migration = {
  version: 13,
  name: 'package-sync',
  up(db) {
    db.exec(`
      CREATE TABLE package_seen (
        entity TEXT NOT NULL,
        -- the record's id, or its natural key for records one per deal (or per deal and person)
        record_key TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        exchanged_at TEXT NOT NULL,
        PRIMARY KEY (entity, record_key, content_hash)
      ) STRICT;
    `);
  },
};
