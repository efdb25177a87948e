import { teamNameKey } from '../../../shared/team.ts';
import type { Migration } from './migration.ts';

// Our team (issue 15): our own people, whom the owner fields name. Names are unique once
// width-, case- and space-folded (name_key), archived members included, so an owner name always
// means one member. The workspace's owner texts become the first members: every distinct
// account, deal and activity owner and committee relationship or plan owner. Spellings that
// differ only in case or width are brought to the most used one, so a member's deals are exactly
// the deals carrying their name. Like the stage sets of 0009, seeded rows have no history entry:
// the migration is no user's change, and undoing it would orphan the owner names.
export const team: Migration = {
  version: 17,
  name: 'team',
  up(db) {
    db.exec(`
      CREATE TABLE team_members (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        manager_id TEXT REFERENCES team_members (id),
        archived INTEGER NOT NULL CHECK (archived IN (0, 1)),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX team_members_manager ON team_members (manager_id);
      CREATE INDEX accounts_owner ON accounts (owner);
      CREATE INDEX opportunities_owner ON opportunities (owner);
      CREATE INDEX activities_owner ON activities (owner);
    `);

    // Every owner text with how often it is used.
    const uses = db
      .prepare<[], { name: string; n: number }>(
        `SELECT name, count(*) AS n FROM (
           SELECT owner AS name FROM accounts
           UNION ALL SELECT owner FROM opportunities
           UNION ALL SELECT owner FROM activities
           UNION ALL SELECT relationship_owner FROM committee_members
           UNION ALL SELECT json_extract(plan, '$.owner') FROM committee_members
         ) WHERE name IS NOT NULL AND trim(name) <> ''
         GROUP BY name`,
      )
      .all();
    // One member per key, named by its most used spelling (then the first in code order).
    const byKey = new Map<string, { name: string; n: number; spellings: string[] }>();
    for (const use of uses) {
      const key = teamNameKey(use.name);
      const entry = byKey.get(key);
      if (!entry) byKey.set(key, { name: use.name, n: use.n, spellings: [use.name] });
      else {
        entry.spellings.push(use.name);
        if (use.n > entry.n || (use.n === entry.n && use.name < entry.name)) {
          entry.name = use.name;
          entry.n = use.n;
        }
      }
    }

    const insert = db.prepare(`
      INSERT INTO team_members (id, name, name_key, role, manager_id, archived, version,
        created_at, updated_at)
      VALUES (@id, @name, @key, '', NULL, 0, 1, @at, @at)`);
    const respell = [
      db.prepare('UPDATE accounts SET owner = @name WHERE owner = @old'),
      db.prepare('UPDATE opportunities SET owner = @name WHERE owner = @old'),
      db.prepare('UPDATE activities SET owner = @name WHERE owner = @old'),
      db.prepare(
        'UPDATE committee_members SET relationship_owner = @name WHERE relationship_owner = @old',
      ),
      db.prepare(
        `UPDATE committee_members SET plan = json_set(plan, '$.owner', @name)
         WHERE json_extract(plan, '$.owner') = @old`,
      ),
    ];
    const at = new Date().toISOString();
    for (const [key, { name, spellings }] of [...byKey].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const id = crypto.randomUUID();
      insert.run({ id, name, key, at });
      for (const old of spellings) {
        if (old !== name) for (const statement of respell) statement.run({ name, old });
      }
    }
  },
};
