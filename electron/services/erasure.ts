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
  const parts = searchable(names).map((n) => {
    const start = spaced.test([...n][0]!) ? '\\b' : '';
    const end = spaced.test([...n].at(-1)!) ? '\\b' : '';
    return `${start}${escapeRegExp(n)}${end}`;
  });
  return parts.length === 0 ? null : new RegExp(parts.join('|'), 'gu');
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
        ? erasure.deleteAccountRest(target.id)
        : { activities: [], lines: [], positions: 0 };
    if (target.kind === 'account') erasure.deleteAccount(target.id);

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
    const matcher = nameMatcher(names);
    const marker = JSON.stringify({ erased: true, erasedAt: at, erasedBy });
    let count = 0;
    for (const entry of erasure.changesMatching([...ids, ...jsonForms(searchable(names))])) {
      const text = `${entry.entity_id}\n${entry.before ?? ''}\n${entry.after}`;
      // search() ignores the global flag's position, so one matcher serves every entry.
      const named =
        ids.some((id) => text.includes(id)) || (matcher !== null && text.search(matcher) >= 0);
      if (!named) continue;
      const ofErased = ids.some((id) => entry.entity_id.includes(id));
      erasure.markChange(entry.id, ofErased ? ERASED_ID : entry.entity_id, marker);
      count += 1;
    }
    return count;
  }

  /**
   * Other records' free text: the names become ERASED_TEXT, and any id still left (in frozen
   * forecast lines) a fresh one that links to nothing.
   */
  function scrubText(ids: readonly string[], names: readonly string[], at: string): number {
    const matcher = nameMatcher(names);
    const pseudonyms = new Map(ids.map((id) => [id, crypto.randomUUID()]));
    const needles = [...ids, ...searchable(names), ...jsonForms(searchable(names))];
    let count = 0;
    for (const table of erasure.textTables()) {
      const changed: TextRow[] = [];
      for (const row of erasure.rowsMatching(table, needles)) {
        let edited = false;
        const next: TextRow = { ...row };
        for (const column of table.columns) {
          const value = row[column];
          if (typeof value !== 'string') continue;
          let text = value;
          for (const [id, pseudonym] of pseudonyms) text = text.replaceAll(id, pseudonym);
          if (matcher) text = text.replace(matcher, ERASED_TEXT);
          if (text !== value) {
            next[column] = text;
            edited = true;
          }
        }
        if (edited) changed.push(next);
      }
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
    const counts = writeTransaction(db, () => run(target, erasedAt));
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

/** A name as it appears inside JSON text (quotes and backslashes escaped). */
function jsonForms(names: readonly string[]): string[] {
  return names.map((n) => JSON.stringify(n).slice(1, -1));
}
