import type { Migration } from './migration.ts';

// Opportunity evaluation and account grading (DOMAIN.md §2, §4; issue 6). New tables only, one
// row per deal / account, created on the first save. scores: JSON object factor → 1–10 or null;
// credit_flags: JSON array of { flag, date, note }. Weights and tiers live in `settings`.
// Numbered 10 and independent of 0009 (stage sets), which is written in parallel.
export const scoring: Migration = {
  version: 10,
  name: 'scoring',
  up(db) {
    db.exec(`
      CREATE TABLE deal_evaluations (
        opportunity_id TEXT PRIMARY KEY REFERENCES opportunities (id),
        scores TEXT NOT NULL CHECK (json_valid(scores)),
        attractiveness INTEGER CHECK (attractiveness BETWEEN 1 AND 10),
        feasibility INTEGER CHECK (feasibility BETWEEN 1 AND 10),
        note TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE account_scoring (
        account_id TEXT PRIMARY KEY REFERENCES accounts (id),
        last_purchase_date TEXT,
        purchase_count INTEGER CHECK (purchase_count >= 0),
        purchase_amount REAL CHECK (purchase_amount >= 0),
        credit_flags TEXT NOT NULL CHECK (json_valid(credit_flags)),
        credit_note TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
