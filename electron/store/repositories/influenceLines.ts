import type Database from 'better-sqlite3-multiple-ciphers';
import type { InfluenceLine } from '../../../shared/orgchart.ts';
import { columnSql } from './sql.ts';

/** Mirrors the influence_lines table exactly. */
type InfluenceLineRow = {
  id: string;
  account_id: string;
  from_person_id: string;
  to_person_id: string;
  kind: string;
  direction: string;
  strength: string;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
};

function toLine(row: InfluenceLineRow): InfluenceLine {
  return {
    id: row.id,
    accountId: row.account_id,
    fromPersonId: row.from_person_id,
    toPersonId: row.to_person_id,
    kind: row.kind as InfluenceLine['kind'],
    direction: row.direction as InfluenceLine['direction'],
    strength: row.strength as InfluenceLine['strength'],
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(l: InfluenceLine): InfluenceLineRow {
  return {
    id: l.id,
    account_id: l.accountId,
    from_person_id: l.fromPersonId,
    to_person_id: l.toPersonId,
    kind: l.kind,
    direction: l.direction,
    strength: l.strength,
    note: l.note,
    version: l.version,
    created_at: l.createdAt,
    updated_at: l.updatedAt,
  };
}

const SQL = columnSql<InfluenceLineRow>({
  id: true,
  account_id: true,
  from_person_id: true,
  to_person_id: true,
  kind: true,
  direction: true,
  strength: true,
  note: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type InfluenceLinesRepo = ReturnType<typeof createInfluenceLinesRepo>;

export function createInfluenceLinesRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], InfluenceLineRow>(
    'SELECT * FROM influence_lines WHERE id = ?',
  );
  // Lines whose both ends are active people, oldest first.
  const listActiveStmt = db.prepare<[string], InfluenceLineRow>(`
    SELECT l.* FROM influence_lines l
    JOIN people f ON f.id = l.from_person_id AND f.archived = 0
    JOIN people t ON t.id = l.to_person_id AND t.archived = 0
    WHERE l.account_id = ?
    ORDER BY l.created_at, l.rowid`);
  // Same kind between the same two people, whichever way the line points.
  const findPairStmt = db.prepare<
    { kind: string; a: string; b: string; exceptId: string },
    InfluenceLineRow
  >(`
    SELECT * FROM influence_lines
    WHERE kind = @kind AND id <> @exceptId
      AND min(from_person_id, to_person_id) = min(@a, @b)
      AND max(from_person_id, to_person_id) = max(@a, @b)
    LIMIT 1`);
  const insertStmt = db.prepare<InfluenceLineRow>(
    `INSERT INTO influence_lines (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<InfluenceLineRow>(
    `UPDATE influence_lines SET ${SQL.assignments} WHERE id = @id`,
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM influence_lines WHERE id = ?');

  return {
    get(id: string): InfluenceLine | undefined {
      const row = getStmt.get(id);
      return row && toLine(row);
    },
    /** The account's lines whose both ends are active (not archived) people. */
    listActive(accountId: string): InfluenceLine[] {
      return listActiveStmt.all(accountId).map(toLine);
    },
    /** Another line of `kind` between `a` and `b` in either direction, if there is one. */
    findPair(kind: string, a: string, b: string, exceptId = ''): InfluenceLine | undefined {
      const row = findPairStmt.get({ kind, a, b, exceptId });
      return row && toLine(row);
    },
    insert(line: InfluenceLine): void {
      insertStmt.run(toRow(line));
    },
    update(line: InfluenceLine): void {
      updateStmt.run(toRow(line));
    },
    /** Deletes the row; history keeps the line's last fields. */
    remove(line: InfluenceLine): void {
      deleteStmt.run(line.id);
    },
  };
}
