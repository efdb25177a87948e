import type Database from 'better-sqlite3-multiple-ciphers';
import { core } from './0001-core.ts';
import { changeHistory } from './0002-change-history.ts';
import { buyingCommittee } from './0003-buying-committee.ts';
import { orgMap } from './0004-org-map.ts';
import { competition } from './0005-competition.ts';
import { activities } from './0006-activities.ts';
import { stageEvidence } from './0007-stage-evidence.ts';
import { forecastSnapshots } from './0008-forecast-snapshots.ts';
import { stageSets } from './0009-stage-sets.ts';
import { scoring } from './0010-scoring.ts';
import { negotiationLimits } from './0011-negotiation-limits.ts';
import { imports } from './0012-imports.ts';
import { packageSync } from './0013-package-sync.ts';
import { team } from './0017-team.ts';
import { search } from './0014-search.ts';
import { undo } from './0015-undo.ts';
import { uiState } from './0016-ui-state.ts';
import { reviewColumns } from './0018-review-columns.ts';
import { listIndexes } from './0019-list-indexes.ts';
import type { Migration } from './migration.ts';

/** Every migration in order; listed by hand so bundling can never drop one. */
export const MIGRATIONS: readonly Migration[] = [
  core,
  changeHistory,
  buyingCommittee,
  orgMap,
  competition,
  activities,
  stageEvidence,
  forecastSnapshots,
  stageSets,
  scoring,
  negotiationLimits,
  imports,
  packageSync,
  search,
  undo,
  uiState,
  team,
  reviewColumns,
  listIndexes,
];

/** The schema version this build writes and understands: the last migration's. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies the pending migrations up to `target`, each in its own transaction with user_version bumped. */
export function migrate(db: Database.Database, target: number = SCHEMA_VERSION): void {
  for (const migration of MIGRATIONS) {
    if (migration.version <= schemaVersion(db) || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
