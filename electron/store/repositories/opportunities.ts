import type Database from 'better-sqlite3-multiple-ciphers';
import type { Opportunity, OpportunityListItem } from '../../../shared/schemas.ts';
import { columnSql } from './sql.ts';

/** Mirrors the opportunities table exactly. */
type OpportunityRow = {
  id: string;
  account_id: string;
  name: string;
  products: string;
  amount: number;
  currency: string;
  expected_close_date: string | null;
  owner: string;
  purchase_type: string;
  sales_stage: string;
  stage_set_id: string;
  probability: number;
  probability_override: number | null;
  buying_stage: string | null;
  status: string;
  status_reason: string;
  version: number;
  created_at: string;
  updated_at: string;
};

function toOpportunity(row: OpportunityRow): Opportunity {
  return {
    id: row.id,
    accountId: row.account_id,
    name: row.name,
    products: row.products,
    amount: row.amount,
    currency: row.currency as Opportunity['currency'],
    expectedCloseDate: row.expected_close_date,
    owner: row.owner,
    purchaseType: row.purchase_type as Opportunity['purchaseType'],
    salesStage: row.sales_stage,
    stageSetId: row.stage_set_id,
    probability: row.probability,
    probabilityOverride: row.probability_override,
    buyingStage: row.buying_stage as Opportunity['buyingStage'],
    status: row.status as Opportunity['status'],
    statusReason: row.status_reason,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(o: Opportunity): OpportunityRow {
  return {
    id: o.id,
    account_id: o.accountId,
    name: o.name,
    products: o.products,
    amount: o.amount,
    currency: o.currency,
    expected_close_date: o.expectedCloseDate,
    owner: o.owner,
    purchase_type: o.purchaseType,
    sales_stage: o.salesStage,
    stage_set_id: o.stageSetId,
    probability: o.probability,
    probability_override: o.probabilityOverride,
    buying_stage: o.buyingStage,
    status: o.status,
    status_reason: o.statusReason,
    version: o.version,
    created_at: o.createdAt,
    updated_at: o.updatedAt,
  };
}

const SQL = columnSql<OpportunityRow>({
  id: true,
  account_id: true,
  name: true,
  products: true,
  amount: true,
  currency: true,
  expected_close_date: true,
  owner: true,
  purchase_type: true,
  sales_stage: true,
  stage_set_id: true,
  probability: true,
  probability_override: true,
  buying_stage: true,
  status: true,
  status_reason: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type OpportunitiesRepo = ReturnType<typeof createOpportunitiesRepo>;

export function createOpportunitiesRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], OpportunityRow>('SELECT * FROM opportunities WHERE id = ?');
  const listStmt = db.prepare<
    { accountId: string | null },
    OpportunityRow & { account_name: string }
  >(`
    SELECT o.*, a.name AS account_name
    FROM opportunities o JOIN accounts a ON a.id = o.account_id
    WHERE @accountId IS NULL OR o.account_id = @accountId
    ORDER BY a.name_key, o.name, o.id`);
  const insertStmt = db.prepare<OpportunityRow>(
    `INSERT INTO opportunities (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<OpportunityRow>(
    `UPDATE opportunities SET ${SQL.assignments} WHERE id = @id`,
  );

  const countStmt = db.prepare<[string], { sales_stage: string; count: number }>(
    'SELECT sales_stage, count(*) AS count FROM opportunities WHERE stage_set_id = ? GROUP BY sales_stage',
  );
  const followStmt = db.prepare<{ stageSetId: string; stageKey: string; probability: number }>(`
    UPDATE opportunities SET probability = @probability
    WHERE stage_set_id = @stageSetId AND sales_stage = @stageKey
      AND probability_override IS NULL AND probability <> @probability`);

  return {
    get(id: string): Opportunity | undefined {
      const row = getStmt.get(id);
      return row && toOpportunity(row);
    },
    /** All opportunities, or those of one account. */
    list(accountId: string | null): OpportunityListItem[] {
      return listStmt
        .all({ accountId })
        .map((row) => ({ ...toOpportunity(row), accountName: row.account_name }));
    },
    insert(opportunity: Opportunity): void {
      insertStmt.run(toRow(opportunity));
    },
    update(opportunity: Opportunity): void {
      updateStmt.run(toRow(opportunity));
    },
    /** Deals per stage of one set, for refusing the removal of a stage still in use. */
    stageCounts(stageSetId: string): Map<string, number> {
      return new Map(countStmt.all(stageSetId).map((r) => [r.sales_stage, r.count] as const));
    },
    /**
     * Deals of a set that follow their stage take its new probability. Not a user edit of the
     * deal: version and updated_at stay, the stage set's history entry says what changed.
     */
    followStageProbability(stageSetId: string, stageKey: string, probability: number): number {
      return followStmt.run({ stageSetId, stageKey, probability }).changes;
    },
  };
}
