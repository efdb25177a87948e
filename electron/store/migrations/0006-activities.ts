import type { Migration } from './migration.ts';

// Activities (DOMAIN.md §5, issue 6): calls, visits, technical exchanges… of an account, optionally
// tied to one of its deals. New table only. person_ids is a JSON array of the account's people.
export const activities: Migration = {
  version: 6,
  name: 'activities',
  up(db) {
    db.exec(`
      CREATE TABLE activities (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts (id),
        opportunity_id TEXT REFERENCES opportunities (id),
        kind TEXT NOT NULL CHECK (
          kind IN ('call', 'visit', 'technical_exchange', 'demo', 'dinner', 'site_visit', 'email')
        ),
        date TEXT NOT NULL,
        person_ids TEXT NOT NULL,
        summary TEXT NOT NULL,
        promises TEXT NOT NULL,
        next_step TEXT NOT NULL,
        next_date TEXT,
        owner TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (next_date IS NULL OR next_date >= date)
      ) STRICT;
      CREATE INDEX activities_account_date ON activities (account_id, date);
      CREATE INDEX activities_opportunity_date ON activities (opportunity_id, date)
        WHERE opportunity_id IS NOT NULL;
    `);
  },
};
