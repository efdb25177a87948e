import type Database from 'better-sqlite3-multiple-ciphers';
import type { CriterionEvidence, StageConfirmation } from '../../../shared/pipeline.ts';

type EvidenceRow = {
  opportunity_id: string;
  stage_key: string;
  criterion_key: string;
  met: 0 | 1;
  note: string;
  date: string | null;
  updated_at: string;
};

type ConfirmationRow = {
  id: string;
  opportunity_id: string;
  from_stage: string;
  to_stage: string;
  unmet: string;
  note: string;
  at: string;
};

const toEvidence = (r: EvidenceRow): CriterionEvidence => ({
  opportunityId: r.opportunity_id,
  stageKey: r.stage_key,
  criterionKey: r.criterion_key,
  met: r.met === 1,
  note: r.note,
  date: r.date,
  updatedAt: r.updated_at,
});

const toConfirmation = (r: ConfirmationRow): StageConfirmation => ({
  id: r.id,
  opportunityId: r.opportunity_id,
  fromStage: r.from_stage,
  toStage: r.to_stage,
  unmet: JSON.parse(r.unmet) as string[],
  note: r.note,
  at: r.at,
});

const confirmationRow = (c: StageConfirmation): ConfirmationRow => ({
  id: c.id,
  opportunity_id: c.opportunityId,
  from_stage: c.fromStage,
  to_stage: c.toStage,
  unmet: JSON.stringify(c.unmet),
  note: c.note,
  at: c.at,
});

export type StageEvidenceRepo = ReturnType<typeof createStageEvidenceRepo>;

export function createStageEvidenceRepo(db: Database.Database) {
  const listStmt = db.prepare<[string], EvidenceRow>(
    'SELECT * FROM stage_evidence WHERE opportunity_id = ? ORDER BY stage_key, criterion_key',
  );
  const upsertStmt = db.prepare<EvidenceRow>(`
    INSERT INTO stage_evidence (opportunity_id, stage_key, criterion_key, met, note, date, updated_at)
    VALUES (@opportunity_id, @stage_key, @criterion_key, @met, @note, @date, @updated_at)
    ON CONFLICT (opportunity_id, stage_key, criterion_key)
    DO UPDATE SET met = @met, note = @note, date = @date, updated_at = @updated_at`);
  const removeStmt = db.prepare<[string, string, string]>(
    'DELETE FROM stage_evidence WHERE opportunity_id = ? AND stage_key = ? AND criterion_key = ?',
  );
  const getConfirmationStmt = db.prepare<[string], ConfirmationRow>(
    'SELECT * FROM stage_confirmations WHERE id = ?',
  );
  const updateConfirmationStmt = db.prepare<ConfirmationRow>(`
    UPDATE stage_confirmations SET opportunity_id = @opportunity_id, from_stage = @from_stage,
      to_stage = @to_stage, unmet = @unmet, note = @note, at = @at WHERE id = @id`);
  const removeConfirmationStmt = db.prepare<[string]>(
    'DELETE FROM stage_confirmations WHERE id = ?',
  );
  const listConfirmationsStmt = db.prepare<[string], ConfirmationRow>(
    'SELECT * FROM stage_confirmations WHERE opportunity_id = ? ORDER BY at, id',
  );
  const insertConfirmationStmt = db.prepare<ConfirmationRow>(`
    INSERT INTO stage_confirmations (id, opportunity_id, from_stage, to_stage, unmet, note, at)
    VALUES (@id, @opportunity_id, @from_stage, @to_stage, @unmet, @note, @at)`);

  return {
    list(opportunityId: string): CriterionEvidence[] {
      return listStmt.all(opportunityId).map(toEvidence);
    },
    upsert(e: CriterionEvidence): void {
      upsertStmt.run({
        opportunity_id: e.opportunityId,
        stage_key: e.stageKey,
        criterion_key: e.criterionKey,
        met: e.met ? 1 : 0,
        note: e.note,
        date: e.date,
        updated_at: e.updatedAt,
      });
    },
    /** Takes one criterion's evidence away (undoing the save that wrote it first). */
    remove(ref: { opportunityId: string; stageKey: string; criterionKey: string }): void {
      removeStmt.run(ref.opportunityId, ref.stageKey, ref.criterionKey);
    },
    getConfirmation(id: string): StageConfirmation | undefined {
      const row = getConfirmationStmt.get(id);
      return row && toConfirmation(row);
    },
    /** Rewrites a confirmation (undo and redo only; a move never edits one). */
    updateConfirmation(c: StageConfirmation): void {
      updateConfirmationStmt.run(confirmationRow(c));
    },
    /** Takes a confirmation away with the move it explains (undo). */
    removeConfirmation(id: string): void {
      removeConfirmationStmt.run(id);
    },
    listConfirmations(opportunityId: string): StageConfirmation[] {
      return listConfirmationsStmt.all(opportunityId).map(toConfirmation);
    },
    insertConfirmation(c: StageConfirmation): void {
      insertConfirmationStmt.run(confirmationRow(c));
    },
  };
}
