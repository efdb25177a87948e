import type { Issue } from '../../../shared/issues.ts';

export type SplitIssues = {
  /** The first issue of each field the form shows, keyed by field name. */
  byField: Record<string, Issue>;
  /** Issues about the whole input, or about a field the form does not show. */
  general: Issue[];
};

/** Which field of a form shows the issue at `path`, or null when none does. */
export type FieldOf = (path: Issue['path']) => string | null;

/**
 * The field among `fields` that the longest start of a path names: 'tags' for ['tags', 2],
 * 'scores.credit' for ['scores', 'credit'] when the form shows each score.
 */
export const fieldAmong =
  (fields: readonly string[]): FieldOf =>
  (path) => {
    for (let length = path.length; length > 0; length--) {
      const key = path.slice(0, length).join('.');
      if (fields.includes(key)) return key;
    }
    return null;
  };

/** Sorts issues into those that belong next to a field of this form and the rest. */
export function splitIssues(issues: readonly Issue[], fieldOf: FieldOf): SplitIssues {
  const byField: Record<string, Issue> = {};
  const general: Issue[] = [];
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === null) general.push(issue);
    else byField[field] ??= issue;
  }
  return { byField, general };
}
