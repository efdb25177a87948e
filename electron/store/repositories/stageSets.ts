import type Database from 'better-sqlite3-multiple-ciphers';
import type { StageDef, StageSet } from '../../../shared/pipeline.ts';
import { columnSql } from './sql.ts';

/** Mirrors the stage_sets table exactly. */
type StageSetRow = {
  id: string;
  name_zh: string;
  name_en: string;
  stages: string;
  built_in: number;
  is_default: number;
  version: number;
  created_at: string;
  updated_at: string;
};

/** A stored set with its timestamps (the contract's StageSet leaves them out). */
export type StoredStageSet = StageSet & { createdAt: string; updatedAt: string };

function toStageSet(row: StageSetRow): StoredStageSet {
  return {
    id: row.id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    stages: JSON.parse(row.stages) as StageDef[],
    builtIn: row.built_in === 1,
    isDefault: row.is_default === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toRow(s: StoredStageSet): StageSetRow {
  return {
    id: s.id,
    name_zh: s.nameZh,
    name_en: s.nameEn,
    stages: JSON.stringify(s.stages),
    built_in: s.builtIn ? 1 : 0,
    is_default: s.isDefault ? 1 : 0,
    version: s.version,
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

const SQL = columnSql<StageSetRow>({
  id: true,
  name_zh: true,
  name_en: true,
  stages: true,
  built_in: true,
  is_default: true,
  version: true,
  created_at: true,
  updated_at: true,
});

export type StageSetsRepo = ReturnType<typeof createStageSetsRepo>;

export function createStageSetsRepo(db: Database.Database) {
  const getStmt = db.prepare<[string], StageSetRow>('SELECT * FROM stage_sets WHERE id = ?');
  // Built-in templates first, then custom sets in the order they were made.
  const listStmt = db.prepare<[], StageSetRow>(
    'SELECT * FROM stage_sets ORDER BY built_in DESC, created_at, rowid',
  );
  const defaultStmt = db.prepare<[], StageSetRow>('SELECT * FROM stage_sets WHERE is_default = 1');
  const insertStmt = db.prepare<StageSetRow>(
    `INSERT INTO stage_sets (${SQL.columns}) VALUES (${SQL.params})`,
  );
  const updateStmt = db.prepare<StageSetRow>(
    `UPDATE stage_sets SET ${SQL.assignments} WHERE id = @id`,
  );

  return {
    get(id: string): StoredStageSet | undefined {
      const row = getStmt.get(id);
      return row && toStageSet(row);
    },
    list(): StoredStageSet[] {
      return listStmt.all().map(toStageSet);
    },
    /** The set new deals get; the migration seeds one and saves keep exactly one. */
    getDefault(): StoredStageSet | undefined {
      const row = defaultStmt.get();
      return row && toStageSet(row);
    },
    insert(set: StoredStageSet): void {
      insertStmt.run(toRow(set));
    },
    update(set: StoredStageSet): void {
      updateStmt.run(toRow(set));
    },
  };
}
