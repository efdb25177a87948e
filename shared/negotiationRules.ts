import { NEGOTIATION_ISSUES } from './enums.ts';
import { makeIssue, type Issue, type IssueCode } from './issues.ts';
import type {
  Attendee,
  Concession,
  ConcessionWarning,
  Direction,
  NegotiationIssue,
  Objective,
} from './negotiation.ts';

// The rules of a negotiation sheet (DOMAIN.md §7). Pure: the main process refuses a sheet that
// breaks them, the renderer may check a form as the user types.

export type SheetForRules = {
  objectives: readonly Objective[];
  issues: readonly Pick<NegotiationIssue, 'key' | 'label' | 'direction' | 'limit'>[];
  concessions: readonly Pick<Concession, 'giveIssue' | 'getIssue' | 'giveValue'>[];
  attendees: readonly Pick<Attendee, 'side' | 'personId'>[];
};

/** `a` is strictly better than `b` for us, given the direction of the term. */
export function isBetter(a: number, b: number, direction: Direction): boolean {
  return direction === 'higher_is_better' ? a > b : a < b;
}

/** A built-in issue (price, payment terms…), as opposed to a custom one the user names. */
export const isBuiltInIssue = (key: string) =>
  (NEGOTIATION_ISSUES as readonly string[]).includes(key);

/** Ideal ≥ target ≥ walk-away in the objective's direction; equal values are fine. */
export function objectiveIssues(objectives: readonly Objective[]): Issue[] {
  return objectives.flatMap((o, i) => [
    ...(isBetter(o.walkAway, o.target, o.direction)
      ? [makeIssue(['objectives', i, 'walkAway'], 'walk_away_better_than_target')]
      : []),
    ...(isBetter(o.target, o.ideal, o.direction)
      ? [makeIssue(['objectives', i, 'ideal'], 'ideal_worse_than_target')]
      : []),
  ]);
}

/**
 * Every refusal of a whole sheet, in field order. `checkAttendee` says why a customer-side
 * person may not attend (not on the committee, another account…), or null when they may.
 */
export function sheetIssues(
  sheet: SheetForRules,
  checkAttendee: (personId: string) => IssueCode | null,
): Issue[] {
  const issues = objectiveIssues(sheet.objectives);
  const keys = new Set<string>();
  sheet.issues.forEach((issue, i) => {
    if (keys.has(issue.key)) issues.push(makeIssue(['issues', i, 'key'], 'duplicate_issue'));
    keys.add(issue.key);
    if (!isBuiltInIssue(issue.key) && issue.label.trim() === '') {
      issues.push(makeIssue(['issues', i, 'label'], 'required'));
    }
    // Without it a concession past the limit could not be told from one within it.
    if (issue.limit !== null && issue.direction === null) {
      issues.push(makeIssue(['issues', i, 'direction'], 'limit_needs_direction'));
    }
  });
  sheet.concessions.forEach((c, i) => {
    if (!keys.has(c.giveIssue)) {
      issues.push(makeIssue(['concessions', i, 'giveIssue'], 'unknown_issue'));
    }
    if (!keys.has(c.getIssue)) {
      issues.push(makeIssue(['concessions', i, 'getIssue'], 'unknown_issue'));
    }
  });
  const seen = new Set<string>();
  sheet.attendees.forEach((a, i) => {
    if (a.side === 'ours') return;
    if (a.personId === null) {
      issues.push(makeIssue(['attendees', i, 'personId'], 'required'));
      return;
    }
    const code = checkAttendee(a.personId) ?? (seen.has(a.personId) ? 'duplicate_person' : null);
    seen.add(a.personId);
    if (code !== null) issues.push(makeIssue(['attendees', i, 'personId'], code));
  });
  return issues;
}

/** Concessions whose giveValue goes past the limit of the issue they give on (equal is within). */
export function concessionWarnings(sheet: Omit<SheetForRules, 'objectives' | 'attendees'>) {
  const byKey = new Map(sheet.issues.map((issue) => [issue.key, issue]));
  return sheet.concessions.flatMap((c, index): ConcessionWarning[] => {
    const issue = byKey.get(c.giveIssue);
    if (!issue || issue.direction === null || issue.limit === null || c.giveValue === null) {
      return [];
    }
    return isBetter(issue.limit, c.giveValue, issue.direction)
      ? [{ index, code: 'beyond_limit', issue: c.giveIssue }]
      : [];
  });
}
