import type Database from 'better-sqlite3-multiple-ciphers';
import type { DealCompetitor } from '../../../shared/competition.ts';
import { columnSql } from './sql.ts';

/** Mirrors the deal_competitors table exactly; rep_relations is JSON. */
type DealCompetitorRow = {
  id: string;
  opportunity_id: string;
  competitor_id: string;
  incumbent: number;
  satisfaction: number | null;
  rep_name: string;
  rep_style: string;
  rep_relations: string;
  position: string | null;
  threat: string | null;
  their_strategy: string;
  our_counter: string;
  version: number;
  created_at: string;
  updated_at: string;
};

/** A deal's competitor as stored: with its row id (history's entity id) and without the name. */
export type StoredDealCompetitor = Omit<DealCompetitor, 'competitorName'> & { id: string };

function toStored(row: DealCompetitorRow): StoredDealCompetitor {
  return {
    id: row.id,
    opportunityId: row.opportunity_id,
    competitorId: row.competitor_id,
    incumbent: row.incumbent === 1,
    satisfaction: row.satisfaction,
    repName: row.rep_name,
    repStyle: row.rep_style,
    repRelations: JSON.parse(row.rep_relations) as DealCompetitor['repRelations'],
    position: row.position as DealCompetitor['position'],
    threat: row.threat as DealCompetitor['threat'],
    theirStrategy: row.their_strategy,
    ourCounter: row.our_counter,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(d: StoredDealCompetitor): DealCompetitorRow {
  return {
    id: d.id,
    opportunity_id: d.opportunityId,
    competitor_id: d.competitorId,
    incumbent: d.incumbent ? 1 : 0,
    satisfaction: d.satisfaction,
    rep_name: d.repName,
    rep_style: d.repStyle,
    rep_relations: JSON.stringify(d.repRelations),
    position: d.position,
    threat: d.threat,
    their_strategy: d.theirStrategy,
    our_counter: d.ourCounter,
    version: d.version,
    created_at: d.createdAt,
    updated_at: d.updatedAt,
  };
}

const SQL = columnSql<DealCompetitorRow>({
  id: true,
  opportunity_id: true,
  competitor_id: true,
  incumbent: true,
  satisfaction: true,
  rep_name: true,
  rep_style: true,
  rep_relations: true,
  position: true,
  threat: true,
  their_strategy: true,
  our_counter: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type DealCompetitorsRepo = ReturnType<typeof createDealCompetitorsRepo>;

export function createDealCompetitorsRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], DealCompetitorRow>(
    'SELECT * FROM deal_competitors WHERE id = ?',
  );
  const findStmt = db.prepare<[string, string], DealCompetitorRow>(
    'SELECT * FROM deal_competitors WHERE opportunity_id = ? AND competitor_id = ?',
  );
  // In the order they joined the deal.
  const listStmt = db.prepare<[string], DealCompetitorRow>(
    'SELECT * FROM deal_competitors WHERE opportunity_id = ? ORDER BY created_at, id',
  );
  const listAllStmt = db.prepare<[], DealCompetitorRow>(
    'SELECT * FROM deal_competitors ORDER BY created_at, id',
  );
  const insertStmt = db.prepare<DealCompetitorRow>(
    `INSERT INTO deal_competitors (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<DealCompetitorRow>(
    `UPDATE deal_competitors SET ${SQL.assignments} WHERE id = @id`,
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM deal_competitors WHERE id = ?');

  return {
    get(id: string): StoredDealCompetitor | undefined {
      const row = getStmt.get(id);
      return row && toStored(row);
    },
    find(opportunityId: string, competitorId: string): StoredDealCompetitor | undefined {
      const row = findStmt.get(opportunityId, competitorId);
      return row && toStored(row);
    },
    list(opportunityId: string): StoredDealCompetitor[] {
      return listStmt.all(opportunityId).map(toStored);
    },
    /** Every deal's entries, for the library's roll-ups. */
    listAll(): StoredDealCompetitor[] {
      return listAllStmt.all().map(toStored);
    },
    insert(entry: StoredDealCompetitor): void {
      insertStmt.run(toRow(entry));
    },
    update(entry: StoredDealCompetitor): void {
      updateStmt.run(toRow(entry));
    },
    remove(entry: StoredDealCompetitor): void {
      deleteStmt.run(entry.id);
    },
  };
}
