import type { Migration } from './migration.ts';

// Competitors, buying criteria, win/loss, SWOT and negotiation sheets (DOMAIN.md §6, §7).
// New tables only, plus the stale-competitor setting. Lists and nested records are JSON.
export const competition: Migration = {
  version: 5,
  name: 'competition',
  up(db) {
    db.exec(`
      -- name_key: the name normalised, unique among active competitors
      CREATE TABLE competitors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        products TEXT NOT NULL,
        price_level TEXT,
        strengths TEXT NOT NULL,
        weaknesses TEXT NOT NULL,
        tactics TEXT NOT NULL,
        reference_customers TEXT NOT NULL,
        notes TEXT NOT NULL,
        last_verified_at TEXT,
        last_verified_by TEXT NOT NULL,
        archived INTEGER NOT NULL CHECK (archived IN (0, 1)),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX competitors_active_name ON competitors (name_key) WHERE archived = 0;

      -- rep_relations: [{ personId, closeness }]; removing a competitor from a deal deletes the row
      CREATE TABLE deal_competitors (
        id TEXT PRIMARY KEY,
        opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
        competitor_id TEXT NOT NULL REFERENCES competitors (id),
        incumbent INTEGER NOT NULL CHECK (incumbent IN (0, 1)),
        satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5),
        rep_name TEXT NOT NULL,
        rep_style TEXT NOT NULL,
        rep_relations TEXT NOT NULL,
        position TEXT,
        threat TEXT,
        their_strategy TEXT NOT NULL,
        our_counter TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX deal_competitors_pair ON deal_competitors (opportunity_id, competitor_id);
      CREATE INDEX deal_competitors_competitor ON deal_competitors (competitor_id);

      -- scores: [{ vendor: 'us' | competitor id, score, note }]
      CREATE TABLE criteria (
        id TEXT PRIMARY KEY,
        opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
        area TEXT,
        name TEXT NOT NULL,
        weight REAL NOT NULL CHECK (weight >= 0),
        position INTEGER NOT NULL,
        scores TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX criteria_opportunity ON criteria (opportunity_id, position);

      CREATE TABLE deal_outcomes (
        id TEXT PRIMARY KEY,
        opportunity_id TEXT NOT NULL UNIQUE REFERENCES opportunities (id),
        winner TEXT NOT NULL,
        winner_competitor_id TEXT REFERENCES competitors (id),
        reasons TEXT NOT NULL,
        note TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE swots (
        id TEXT PRIMARY KEY,
        opportunity_id TEXT NOT NULL UNIQUE REFERENCES opportunities (id),
        strengths TEXT NOT NULL,
        weaknesses TEXT NOT NULL,
        opportunities TEXT NOT NULL,
        threats TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      -- objectives, issues, concessions, attendees and principles are JSON
      CREATE TABLE negotiations (
        id TEXT PRIMARY KEY,
        opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
        title TEXT NOT NULL,
        meeting_date TEXT,
        objectives TEXT NOT NULL,
        our_batna TEXT NOT NULL,
        their_batna TEXT NOT NULL,
        issues TEXT NOT NULL,
        concessions TEXT NOT NULL,
        attendees TEXT NOT NULL,
        agenda TEXT NOT NULL,
        risks TEXT NOT NULL,
        principles TEXT NOT NULL,
        outcome TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX negotiations_opportunity ON negotiations (opportunity_id);

      INSERT OR IGNORE INTO settings (key, value) VALUES ('competitorStaleDays', '90');
    `);
  },
};
