import type { Migration } from './migration.ts';

// Issue 16: the 1-15-30 review queue reads, per deal, columns kept by triggers instead of four
// correlated subqueries and a json_extract over the history per open deal. Triggers keep them
// right on every write path (forms, imports, packages, undo, erasure) inside the writing
// transaction. The formulas are the queue's former SQL:
//   review_stage_at   newest history entry of the deal whose `after` names salesStage
//   review_touched_at max(updated_at, newest committee member, activity, stage evidence)
//   review_moved_at   max(created_at, review_stage_at, newest committee member)
//   review_met        stage evidence rows met
// Times are ISO strings in UTC, so max() orders them as the former JavaScript did.

const newest = (table: string) =>
  `coalesce((SELECT max(t.updated_at) FROM ${table} t WHERE t.opportunity_id = opportunities.id), '')`;

/** Recomputes a deal's touched / moved / met columns from its rows (stage time as stored). */
const refresh = (id: string, also = '') => `
  UPDATE opportunities SET
    review_touched_at = max(updated_at, ${newest('committee_members')}, ${newest('activities')},
      ${newest('stage_evidence')}),
    review_moved_at = max(created_at, coalesce(review_stage_at, ''), ${newest('committee_members')}),
    review_met = (SELECT count(*) FROM stage_evidence e
                  WHERE e.opportunity_id = opportunities.id AND e.met = 1)
  WHERE id = ${id}${also};`;

/** Recomputes a deal's last stage change from its whole history, then the rest. */
const restage = (id: string) => `
  UPDATE opportunities SET review_stage_at = (
    SELECT max(c.at) FROM changes c
    WHERE c.entity = 'opportunity' AND c.entity_id = opportunities.id
      AND json_extract(c.after, '$.salesStage') IS NOT NULL)
  WHERE id = ${id};
  ${refresh(id)}`;

/** The rows below a deal: any change moves its touched time (and committee rows its moved time). */
const childTriggers = (table: string) => `
  CREATE TRIGGER ${table}_review_insert AFTER INSERT ON ${table} BEGIN
    ${refresh('NEW.opportunity_id')}
  END;
  CREATE TRIGGER ${table}_review_update AFTER UPDATE ON ${table} BEGIN
    ${refresh('NEW.opportunity_id')}
    ${refresh('OLD.opportunity_id', ' AND OLD.opportunity_id IS NOT NEW.opportunity_id')}
  END;
  CREATE TRIGGER ${table}_review_delete AFTER DELETE ON ${table} BEGIN
    ${refresh('OLD.opportunity_id')}
  END;`;

export const reviewColumns: Migration = {
  version: 18,
  name: 'review-columns',
  up(db) {
    db.exec(`
      ALTER TABLE opportunities ADD COLUMN review_stage_at TEXT;
      ALTER TABLE opportunities ADD COLUMN review_touched_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE opportunities ADD COLUMN review_moved_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE opportunities ADD COLUMN review_met INTEGER NOT NULL DEFAULT 0;

      -- Backfill: the stage times in one pass over the history, then the rest per deal.
      UPDATE opportunities SET review_stage_at = s.at
      FROM (SELECT entity_id, max(at) AS at FROM changes
            WHERE entity = 'opportunity' AND json_extract(after, '$.salesStage') IS NOT NULL
            GROUP BY entity_id) AS s
      WHERE s.entity_id = opportunities.id;
      ${refresh('opportunities.id')}

      CREATE INDEX opportunities_review ON opportunities (status, owner);

      -- A new deal may find history written before it (its own entries come right after).
      CREATE TRIGGER opportunities_review_insert AFTER INSERT ON opportunities BEGIN
        ${restage('NEW.id')}
      END;
      -- The review columns themselves are not listed, so this never fires itself.
      CREATE TRIGGER opportunities_review_update AFTER UPDATE OF created_at, updated_at
      ON opportunities BEGIN
        ${refresh('NEW.id')}
      END;
      ${childTriggers('committee_members')}
      ${childTriggers('activities')}
      ${childTriggers('stage_evidence')}

      -- A stage entry can only make the newest time newer; rewritten or removed entries
      -- (erasure replaces an entry's values) are recounted from the whole history.
      CREATE TRIGGER changes_review_insert AFTER INSERT ON changes
      WHEN NEW.entity = 'opportunity' AND json_extract(NEW.after, '$.salesStage') IS NOT NULL
      BEGIN
        UPDATE opportunities SET review_stage_at = max(coalesce(review_stage_at, ''), NEW.at)
        WHERE id = NEW.entity_id;
        ${refresh('NEW.entity_id')}
      END;
      CREATE TRIGGER changes_review_update AFTER UPDATE ON changes
      WHEN OLD.entity = 'opportunity' OR NEW.entity = 'opportunity' BEGIN
        ${restage('OLD.entity_id')}
        ${restage('NEW.entity_id')}
      END;
      CREATE TRIGGER changes_review_delete AFTER DELETE ON changes
      WHEN OLD.entity = 'opportunity' BEGIN
        ${restage('OLD.entity_id')}
      END;
    `);
  },
};
