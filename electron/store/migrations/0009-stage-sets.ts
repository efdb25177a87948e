import { BUILT_IN_STAGE_SETS } from '../../../shared/pipeline.ts';
import type { Migration } from './migration.ts';

// Stage sets stored in the workspace (DOMAIN.md §4, issue 6): the two built-in templates are
// seeded from shared/pipeline.ts (change those constants only with a migration that updates the
// stored rows), every existing deal joins the 8-stage set, and a probability set by hand is
// stored apart.
// stages: JSON array of StageDef (keys, zh/en labels, probability, buying stage, exit criteria).
// probability_override: null while the deal follows its stage; otherwise equal to probability.
export const stageSets: Migration = {
  version: 9,
  name: 'stage-sets',
  up(db) {
    db.exec(`
      CREATE TABLE stage_sets (
        id TEXT PRIMARY KEY,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        stages TEXT NOT NULL,
        built_in INTEGER NOT NULL CHECK (built_in IN (0, 1)),
        is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- at most one default; the service keeps exactly one
      CREATE UNIQUE INDEX stage_sets_one_default ON stage_sets (is_default) WHERE is_default = 1;

      ALTER TABLE opportunities ADD COLUMN stage_set_id TEXT NOT NULL DEFAULT 'sales8';
      ALTER TABLE opportunities ADD COLUMN probability_override INTEGER
        CHECK (probability_override IS NULL OR probability_override BETWEEN 0 AND 100);
      CREATE INDEX opportunities_stage ON opportunities (stage_set_id, sales_stage);
    `);
    const insert = db.prepare(`
      INSERT INTO stage_sets (id, name_zh, name_en, stages, built_in, is_default, version,
        created_at, updated_at)
      VALUES (@id, @nameZh, @nameEn, @stages, 1, @isDefault, 1, @at, @at)`);
    // A probability that differed from the stage's was a hand-set override before this version.
    const sales8 = BUILT_IN_STAGE_SETS.find((s) => s.id === 'sales8')!;
    const pin = db.prepare(`
      UPDATE opportunities SET probability_override = probability
      WHERE sales_stage = @key AND probability <> @probability`);
    for (const stage of sales8.stages) pin.run({ key: stage.key, probability: stage.probability });
    const at = new Date().toISOString();
    for (const set of BUILT_IN_STAGE_SETS) {
      insert.run({
        id: set.id,
        nameZh: set.nameZh,
        nameEn: set.nameEn,
        stages: JSON.stringify(set.stages),
        isDefault: set.isDefault ? 1 : 0,
        at,
      });
    }
  },
};
