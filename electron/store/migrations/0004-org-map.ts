import type { Migration } from './migration.ts';

// The account map (DOMAIN.md §3): people outside the customer, the influence lines between
// people, and the card positions a user chose by hand.
export const orgMap: Migration = {
  version: 4,
  name: 'org-map',
  up(db) {
    db.exec(`
      -- an external person (consultant, design institute, official) has no reporting line
      ALTER TABLE people ADD COLUMN external INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0, 1));
      ALTER TABLE people ADD COLUMN organization TEXT NOT NULL DEFAULT '';

      CREATE TABLE influence_lines (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id),
        from_person_id TEXT NOT NULL REFERENCES people (id),
        to_person_id TEXT NOT NULL REFERENCES people (id),
        kind TEXT NOT NULL CHECK (kind IN ('formal', 'informal', 'personal', 'external')),
        direction TEXT NOT NULL CHECK (direction IN ('one_way', 'mutual')),
        strength TEXT NOT NULL CHECK (strength IN ('weak', 'medium', 'strong')),
        note TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (from_person_id <> to_person_id)
      ) STRICT;
      -- one line of a kind between two people, whichever way it points
      CREATE UNIQUE INDEX influence_lines_pair ON influence_lines
        (kind, min(from_person_id, to_person_id), max(from_person_id, to_person_id));
      CREATE INDEX influence_lines_account ON influence_lines (account_id);
      CREATE INDEX influence_lines_from ON influence_lines (from_person_id);
      CREATE INDEX influence_lines_to ON influence_lines (to_person_id);

      -- cosmetic: no version, no history; people are archived, never deleted, so the cascade
      -- only matters to a hand-made delete
      CREATE TABLE map_positions (
        person_id TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
        account_id TEXT NOT NULL REFERENCES accounts (id),
        x REAL NOT NULL,
        y REAL NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX map_positions_account ON map_positions (account_id);
    `);
  },
};
