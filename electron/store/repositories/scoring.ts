import type Database from 'better-sqlite3-multiple-ciphers';
import type { CreditFlag, FactorScores } from '../../../shared/evaluation.ts';
import { columnSql } from './sql.ts';

/** A deal's evaluation as stored; `id` is the opportunity's id (one sheet per deal). */
export type StoredEvaluation = {
  id: string;
  scores: Partial<FactorScores>;
  attractiveness: number | null;
  feasibility: number | null;
  note: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

type EvaluationRow = {
  opportunity_id: string;
  scores: string;
  attractiveness: number | null;
  feasibility: number | null;
  note: string;
  version: number;
  created_at: string;
  updated_at: string;
};

/** An account's grading figures as stored; `id` is the account's id. */
export type StoredAccountScoring = {
  id: string;
  lastPurchaseDate: string | null;
  purchaseCount: number | null;
  purchaseAmount: number | null;
  creditFlags: CreditFlag[];
  creditNote: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

type AccountScoringRow = {
  account_id: string;
  last_purchase_date: string | null;
  purchase_count: number | null;
  purchase_amount: number | null;
  credit_flags: string;
  credit_note: string;
  version: number;
  created_at: string;
  updated_at: string;
};

export function createEvaluationsRepo(db: Database.Database) {
  const sql = columnSql<EvaluationRow>({
    opportunity_id: true,
    scores: true,
    attractiveness: true,
    feasibility: true,
    note: true,
    version: true,
    created_at: true,
    updated_at: true,
  });
  const getStmt = db.prepare<[string], EvaluationRow>(
    'SELECT * FROM deal_evaluations WHERE opportunity_id = ?',
  );
  const allStmt = db.prepare<[], EvaluationRow>('SELECT * FROM deal_evaluations');
  const deleteStmt = db.prepare<[string]>('DELETE FROM deal_evaluations WHERE opportunity_id = ?');
  const insertStmt = db.prepare<EvaluationRow>(
    `INSERT INTO deal_evaluations (${sql.columns}) VALUES (${sql.params})`,
  );
  const updateStmt = db.prepare<EvaluationRow>(
    `UPDATE deal_evaluations SET ${sql.assignments.replace('opportunity_id = @opportunity_id, ', '')} WHERE opportunity_id = @opportunity_id`,
  );
  const toStored = (r: EvaluationRow): StoredEvaluation => ({
    id: r.opportunity_id,
    scores: JSON.parse(r.scores) as Partial<FactorScores>,
    attractiveness: r.attractiveness,
    feasibility: r.feasibility,
    note: r.note,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
  const toRow = (s: StoredEvaluation): EvaluationRow => ({
    opportunity_id: s.id,
    scores: JSON.stringify(s.scores),
    attractiveness: s.attractiveness,
    feasibility: s.feasibility,
    note: s.note,
    version: s.version,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  });
  return {
    get(opportunityId: string): StoredEvaluation | undefined {
      const row = getStmt.get(opportunityId);
      return row && toStored(row);
    },
    all(): StoredEvaluation[] {
      return allStmt.all().map(toStored);
    },
    /** Takes it away (undoing the save that wrote it first). */
    remove(record: StoredEvaluation): void {
      deleteStmt.run(record.id);
    },
    insert(record: StoredEvaluation): void {
      insertStmt.run(toRow(record));
    },
    update(record: StoredEvaluation): void {
      updateStmt.run(toRow(record));
    },
  };
}

export function createAccountScoringRepo(db: Database.Database) {
  const sql = columnSql<AccountScoringRow>({
    account_id: true,
    last_purchase_date: true,
    purchase_count: true,
    purchase_amount: true,
    credit_flags: true,
    credit_note: true,
    version: true,
    created_at: true,
    updated_at: true,
  });
  const getStmt = db.prepare<[string], AccountScoringRow>(
    'SELECT * FROM account_scoring WHERE account_id = ?',
  );
  const deleteStmt = db.prepare<[string]>('DELETE FROM account_scoring WHERE account_id = ?');
  const insertStmt = db.prepare<AccountScoringRow>(
    `INSERT INTO account_scoring (${sql.columns}) VALUES (${sql.params})`,
  );
  const updateStmt = db.prepare<AccountScoringRow>(
    `UPDATE account_scoring SET ${sql.assignments.replace('account_id = @account_id, ', '')} WHERE account_id = @account_id`,
  );
  const toStored = (r: AccountScoringRow): StoredAccountScoring => ({
    id: r.account_id,
    lastPurchaseDate: r.last_purchase_date,
    purchaseCount: r.purchase_count,
    purchaseAmount: r.purchase_amount,
    creditFlags: JSON.parse(r.credit_flags) as CreditFlag[],
    creditNote: r.credit_note,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  });
  const toRow = (s: StoredAccountScoring): AccountScoringRow => ({
    account_id: s.id,
    last_purchase_date: s.lastPurchaseDate,
    purchase_count: s.purchaseCount,
    purchase_amount: s.purchaseAmount,
    credit_flags: JSON.stringify(s.creditFlags),
    credit_note: s.creditNote,
    version: s.version,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  });
  return {
    get(accountId: string): StoredAccountScoring | undefined {
      const row = getStmt.get(accountId);
      return row && toStored(row);
    },
    /** Takes it away (undoing the save that wrote it first; erasing its account). */
    remove(record: { id: string }): void {
      deleteStmt.run(record.id);
    },
    insert(record: StoredAccountScoring): void {
      insertStmt.run(toRow(record));
    },
    update(record: StoredAccountScoring): void {
      updateStmt.run(toRow(record));
    },
  };
}
