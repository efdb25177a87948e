import type Database from 'better-sqlite3-multiple-ciphers';
import type { Criterion } from '../../../shared/competition.ts';
import { columnSql } from './sql.ts';

/** Mirrors the criteria table exactly; scores is JSON. */
type CriterionRow = {
  id: string;
  opportunity_id: string;
  area: string | null;
  name: string;
  weight: number;
  position: number;
  scores: string;
  version: number;
  created_at: string;
  updated_at: string;
};

/** A criterion as stored: weightPercent depends on the deal's other criteria and is computed. */
export type StoredCriterion = Omit<Criterion, 'weightPercent'>;

function toStored(row: CriterionRow): StoredCriterion {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    area: row.area as Criterion['area'],
    name: row.name,
    weight: row.weight,
    position: row.position,
    scores: JSON.parse(row.scores) as Criterion['scores'],
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(c: StoredCriterion): CriterionRow {
  return {
    id: c.id,
    opportunity_id: c.opportunityId,
    area: c.area,
    name: c.name,
    weight: c.weight,
    position: c.position,
    scores: JSON.stringify(c.scores),
    version: c.version,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

const SQL = columnSql<CriterionRow>({
  id: true,
  opportunity_id: true,
  area: true,
  name: true,
  weight: true,
  position: true,
  scores: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type CriteriaRepo = ReturnType<typeof createCriteriaRepo>;

export function createCriteriaRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], CriterionRow>('SELECT * FROM criteria WHERE id = ?');
  const listStmt = db.prepare<[string], CriterionRow>(
    'SELECT * FROM criteria WHERE opportunity_id = ? ORDER BY position, created_at, id',
  );
  const insertStmt = db.prepare<CriterionRow>(
    `INSERT INTO criteria (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<CriterionRow>(
    `UPDATE criteria SET ${SQL.assignments} WHERE id = @id`,
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM criteria WHERE id = ?');

  return {
    get(id: string): StoredCriterion | undefined {
      const row = getStmt.get(id);
      return row && toStored(row);
    },
    /** The deal's criteria in their order. */
    list(opportunityId: string): StoredCriterion[] {
      return listStmt.all(opportunityId).map(toStored);
    },
    insert(criterion: StoredCriterion): void {
      insertStmt.run(toRow(criterion));
    },
    update(criterion: StoredCriterion): void {
      updateStmt.run(toRow(criterion));
    },
    remove(criterion: StoredCriterion): void {
      deleteStmt.run(criterion.id);
    },
  };
}
