import type Database from 'better-sqlite3-multiple-ciphers';
import type { Competitor } from '../../../shared/competition.ts';
import { accountNameKey } from './accounts.ts';
import { columnSql } from './sql.ts';

/** Mirrors the competitors table exactly. */
type CompetitorRow = {
  id: string;
  name: string;
  name_key: string;
  products: string;
  price_level: string | null;
  strengths: string;
  weaknesses: string;
  tactics: string;
  reference_customers: string;
  notes: string;
  last_verified_at: string | null;
  last_verified_by: string;
  archived: number;
  version: number;
  created_at: string;
  updated_at: string;
};

function toCompetitor(row: CompetitorRow): Competitor {
  return {
    id: row.id,
    name: row.name,
    products: row.products,
    priceLevel: row.price_level as Competitor['priceLevel'],
    strengths: row.strengths,
    weaknesses: row.weaknesses,
    tactics: row.tactics,
    referenceCustomers: row.reference_customers,
    notes: row.notes,
    lastVerifiedAt: row.last_verified_at,
    lastVerifiedBy: row.last_verified_by,
    archived: row.archived === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(c: Competitor): CompetitorRow {
  return {
    id: c.id,
    name: c.name,
    // Same normalisation as account names: case, width and outer spaces do not make a new name.
    name_key: accountNameKey(c.name),
    products: c.products,
    price_level: c.priceLevel,
    strengths: c.strengths,
    weaknesses: c.weaknesses,
    tactics: c.tactics,
    reference_customers: c.referenceCustomers,
    notes: c.notes,
    last_verified_at: c.lastVerifiedAt,
    last_verified_by: c.lastVerifiedBy,
    archived: c.archived ? 1 : 0,
    version: c.version,
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

const SQL = columnSql<CompetitorRow>({
  id: true,
  name: true,
  name_key: true,
  products: true,
  price_level: true,
  strengths: true,
  weaknesses: true,
  tactics: true,
  reference_customers: true,
  notes: true,
  last_verified_at: true,
  last_verified_by: true,
  archived: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type CompetitorsRepo = ReturnType<typeof createCompetitorsRepo>;

export function createCompetitorsRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], CompetitorRow>('SELECT * FROM competitors WHERE id = ?');
  const listStmt = db.prepare<{ includeArchived: number }, CompetitorRow>(`
    SELECT * FROM competitors WHERE @includeArchived = 1 OR archived = 0
    ORDER BY name_key, id`);
  const nameTakenStmt = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM competitors WHERE name_key = ? AND archived = 0 AND id <> ? LIMIT 1',
  );
  const insertStmt = db.prepare<CompetitorRow>(
    `INSERT INTO competitors (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<CompetitorRow>(
    `UPDATE competitors SET ${SQL.assignments} WHERE id = @id`,
  );

  return {
    get(id: string): Competitor | undefined {
      const row = getStmt.get(id);
      return row && toCompetitor(row);
    },
    /** By name. */
    list(includeArchived: boolean): Competitor[] {
      return listStmt.all({ includeArchived: includeArchived ? 1 : 0 }).map(toCompetitor);
    },
    /** Another active competitor already has this name. */
    nameTaken(name: string, exceptId: string): boolean {
      return nameTakenStmt.get(accountNameKey(name), exceptId) !== undefined;
    },
    insert(competitor: Competitor): void {
      insertStmt.run(toRow(competitor));
    },
    update(competitor: Competitor): void {
      updateStmt.run(toRow(competitor));
    },
  };
}
