import type { Migration } from './migration.ts';

// The built-in buying roles as first shipped (DOMAIN.md §3). Frozen here: later label changes
// are the user's, and later built-ins get their own migration.
const BUILT_IN_ROLES: readonly (readonly [code: string, zh: string, en: string])[] = [
  ['initiator', '发起者', 'Initiator'],
  ['user', '使用者', 'User'],
  ['specifier', '设计者/技术规格制定者', 'Specifier'],
  ['evaluator', '评估者', 'Evaluator'],
  ['influencer', '影响者', 'Influencer'],
  ['gatekeeper', '信息控制者（把关者）', 'Gatekeeper'],
  ['purchaser', '采购者', 'Purchaser'],
  ['handler', '经手人', 'Project handler'],
  ['technical_buyer', '技术把关者', 'Technical buyer'],
  ['economic_buyer', '经济决策者', 'Economic buyer'],
  ['decider', '决策者', 'Decision maker'],
  ['approver', '批准者', 'Approver'],
  ['coach', '教练（内线）', 'Coach'],
];

export const buyingCommittee: Migration = {
  version: 3,
  name: 'buying-committee',
  up(db) {
    db.exec(`
      CREATE TABLE buying_roles (
        code TEXT PRIMARY KEY,
        label_zh TEXT NOT NULL,
        label_en TEXT NOT NULL,
        position INTEGER NOT NULL,
        hidden INTEGER NOT NULL CHECK (hidden IN (0, 1)),
        -- built-in roles can be renamed and hidden, never removed: coverage rules use some of them
        built_in INTEGER NOT NULL CHECK (built_in IN (0, 1))
      ) STRICT;

      -- roles, motives, win_formula and plan are JSON; removal is soft (removed_at), so the
      -- history of a removed member still resolves to its person
      CREATE TABLE committee_members (
        id TEXT PRIMARY KEY,
        opportunity_id TEXT NOT NULL REFERENCES opportunities (id),
        person_id TEXT NOT NULL REFERENCES people (id),
        function TEXT,
        roles TEXT NOT NULL,
        attitude TEXT NOT NULL,
        attitude_score INTEGER CHECK (attitude_score BETWEEN -3 AND 3),
        influence TEXT,
        contact TEXT NOT NULL,
        relationship_owner TEXT NOT NULL,
        last_contact_date TEXT,
        concerns TEXT NOT NULL,
        motives TEXT NOT NULL,
        win_formula TEXT NOT NULL,
        plan TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        removed_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX committee_members_active ON committee_members (opportunity_id, person_id)
        WHERE removed_at IS NULL;
      CREATE INDEX committee_members_person ON committee_members (person_id);

      -- history learns 'delete'; a CHECK cannot be altered in place, so the table is rebuilt
      ALTER TABLE changes RENAME TO changes_v2;
      CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        before TEXT,
        after TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
      INSERT INTO changes (id, entity, entity_id, action, before, after, at)
        SELECT id, entity, entity_id, action, before, after, at FROM changes_v2;
      DROP TABLE changes_v2;
      CREATE INDEX changes_entity ON changes (entity, entity_id);
      CREATE INDEX changes_at ON changes (at);

      INSERT OR IGNORE INTO settings (key, value) VALUES ('reviewCadenceDays', '30');
    `);
    const insertRole = db.prepare(
      'INSERT INTO buying_roles (code, label_zh, label_en, position, hidden, built_in) VALUES (?, ?, ?, ?, 0, 1)',
    );
    BUILT_IN_ROLES.forEach(([code, zh, en], position) => insertRole.run(code, zh, en, position));
  },
};
