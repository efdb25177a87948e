import type Database from 'better-sqlite3-multiple-ciphers';
import type { CommitteeMember } from '../../../shared/committee.ts';
import { columnSql } from './sql.ts';

/** Mirrors the committee_members table exactly; roles, motives, win_formula and plan are JSON. */
type CommitteeMemberRow = {
  id: string;
  opportunity_id: string;
  person_id: string;
  function: string | null;
  roles: string;
  attitude: string;
  attitude_score: number | null;
  influence: string | null;
  contact: string;
  relationship_owner: string;
  last_contact_date: string | null;
  concerns: string;
  motives: string;
  win_formula: string;
  plan: string;
  version: number;
  created_at: string;
  updated_at: string;
  removed_at: string | null;
};

/** A member row whatever its state: `removedAt` is set once the member left the committee. */
export type StoredMember = { member: CommitteeMember; removedAt: string | null };

function toMember(row: CommitteeMemberRow): CommitteeMember {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    personId: row.person_id,
    function: row.function as CommitteeMember['function'],
    roles: JSON.parse(row.roles) as CommitteeMember['roles'],
    attitude: row.attitude as CommitteeMember['attitude'],
    attitudeScore: row.attitude_score,
    influence: row.influence as CommitteeMember['influence'],
    contact: row.contact as CommitteeMember['contact'],
    relationshipOwner: row.relationship_owner,
    lastContactDate: row.last_contact_date,
    concerns: row.concerns,
    motives: JSON.parse(row.motives) as CommitteeMember['motives'],
    winFormula: JSON.parse(row.win_formula) as CommitteeMember['winFormula'],
    plan: JSON.parse(row.plan) as CommitteeMember['plan'],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(m: CommitteeMember, removedAt: string | null): CommitteeMemberRow {
  return {
    id: m.id,
    opportunity_id: m.opportunityId,
    person_id: m.personId,
    function: m.function,
    roles: JSON.stringify(m.roles),
    attitude: m.attitude,
    attitude_score: m.attitudeScore,
    influence: m.influence,
    contact: m.contact,
    relationship_owner: m.relationshipOwner,
    last_contact_date: m.lastContactDate,
    concerns: m.concerns,
    motives: JSON.stringify(m.motives),
    win_formula: JSON.stringify(m.winFormula),
    plan: JSON.stringify(m.plan),
    version: m.version,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    removed_at: removedAt,
  };
}

const SQL = columnSql<CommitteeMemberRow>({
  id: true,
  opportunity_id: true,
  person_id: true,
  function: true,
  roles: true,
  attitude: true,
  attitude_score: true,
  influence: true,
  contact: true,
  relationship_owner: true,
  last_contact_date: true,
  concerns: true,
  motives: true,
  win_formula: true,
  plan: true,
  version: true,
  created_at: true,
  updated_at: true,
  removed_at: true,
});

export type CommitteeMembersRepo = ReturnType<typeof createCommitteeMembersRepo>;

export function createCommitteeMembersRepo(db: Database.Database) {
  // The active row first, then the latest removed one: a person has at most one active row.
  const getStmt = db.prepare<[string], CommitteeMemberRow>(
    'SELECT * FROM committee_members WHERE id = ?',
  );
  const findStmt = db.prepare<{ opportunityId: string; personId: string }, CommitteeMemberRow>(`
    SELECT * FROM committee_members
    WHERE opportunity_id = @opportunityId AND person_id = @personId
    ORDER BY removed_at IS NOT NULL, removed_at DESC
    LIMIT 1`);
  // Decision level first, then management, then operational, people without a level last.
  const listActiveStmt = db.prepare<[string], CommitteeMemberRow>(`
    SELECT m.* FROM committee_members m JOIN people p ON p.id = m.person_id
    WHERE m.opportunity_id = ? AND m.removed_at IS NULL
    ORDER BY CASE p.level WHEN 'decision' THEN 0 WHEN 'management' THEN 1 WHEN 'operational' THEN 2 ELSE 3 END,
      p.name, p.id`);
  const listAllStmt = db.prepare<[string], CommitteeMemberRow>(
    'SELECT * FROM committee_members WHERE opportunity_id = ? ORDER BY created_at, id',
  );
  const insertStmt = db.prepare<CommitteeMemberRow>(
    `INSERT INTO committee_members (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<CommitteeMemberRow>(
    `UPDATE committee_members SET ${SQL.assignments} WHERE id = @id`,
  );

  return {
    /** A member row by id, active or removed. */
    get(id: string): StoredMember | undefined {
      const row = getStmt.get(id);
      return row && { member: toMember(row), removedAt: row.removed_at };
    },
    /** The person's entry on this deal's committee, active or removed, if they ever had one. */
    find(opportunityId: string, personId: string): StoredMember | undefined {
      const row = findStmt.get({ opportunityId, personId });
      return row && { member: toMember(row), removedAt: row.removed_at };
    },
    /** Active members, by level (decision → management → operational) then name. */
    listActive(opportunityId: string): CommitteeMember[] {
      return listActiveStmt.all(opportunityId).map(toMember);
    },
    /** Every member row of the deal, removed ones included. */
    listAll(opportunityId: string): CommitteeMember[] {
      return listAllStmt.all(opportunityId).map(toMember);
    },
    insert(member: CommitteeMember): void {
      insertStmt.run(toRow(member, null));
    },
    /** Saves an active member; a removed one becomes active again. */
    update(member: CommitteeMember): void {
      updateStmt.run(toRow(member, null));
    },
    /** Takes the member off the committee; the row stays so its history stays readable. */
    remove(member: CommitteeMember): void {
      updateStmt.run(toRow(member, member.updatedAt));
    },
  };
}
