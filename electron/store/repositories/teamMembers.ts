import type Database from 'better-sqlite3-multiple-ciphers';
import type { RelationshipPlan } from '../../../shared/committee.ts';
import { teamNameKey, type TeamMember } from '../../../shared/team.ts';
import { columnSql } from './sql.ts';

/** Mirrors the team_members table exactly. */
type TeamMemberRow = {
  id: string;
  name: string;
  name_key: string;
  role: string;
  manager_id: string | null;
  archived: number;
  version: number;
  created_at: string;
  updated_at: string;
};

function toMember(row: TeamMemberRow): TeamMember {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    managerId: row.manager_id,
    archived: row.archived === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(m: TeamMember): TeamMemberRow {
  return {
    id: m.id,
    name: m.name,
    name_key: teamNameKey(m.name),
    role: m.role,
    manager_id: m.managerId,
    archived: m.archived ? 1 : 0,
    version: m.version,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
  };
}

const SQL = columnSql<TeamMemberRow>({
  id: true,
  name: true,
  name_key: true,
  role: true,
  manager_id: true,
  archived: true,
  version: true,
  created_at: true,
  updated_at: true,
});

type Stamp = { id: string; version: number; createdAt: string; updatedAt: string };
/** A record's owner field alone, as a rename rewrites it (history records just that field). */
export type OwnerOf = Stamp & { owner: string };
export type CommitteeOwnersOf = Stamp & { relationshipOwner: string; plan: RelationshipPlan };
type StampRow = { id: string; version: number; created_at: string; updated_at: string };
const stampOf = (r: StampRow): Stamp => ({
  id: r.id,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Records whose owner field is rewritten on a rename, one table at a time. */
function ownerTable(db: Database.Database, table: 'accounts' | 'opportunities' | 'activities') {
  const find = db.prepare<[string], StampRow & { owner: string }>(
    `SELECT id, version, created_at, updated_at, owner FROM ${table} WHERE owner = ?`,
  );
  const update = db.prepare<{ id: string; owner: string; version: number; updated_at: string }>(
    `UPDATE ${table} SET owner = @owner, version = @version, updated_at = @updated_at WHERE id = @id`,
  );
  return {
    ownedBy: (name: string): OwnerOf[] =>
      find.all(name).map((r) => ({ ...stampOf(r), owner: r.owner })),
    insert(): void {
      throw new Error('A rename only rewrites existing records');
    },
    update: (r: OwnerOf): void => {
      update.run({ id: r.id, owner: r.owner, version: r.version, updated_at: r.updatedAt });
    },
  };
}

export type TeamMembersRepo = ReturnType<typeof createTeamMembersRepo>;

export function createTeamMembersRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], TeamMemberRow>('SELECT * FROM team_members WHERE id = ?');
  const byKeyStmt = db.prepare<[string], TeamMemberRow>(
    'SELECT * FROM team_members WHERE name_key = ?',
  );
  const allStmt = db.prepare<[], TeamMemberRow>('SELECT * FROM team_members ORDER BY name_key, id');
  const insertStmt = db.prepare<TeamMemberRow>(
    `INSERT INTO team_members (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<TeamMemberRow>(
    `UPDATE team_members SET ${SQL.assignments} WHERE id = @id`,
  );
  // Removed committee members keep their removed_at: only the two owner fields change.
  const committeeFind = db.prepare<
    [string, string],
    StampRow & { relationship_owner: string; plan: string }
  >(`SELECT id, version, created_at, updated_at, relationship_owner, plan FROM committee_members
     WHERE relationship_owner = ? OR json_extract(plan, '$.owner') = ?`);
  const committeeUpdate = db.prepare<{
    id: string;
    relationship_owner: string;
    plan: string;
    version: number;
    updated_at: string;
  }>(`UPDATE committee_members SET relationship_owner = @relationship_owner, plan = @plan,
        version = @version, updated_at = @updated_at WHERE id = @id`);

  return {
    get(id: string): TeamMember | undefined {
      const row = getStmt.get(id);
      return row && toMember(row);
    },
    /** The member with this name, compared as names are kept unique (case, width, spaces). */
    byName(name: string): TeamMember | undefined {
      const row = byKeyStmt.get(teamNameKey(name));
      return row && toMember(row);
    },
    /** Every member, archived ones included, by name. */
    all(): TeamMember[] {
      return allStmt.all().map(toMember);
    },
    insert(member: TeamMember): void {
      insertStmt.run(toRow(member));
    },
    update(member: TeamMember): void {
      updateStmt.run(toRow(member));
    },
    /** The owner fields that carry a member's name, per kind of record. */
    owners: {
      account: ownerTable(db, 'accounts'),
      opportunity: ownerTable(db, 'opportunities'),
      activity: ownerTable(db, 'activities'),
      committee_member: {
        ownedBy: (name: string): CommitteeOwnersOf[] =>
          committeeFind.all(name, name).map((r) => ({
            ...stampOf(r),
            relationshipOwner: r.relationship_owner,
            plan: JSON.parse(r.plan) as RelationshipPlan,
          })),
        insert(): void {
          throw new Error('A rename only rewrites existing records');
        },
        update(r: CommitteeOwnersOf): void {
          committeeUpdate.run({
            id: r.id,
            relationship_owner: r.relationshipOwner,
            plan: JSON.stringify(r.plan),
            version: r.version,
            updated_at: r.updatedAt,
          });
        },
      },
    },
  };
}
