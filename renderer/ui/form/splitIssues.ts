import type { Issue } from '../../../shared/issues.ts';

export type SplitIssues = {
  /** The first issue of each field the form shows, keyed by field name. */
  byField: Record<string, Issue>;
  /** Issues about the whole input, or about a field the form does not show. */
  general: Issue[];
};

/** Sorts issues into those that belong next to a field of this form and the rest. */
export function splitIssues(issues: readonly Issue[], fields: readonly string[]): SplitIssues {
  const byField: Record<string, Issue> = {};
  const general: Issue[] = [];
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && fields.includes(field)) {
      byField[field] ??= issue;
    } else {
      general.push(issue);
    }
  }
  return { byField, general };
}
