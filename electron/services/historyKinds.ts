import type { CriterionEvidence } from '../../shared/pipeline.ts';
import type { Repositories } from '../store/repositories/index.ts';
import { sameValue } from './common.ts';
import { SCORING_SETTING_KEYS, SCORING_SETTINGS_ID, scoringSettingsOf } from './scoring.ts';
import { SETTINGS_ENTITY_ID, SETTINGS_KEYS, storedSettings } from './settings.ts';

export type Fields = Record<string, unknown>;
export type StoredRecord = Fields & {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};
type Table = { insert(record: never): void; update(record: never): void };

/** How undo reads, writes and removes one kind of record. */
export type Kind = {
  /** The record while it exists (a removed committee member does not). */
  get(id: string): StoredRecord | undefined;
  table: Table;
  /** Takes the record away; absent: a create of this kind is not undone. */
  remover?: { remove(record: never): void };
  /** A removed record whose row stays (committee members): brought back rather than inserted. */
  removed?(id: string): StoredRecord | undefined;
};

type Remover = NonNullable<Kind['remover']>;
type Repository = Table & { get(id: string): unknown };

/**
 * A kind kept in a table of its own, read and written by its repository and taken away by its
 * repository or by `remover` (null: a create of this kind is not undone).
 */
export function tableKind(repo: Repository & Remover): Kind;
export function tableKind(repo: Repository, remover: Remover | null): Kind;
export function tableKind(repo: Repository, remover?: Remover | null): Kind {
  return {
    get: (id) => repo.get(id) as StoredRecord | undefined,
    table: repo,
    ...(remover !== null ? { remover: remover ?? (repo as Repository & Remover) } : {}),
  };
}

/*
 * The kinds below have no versioned table of their own. Undo sees each as a record with the
 * fields their history entries hold; version and timestamps are only what RecordWriter needs.
 */

/**
 * Stage evidence: one criterion of one deal, history's id `deal:stage.criterion` (stage keys
 * hold no dot, deal ids no colon), fields met, note and date.
 */
export function stageEvidenceKind(repos: Repositories): Kind {
  const { stageEvidence } = repos;
  const refOf = (id: string) => {
    const colon = id.indexOf(':');
    const rest = id.slice(colon + 1);
    const dot = rest.indexOf('.');
    return {
      opportunityId: id.slice(0, colon),
      stageKey: rest.slice(0, dot),
      criterionKey: rest.slice(dot + 1),
    };
  };
  const toRecord = (id: string, e: CriterionEvidence): StoredRecord => ({
    id,
    met: e.met,
    note: e.note,
    date: e.date,
    version: 0,
    createdAt: e.updatedAt,
    updatedAt: e.updatedAt,
  });
  type Evidence = StoredRecord & Pick<CriterionEvidence, 'met' | 'note' | 'date'>;
  const write = (r: Evidence) =>
    stageEvidence.upsert({
      ...refOf(r.id),
      met: r.met,
      note: r.note,
      date: r.date,
      updatedAt: r.updatedAt,
    });
  return {
    get(id) {
      const ref = refOf(id);
      const found = stageEvidence
        .list(ref.opportunityId)
        .find((e) => e.stageKey === ref.stageKey && e.criterionKey === ref.criterionKey);
      return found && toRecord(id, found);
    },
    table: { insert: write, update: write },
    remover: { remove: (r: StoredRecord) => stageEvidence.remove(refOf(r.id)) },
  };
}

/** A deal's record of moving past unmet criteria: it goes and comes back with the move. */
export function stageConfirmationKind(repos: Repositories): Kind {
  const { stageEvidence } = repos;
  type Confirmation = StoredRecord & {
    opportunityId: string;
    fromStage: string;
    toStage: string;
    unmet: string[];
    note: string;
  };
  const toConfirmation = (r: Confirmation) => ({
    id: r.id,
    opportunityId: r.opportunityId,
    fromStage: r.fromStage,
    toStage: r.toStage,
    unmet: r.unmet,
    note: r.note,
    at: r.createdAt,
  });
  return {
    get(id) {
      const c = stageEvidence.getConfirmation(id);
      if (!c) return undefined;
      const { at, ...fields } = c;
      return { ...fields, version: 0, createdAt: at, updatedAt: at };
    },
    table: {
      insert: (r: Confirmation) => stageEvidence.insertConfirmation(toConfirmation(r)),
      update: (r: Confirmation) => stageEvidence.updateConfirmation(toConfirmation(r)),
    },
    remover: { remove: (r: StoredRecord) => stageEvidence.removeConfirmation(r.id) },
  };
}

/**
 * The workspace's settings: history's record `workspace` (settings.update, each setting as
 * chosen, null where never chosen) and `scoring` (the scoring weights and tiers in force).
 * Personal preferences never reach a step (shared/history.ts PERSONAL_SETTINGS).
 */
export function settingsKind(repos: Repositories): Kind {
  const { settings } = repos;
  const keysOf = (id: string): readonly string[] | undefined =>
    id === SETTINGS_ENTITY_ID
      ? SETTINGS_KEYS
      : id === SCORING_SETTINGS_ID
        ? SCORING_SETTING_KEYS
        : undefined;
  function get(id: string): StoredRecord | undefined {
    const values =
      id === SETTINGS_ENTITY_ID
        ? storedSettings(settings)
        : id === SCORING_SETTINGS_ID
          ? scoringSettingsOf(settings)
          : undefined;
    return values && { ...values, id, version: 0, createdAt: '', updatedAt: '' };
  }
  // Only the settings that differ are written, so one in force by default is not pinned.
  function write(record: StoredRecord) {
    const current = get(record.id);
    for (const key of keysOf(record.id) ?? []) {
      const value = record[key];
      if (!current || sameValue(current[key], value)) continue;
      if (value === null) settings.remove(key);
      else settings.put(key, value);
    }
  }
  return { get, table: { insert: write, update: write } };
}
