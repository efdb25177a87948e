import { NEGOTIATION_ISSUES } from '../../../../shared/enums.ts';
import type { Issue, IssueCode } from '../../../../shared/issues.ts';
import type {
  ConcessionWarning,
  Direction,
  IssueKey,
  NegotiationIssue,
  NegotiationSheet,
  NegotiationUpdate,
} from '../../../../shared/negotiation.ts';

/** What the editor edits: the sheet without its id, bookkeeping and server-computed warnings. */
export type SheetDraft = Pick<
  NegotiationSheet,
  | 'title'
  | 'meetingDate'
  | 'objectives'
  | 'ourBatna'
  | 'theirBatna'
  | 'issues'
  | 'concessions'
  | 'attendees'
  | 'agenda'
  | 'risks'
  | 'principles'
  | 'outcome'
>;
export type DraftField = keyof SheetDraft;

export const DRAFT_FIELDS = [
  'title',
  'meetingDate',
  'objectives',
  'ourBatna',
  'theirBatna',
  'issues',
  'concessions',
  'attendees',
  'agenda',
  'risks',
  'principles',
  'outcome',
] as const satisfies readonly DraftField[];

export function toDraft(sheet: NegotiationSheet): SheetDraft {
  return Object.fromEntries(DRAFT_FIELDS.map((f) => [f, sheet[f]])) as SheetDraft;
}

/** The update to send: only the top-level fields that differ from the saved sheet. */
export function changedFields(
  draft: SheetDraft,
  saved: SheetDraft,
): Omit<NegotiationUpdate, 'id' | 'version'> {
  return Object.fromEntries(
    DRAFT_FIELDS.filter((f) => JSON.stringify(draft[f]) !== JSON.stringify(saved[f])).map((f) => [
      f,
      draft[f],
    ]),
  );
}

export const isBuiltInIssue = (key: string) =>
  (NEGOTIATION_ISSUES as readonly string[]).includes(key);

/** The next free `custom_<n>` key. */
export function nextCustomKey(issues: readonly Pick<NegotiationIssue, 'key'>[]): IssueKey {
  const used = issues
    .map((i) => /^custom_([0-9]+)$/.exec(i.key)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return `custom_${used.length === 0 ? 1 : Math.max(...used) + 1}`;
}

export function emptyIssue(key: IssueKey): NegotiationIssue {
  return {
    key,
    label: '',
    ourPriority: null,
    theirPriority: null,
    opening: '',
    limit: '',
    direction: null,
    openingValue: null,
    limitValue: null,
    trade: '',
  };
}

/** `a` is strictly better than `b` for us, given the direction of the term. */
export function isBetter(a: number, b: number, direction: Direction): boolean {
  return direction === 'higher_is_better' ? a > b : a < b;
}

const issue = (path: Issue['path'], code: IssueCode): Issue => ({ path, code, message: code });

/**
 * The same refusals the main process applies (shared/negotiationRules.ts on the server branch),
 * checked as the user types. `members` are the personIds on the deal's committee (null while
 * unknown: then nobody is flagged).
 */
export function draftIssues(draft: SheetDraft, members: ReadonlySet<string> | null): Issue[] {
  const out: Issue[] = [];
  if (draft.title.trim() === '') out.push(issue(['title'], 'required'));
  draft.objectives.forEach((o, i) => {
    if (o.term.trim() === '') out.push(issue(['objectives', i, 'term'], 'required'));
    if (isBetter(o.walkAway, o.target, o.direction)) {
      out.push(issue(['objectives', i, 'walkAway'], 'walk_away_better_than_target'));
    }
    if (isBetter(o.target, o.ideal, o.direction)) {
      out.push(issue(['objectives', i, 'ideal'], 'ideal_worse_than_target'));
    }
  });
  const keys = new Set<string>();
  draft.issues.forEach((it, i) => {
    if (keys.has(it.key)) out.push(issue(['issues', i, 'key'], 'duplicate_issue'));
    keys.add(it.key);
    if (!isBuiltInIssue(it.key) && it.label.trim() === '') {
      out.push(issue(['issues', i, 'label'], 'required'));
    }
  });
  draft.concessions.forEach((c, i) => {
    if (!keys.has(c.giveIssue)) out.push(issue(['concessions', i, 'giveIssue'], 'unknown_issue'));
    if (c.give.trim() === '') out.push(issue(['concessions', i, 'give'], 'required'));
    if (!keys.has(c.getIssue)) out.push(issue(['concessions', i, 'getIssue'], 'unknown_issue'));
    if (c.get.trim() === '') out.push(issue(['concessions', i, 'get'], 'required'));
  });
  const seen = new Set<string>();
  draft.attendees.forEach((a, i) => {
    if (a.side === 'ours') {
      if (a.name.trim() === '') out.push(issue(['attendees', i, 'name'], 'required'));
      return;
    }
    if (a.personId === null) {
      out.push(issue(['attendees', i, 'personId'], 'required'));
      return;
    }
    if (members && !members.has(a.personId)) {
      out.push(issue(['attendees', i, 'personId'], 'not_a_member'));
    } else if (seen.has(a.personId)) {
      out.push(issue(['attendees', i, 'personId'], 'duplicate_person'));
    }
    seen.add(a.personId);
  });
  return out;
}

/** Concessions whose giveValue goes past the limit of the issue they give on. */
export function draftWarnings(draft: Pick<SheetDraft, 'issues' | 'concessions'>) {
  const byKey = new Map(draft.issues.map((it) => [it.key, it]));
  return draft.concessions.flatMap((c, index): ConcessionWarning[] => {
    const it = byKey.get(c.giveIssue);
    if (!it || it.direction === null || it.limitValue === null || c.giveValue === null) return [];
    return isBetter(it.limitValue, c.giveValue, it.direction)
      ? [{ index, code: 'beyond_limit', issue: c.giveIssue }]
      : [];
  });
}

/** 'objectives.0.walkAway' for ['objectives', 0, 'walkAway']. */
export const pathKey = (path: Issue['path']) => path.join('.');
