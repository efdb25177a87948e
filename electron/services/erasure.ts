import { userInfo } from 'node:os';
import { ENTITIES } from '../../shared/changed.ts';
import type { ErasureCounts, ErasurePreview, ErasureResult } from '../../shared/erasure.ts';
import { makeIssue } from '../../shared/issues.ts';
import type { BackupReason } from '../../shared/workspace.ts';
import { createErasureRepo, type TextRow } from '../store/repositories/erasure.ts';
import { touch } from '../touched.ts';
import { invalidInput, notFound, writeTransaction, type ServiceContext } from './common.ts';

export type ErasureOptions = {
  /**
   * Called before anything is erased, e.g. to take a backup (issue 13's "before any risky
   * operation"); a throw stops the erase. Left out, nothing runs first.
   */
  beforeRisky?: (reason: BackupReason) => void | Promise<void>;
  /** Who erases, kept in the "erased" markers; the operating-system user by default. */
  erasedBy?: string;
};

/** What replaces a name in free text left in other records. */
export const ERASED_TEXT = '***';
/** The record id an erased record's history entries are left with. */
export const ERASED_ID = 'erased';

type Target = { kind: 'person' | 'account'; id: string };

// Thrown inside the transaction of a preview, so everything it did is rolled back.
class PreviewDone {
  readonly counts: ErasureCounts;
  constructor(counts: ErasureCounts) {
    this.counts = counts;
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names long enough to look for: a one-character name would match all over free text. */
const searchable = (names: readonly string[]) => names.filter((n) => [...n].length >= 2);

/**
 * Finds the names in free text. A name starting or ending with a letter or digit of a spaced
 * script must stand as a word there ("Temp" is not in "Temperature"); Chinese has no spaces, so
 * there it matches anywhere.
 */
function nameMatcher(names: readonly string[]): RegExp | null {
  const spaced = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d]/u;
  // Names as typed, and as they appear inside JSON text (quotes and backslashes escaped).
  const forms = new Set(searchable(names).flatMap((n) => [n, JSON.stringify(n).slice(1, -1)]));
  const parts = [...forms].map((n) => {
    const start = spaced.test([...n][0]!) ? '\\b' : '';
    const end = spaced.test([...n].at(-1)!) ? '\\b' : '';
    return `${start}${escapeRegExp(n)}${end}`;
  });
  return parts.length === 0 ? null : new RegExp(parts.join('|'), 'gu');
}

/** One pattern finding any of the ids (null for none). */
function anyOf(ids: readonly string[], flags = ''): RegExp | null {
  return ids.length === 0 ? null : new RegExp(ids.map(escapeRegExp).join('|'), flags);
}

/** Whether a text holds one of the ids, or one of the names as nameMatcher finds them. */
function mentionsOf(ids: readonly string[], names: readonly string[]): (text: string) => boolean {
  const idPattern = anyOf(ids);
  const namePattern = nameMatcher(names);
  // search() ignores a global pattern's position, so one pattern serves every text.
  return (text) =>
    (idPattern?.test(text) ?? false) || (namePattern !== null && text.search(namePattern) >= 0);
}

/** Who erases, for the markers: the operating-system user (none known: left empty). */
function systemUser(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

const sameName = (a: string, b: string) => a.normalize('NFC').trim() === b.normalize('NFC').trim();

export type ErasureService = ReturnType<typeof createErasureService>;

/**
 * Erases a person or an account for good: the record, everything that refers to it, its values in
 * the change history (each entry replaced by an "erased" marker saying who and when) and its name
 * in other records' free text. The connection runs with secure_delete on, so freed space is
 * zeroed; the log is checkpointed afterwards, so no old page stays in the -wal file.
 */
export function createErasureService(
  { db, now, repos }: ServiceContext,
  { beforeRisky, erasedBy = systemUser() }: ErasureOptions = {},
) {
  const erasure = createErasureRepo(db);

  function load(target: Target): { name: string } {
    const record =
      target.kind === 'person' ? repos.people.get(target.id) : repos.accounts.get(target.id);
    if (!record) throw notFound(target.kind === 'person' ? 'Person' : 'Account');
    return record;
  }

  /** Does the erase inside the caller's transaction and says what it removed. */
  function run(target: Target, at: string): ErasureCounts {
    const record = load(target);
    const people =
      target.kind === 'person'
        ? [{ id: target.id, name: record.name }]
        : erasure.peopleOfAccount(target.id);
    const deals = target.kind === 'account' ? erasure.dealsOfAccount(target.id) : [];
    const dealIds = deals.map((d) => d.id);

    const fromDeals = erasure.deleteDeals(dealIds);
    const fromPeople = erasure.deletePeople(
      people.map((p) => p.id),
      at,
    );
    const rest =
      target.kind === 'account'
        ? {
            ...erasure.deleteAccountRest(target.id),
            positions: repos.mapPositions.remove(target.id),
          }
        : { activities: [], lines: [], positions: 0 };
    if (target.kind === 'account') {
      repos.accountScoring.remove({ id: target.id });
      erasure.deleteAccount(target.id);
    }

    // Frozen forecast lines of the deals keep their amounts, not whose they were.
    const dealSet = new Set(dealIds);
    erasure.rewriteSnapshots(dealIds, (lines) =>
      JSON.stringify(
        (JSON.parse(lines) as Record<string, unknown>[]).map((line) =>
          dealSet.has(line.opportunityId as string)
            ? { ...line, name: ERASED_TEXT, accountName: ERASED_TEXT }
            : line,
        ),
      ),
    );

    // Records other records could name: the account, its people and deals.
    const named = [target.id, ...fromPeople.people, ...fromDeals.deals];
    const ids = [
      ...named,
      ...Object.values(fromDeals.removed).flat(),
      ...fromPeople.committee,
      ...fromPeople.lines,
      ...rest.activities,
      ...rest.lines,
    ];
    const names = [record.name, ...people.map((p) => p.name)];
    const historyEntries = scrubHistory(ids, names, at);
    const textMentions = scrubText(named, names, at);

    return {
      people: fromPeople.people.length,
      opportunities: fromDeals.deals.length,
      committeeMemberships:
        fromDeals.removed.committee_members.length + fromPeople.committee.length,
      influenceLines: fromPeople.lines.length + rest.lines.length,
      mapPositions: fromPeople.positions + rest.positions,
      activities:
        fromDeals.removed.activities.length + rest.activities.length + fromPeople.activities,
      negotiations: fromDeals.removed.negotiations.length + fromPeople.negotiations,
      competitorRelations: fromPeople.repRelations,
      reportingLines: fromPeople.reportingLines,
      historyEntries,
      textMentions,
    };
  }

  /** Replaces every history entry of the erased records, or holding their ids or names, by a marker. */
  function scrubHistory(ids: readonly string[], names: readonly string[], at: string): number {
    const ofErased = anyOf(ids);
    const mentions = mentionsOf(ids, names);
    const marker = JSON.stringify({ erased: true, erasedAt: at, erasedBy });
    const entries = erasure.changesMatching(mentions);
    for (const entry of entries) {
      const entityId = ofErased?.test(entry.entity_id) ? ERASED_ID : entry.entity_id;
      erasure.markChange(entry.id, entityId, marker);
    }
    return entries.length;
  }

  /**
   * Other records' free text: the names become ERASED_TEXT, and any id still left (in frozen
   * forecast lines) a fresh one that links to nothing.
   */
  function scrubText(ids: readonly string[], names: readonly string[], at: string): number {
    const idPattern = anyOf(ids, 'g');
    const namePattern = nameMatcher(names);
    const pseudonyms = new Map(ids.map((id) => [id, crypto.randomUUID()]));
    const rewrite = (text: string) => {
      let next = idPattern ? text.replace(idPattern, (id) => pseudonyms.get(id)!) : text;
      if (namePattern) next = next.replace(namePattern, ERASED_TEXT);
      return next;
    };
    let count = 0;
    for (const table of erasure.textTables()) {
      const changed = erasure.rowsMatching(table, mentionsOf(ids, names)).map((row) => {
        const next: TextRow = { ...row };
        for (const column of table.columns) {
          const value = row[column];
          if (typeof value === 'string') next[column] = rewrite(value);
        }
        return next;
      });
      erasure.rewriteRows(table, changed, at);
      count += changed.length;
    }
    return count;
  }

  function preview(target: Target): ErasurePreview {
    const { name } = load(target);
    try {
      writeTransaction(db, () => {
        throw new PreviewDone(run(target, now().toISOString()));
      });
    } catch (done) {
      if (done instanceof PreviewDone) return { id: target.id, name, counts: done.counts };
      throw done;
    }
    throw new Error('unreachable: a preview always rolls back');
  }

  async function erase(target: Target, confirmName: string): Promise<ErasureResult> {
    const { name } = load(target);
    if (!sameName(name, confirmName)) {
      throw invalidInput([makeIssue(['confirmName'], 'confirm_name_mismatch')]);
    }
    await beforeRisky?.('beforeErase');
    const erasedAt = now().toISOString();
    const counts = writeTransaction(db, () => {
      const erased = run(target, erasedAt);
      // Unsaved drafts may hold the erased names (a typed note, a sheet's attendees): all go.
      repos.uiState.clearDrafts();
      return erased;
    });
    erasure.checkpoint();
    // An erase may reach any kind of record, the frozen forecast included.
    for (const entity of ENTITIES) if (entity !== 'backup') touch(entity);
    return { erasedAt, counts };
  }

  return {
    previewPerson: (id: string) => preview({ kind: 'person', id }),
    previewAccount: (id: string) => preview({ kind: 'account', id }),
    erasePerson: (id: string, confirmName: string) => erase({ kind: 'person', id }, confirmName),
    eraseAccount: (id: string, confirmName: string) => erase({ kind: 'account', id }, confirmName),
  };
}
