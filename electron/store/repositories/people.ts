import type Database from 'better-sqlite3-multiple-ciphers';
import type { Person } from '../../../shared/schemas.ts';
import { columnSql } from './sql.ts';

/** Mirrors the people table exactly. */
type PersonRow = {
  id: string;
  account_id: string;
  name: string;
  title: string;
  department: string;
  level: string | null;
  manager_id: string | null;
  second_manager_id: string | null;
  phone: string;
  email: string;
  birthday: string | null;
  interests: string;
  education: string;
  notes: string;
  archived: number;
  version: number;
  created_at: string;
  updated_at: string;
  external: number;
  organization: string;
};

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    title: row.title,
    department: row.department,
    level: row.level as Person['level'],
    managerId: row.manager_id,
    secondManagerId: row.second_manager_id,
    external: row.external === 1,
    organization: row.organization,
    phone: row.phone,
    email: row.email,
    birthday: row.birthday,
    interests: row.interests,
    education: row.education,
    notes: row.notes,
    archived: row.archived === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(p: Person): PersonRow {
  return {
    id: p.id,
    account_id: p.accountId,
    name: p.name,
    title: p.title,
    department: p.department,
    level: p.level,
    manager_id: p.managerId,
    second_manager_id: p.secondManagerId,
    phone: p.phone,
    email: p.email,
    birthday: p.birthday,
    interests: p.interests,
    education: p.education,
    notes: p.notes,
    archived: p.archived ? 1 : 0,
    version: p.version,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    external: p.external ? 1 : 0,
    organization: p.organization,
  };
}

const SQL = columnSql<PersonRow>({
  id: true,
  account_id: true,
  name: true,
  title: true,
  department: true,
  level: true,
  manager_id: true,
  second_manager_id: true,
  phone: true,
  email: true,
  birthday: true,
  interests: true,
  education: true,
  notes: true,
  archived: true,
  version: true,
  created_at: true,
  updated_at: true,
  external: true,
  organization: true,
});

export type PeopleRepo = ReturnType<typeof createPeopleRepo>;

export function createPeopleRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], PersonRow>('SELECT * FROM people WHERE id = ?');
  const listStmt = db.prepare<{ accountId: string; includeArchived: number }, PersonRow>(`
    SELECT * FROM people
    WHERE account_id = @accountId AND (@includeArchived = 1 OR archived = 0)
    ORDER BY name, id`);
  // Walks the solid reporting line upwards from a person; UNION stops on any loop already stored.
  const chainStmt = db.prepare<{ from: string; target: string }, { found: number }>(`
    WITH RECURSIVE chain (id) AS (
      SELECT @from
      UNION
      SELECT p.manager_id FROM people p JOIN chain ON p.id = chain.id WHERE p.manager_id IS NOT NULL
    )
    SELECT 1 AS found FROM chain WHERE id = @target LIMIT 1`);
  // The map lays people out in this order, so it must not change when a name does. People
  // written in the same millisecond (the demo seed) keep the order they were inserted in.
  const listActiveByCreationStmt = db.prepare<[string], PersonRow>(`
    SELECT * FROM people WHERE account_id = ? AND archived = 0 ORDER BY created_at, rowid`);
  const reportsStmt = db.prepare<{ managerId: string }, PersonRow>(`
    SELECT * FROM people
    WHERE archived = 0 AND (manager_id = @managerId OR second_manager_id = @managerId)
    ORDER BY created_at, rowid`);
  const insertStmt = db.prepare<PersonRow>(
    `INSERT INTO people (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<PersonRow>(`UPDATE people SET ${SQL.assignments} WHERE id = @id`);

  return {
    get(id: string): Person | undefined {
      const row = getStmt.get(id);
      return row && toPerson(row);
    },
    list(accountId: string, includeArchived: boolean): Person[] {
      return listStmt.all({ accountId, includeArchived: includeArchived ? 1 : 0 }).map(toPerson);
    },
    /** Active people of the account in creation order: the map's stable order. */
    listActiveByCreation(accountId: string): Person[] {
      return listActiveByCreationStmt.all(accountId).map(toPerson);
    },
    /** Active people with `managerId` as their manager or second (dotted-line) manager. */
    activeReportsOf(managerId: string): Person[] {
      return reportsStmt.all({ managerId }).map(toPerson);
    },
    /** Whether `target` is `from` or one of the managers above `from` on the solid line. */
    reportsUpTo(from: string, target: string): boolean {
      return chainStmt.get({ from, target }) !== undefined;
    },
    insert(person: Person): void {
      insertStmt.run(toRow(person));
    },
    update(person: Person): void {
      updateStmt.run(toRow(person));
    },
  };
}
