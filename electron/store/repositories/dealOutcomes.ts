import type Database from 'better-sqlite3-multiple-ciphers';
import type { DealOutcome } from '../../../shared/competition.ts';
import { columnSql } from './sql.ts';

/** Mirrors the deal_outcomes table exactly; reasons is JSON. */
type DealOutcomeRow = {
  id: string;
  opportunity_id: string;
  winner: string;
  winner_competitor_id: string | null;
  reasons: string;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
};

/** An outcome as stored, with its row id (history's entity id). */
export type StoredOutcome = DealOutcome & { id: string };

function toStored(row: DealOutcomeRow): StoredOutcome {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    winner: row.winner as DealOutcome['winner'],
    winnerCompetitorId: row.winner_competitor_id,
    reasons: JSON.parse(row.reasons) as DealOutcome['reasons'],
    note: row.note,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(o: StoredOutcome): DealOutcomeRow {
  return {
    id: o.id,
    opportunity_id: o.opportunityId,
    winner: o.winner,
    winner_competitor_id: o.winnerCompetitorId,
    reasons: JSON.stringify(o.reasons),
    note: o.note,
    version: o.version,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
  };
}

const SQL = columnSql<DealOutcomeRow>({
  id: true,
  opportunity_id: true,
  winner: true,
  winner_competitor_id: true,
  reasons: true,
  note: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type DealOutcomesRepo = ReturnType<typeof createDealOutcomesRepo>;

export function createDealOutcomesRepo(db: Database.Database) {
  const findStmt = db.prepare<[string], DealOutcomeRow>(
    'SELECT * FROM deal_outcomes WHERE opportunity_id = ?',
  );
  const getStmt = db.prepare<[string], DealOutcomeRow>('SELECT * FROM deal_outcomes WHERE id = ?');
  const deleteStmt = db.prepare<[string]>('DELETE FROM deal_outcomes WHERE id = ?');
  const listAllStmt = db.prepare<[], DealOutcomeRow>('SELECT * FROM deal_outcomes');
  const insertStmt = db.prepare<DealOutcomeRow>(
    `INSERT INTO deal_outcomes (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<DealOutcomeRow>(
    `UPDATE deal_outcomes SET ${SQL.assignments} WHERE id = @id`,
  );

  return {
    find(opportunityId: string): StoredOutcome | undefined {
      const row = findStmt.get(opportunityId);
      return row && toStored(row);
    },
    /** By its own id (history's entity id). */
    get(id: string): StoredOutcome | undefined {
      const row = getStmt.get(id);
      return row && toStored(row);
    },
    /** Takes it away (undoing the save that wrote it first). */
    remove(outcome: StoredOutcome): void {
      deleteStmt.run(outcome.id);
    },
    listAll(): StoredOutcome[] {
      return listAllStmt.all().map(toStored);
    },
    insert(outcome: StoredOutcome): void {
      insertStmt.run(toRow(outcome));
    },
    update(outcome: StoredOutcome): void {
      updateStmt.run(toRow(outcome));
    },
  };
}
