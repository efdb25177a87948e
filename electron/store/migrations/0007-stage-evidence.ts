import type { Migration } from './migration.ts';

// Stage exit-criteria evidence and the confirmations recorded when a deal moved on past unmet
// criteria (DOMAIN.md §4, issue 6). New tables only; deals keep their sales_stage column.
// unmet: JSON array of '<stageKey>.<criterionKey>'. Confirmations are never updated or deleted.
export const stageEvidence: Migration = {
  version: 7,
  name: 'stage-evidence',
  up(db) {
    db.exec(`
      CREATE TABLE stage_evidence (
        opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
        stage_key TEXT NOT NULL,
        criterion_key TEXT NOT NULL,
        met INTEGER NOT NULL CHECK (met IN (0, 1)),
        note TEXT NOT NULL,
        date TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (opportunity_id, stage_key, criterion_key)
      ) STRICT;

      CREATE TABLE stage_confirmations (
        id TEXT PRIMARY KEY,
        opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
        from_stage TEXT NOT NULL,
        to_stage TEXT NOT NULL,
        unmet TEXT NOT NULL,
        note TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX stage_confirmations_opportunity ON stage_confirmations (opportunity_id, at);
      -- The review queue reads each deal's latest committee change; the unique index on
      -- (opportunity_id, person_id) only covers active members, so removals would scan.
      CREATE INDEX committee_members_opportunity ON committee_members (opportunity_id, updated_at);
      CREATE TRIGGER stage_confirmations_immutable BEFORE UPDATE ON stage_confirmations
      BEGIN
        SELECT RAISE(ABORT, 'stage confirmations are immutable');
      END;
    `);
  },
};
