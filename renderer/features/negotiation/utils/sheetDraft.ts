import { makeIssue, type Issue } from '../../../../shared/issues.ts';
import type {
  IssueKey,
  NegotiationIssue,
  NegotiationSheet,
  NegotiationUpdate,
} from '../../../../shared/negotiation.ts';
import {
  concessionWarnings,
  isBuiltInIssue,
  sheetIssues,
} from '../../../../shared/negotiationRules.ts';

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

export { isBuiltInIssue };

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
    openingValue: null,
    limit: null,
    direction: null,
    limitNote: '',
    trade: '',
  };
}

/**
 * What the form refuses as the user types: the fields it requires, and the rules the main
 * process applies (shared/negotiationRules.ts, the one place they are written), in field order.
 * `members` are the personIds on the deal's committee (null while unknown: then nobody is
 * flagged as not a member).
 */
export function draftIssues(draft: SheetDraft, members: ReadonlySet<string> | null): Issue[] {
  const out: Issue[] = [];
  if (draft.title.trim() === '') out.push(makeIssue(['title'], 'required'));
  draft.objectives.forEach((o, i) => {
    if (o.term.trim() === '') out.push(makeIssue(['objectives', i, 'term'], 'required'));
  });
  draft.concessions.forEach((c, i) => {
    if (c.give.trim() === '') out.push(makeIssue(['concessions', i, 'give'], 'required'));
    if (c.get.trim() === '') out.push(makeIssue(['concessions', i, 'get'], 'required'));
  });
  draft.attendees.forEach((a, i) => {
    if (a.side === 'ours' && a.name.trim() === '') {
      out.push(makeIssue(['attendees', i, 'name'], 'required'));
    }
  });
  out.push(
    ...sheetIssues(draft, (personId) =>
      members && !members.has(personId) ? 'not_a_member' : null,
    ),
  );
  return out.sort((a, b) => fieldOrder(a.path) - fieldOrder(b.path));
}

const COLUMN_ORDER = [
  'term',
  'walkAway',
  'ideal',
  'key',
  'label',
  'direction',
  'giveIssue',
  'give',
  'getIssue',
  'get',
  'name',
  'personId',
];

/** Sort key of a path: section, then row, then column as the form shows them. */
function fieldOrder(path: Issue['path']): number {
  const [top, row, column] = path;
  const section = DRAFT_FIELDS.indexOf(top as DraftField);
  const index = typeof row === 'number' ? row : 0;
  const col = typeof column === 'string' ? COLUMN_ORDER.indexOf(column) + 1 : 0;
  return (section * 10_000 + index) * 100 + col;
}

/** Concessions whose giveValue goes past the limit of the issue they give on. */
export const draftWarnings = (draft: Pick<SheetDraft, 'issues' | 'concessions'>) =>
  concessionWarnings(draft);

/** 'objectives.0.walkAway' for ['objectives', 0, 'walkAway']. */
export const pathKey = (path: Issue['path']) => path.join('.');
