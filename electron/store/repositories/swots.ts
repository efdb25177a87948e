import type Database from 'better-sqlite3-multiple-ciphers';
import type { Swot } from '../../../shared/competition.ts';
import { columnSql } from './sql.ts';

/** Mirrors the swots table exactly. */
type SwotRow = {
  id: string;
  opportunity_id: string;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
  version: number;
  created_at: string;
  updated_at: string;
};

/** A SWOT as stored, with its row id (history's entity id). */
export type StoredSwot = Swot & { id: string };

function toStored(row: SwotRow): StoredSwot {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    strengths: row.strengths,
    weaknesses: row.weaknesses,
    opportunities: row.opportunities,
    threats: row.threats,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(s: StoredSwot): SwotRow {
  return {
    id: s.id,
    opportunity_id: s.opportunityId,
    strengths: s.strengths,
    weaknesses: s.weaknesses,
    opportunities: s.opportunities,
    threats: s.threats,
    version: s.version,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

const SQL = columnSql<SwotRow>({
  id: true,
  opportunity_id: true,
  strengths: true,
  weaknesses: true,
  opportunities: true,
  threats: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type SwotsRepo = ReturnType<typeof createSwotsRepo>;

export function createSwotsRepo(db: Database.Database) {
  const findStmt = db.prepare<[string], SwotRow>('SELECT * FROM swots WHERE opportunity_id = ?');
  const getStmt = db.prepare<[string], SwotRow>('SELECT * FROM swots WHERE id = ?');
  const deleteStmt = db.prepare<[string]>('DELETE FROM swots WHERE id = ?');
  const insertStmt = db.prepare<SwotRow>(
    `INSERT INTO swots (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<SwotRow>(`UPDATE swots SET ${SQL.assignments} WHERE id = @id`);

  return {
    find(opportunityId: string): StoredSwot | undefined {
      const row = findStmt.get(opportunityId);
      return row && toStored(row);
    },
    /** By its own id (history's entity id). */
    get(id: string): StoredSwot | undefined {
      const row = getStmt.get(id);
      return row && toStored(row);
    },
    /** Takes it away (undoing the save that wrote it first). */
    remove(swot: StoredSwot): void {
      deleteStmt.run(swot.id);
    },
    insert(swot: StoredSwot): void {
      insertStmt.run(toRow(swot));
    },
    update(swot: StoredSwot): void {
      updateStmt.run(toRow(swot));
    },
  };
}
