import type { Migration } from './migration.ts';

// One limit per negotiation issue (issue 11). Before, an issue had "Our limit" as words and a
// separate `limitValue` number that the over-limit warning alone read, so a limit typed as words
// ("7000000") was never checked. Now `limit` is the number and `limitNote` the words beside it.
// issues is JSON in negotiations (0005): each issue is rewritten, nothing else changes.

type OldIssue = Record<string, unknown> & { limit?: unknown; limitValue?: unknown };

/** "7000000", "7,000,000", "-1.5": a limit typed as a plain number; anything else is words. */
function plainNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed.replaceAll(',', ''));
  return Number.isFinite(value) ? value : null;
}

export function toOneLimit(old: OldIssue): Record<string, unknown> {
  const { limit: oldText, limitValue, ...rest } = old;
  const words = typeof oldText === 'string' ? oldText : '';
  const typed = plainNumber(words);
  const limit = typeof limitValue === 'number' ? limitValue : typed;
  // Words that only repeat the number are dropped; any other words stay as the note.
  const limitNote = typed !== null && typed === limit ? '' : words;
  return { ...rest, limit, direction: rest.direction ?? null, limitNote };
}

export const negotiationLimits: Migration = {
  version: 11,
  name: 'negotiation-limits',
  up(db) {
    const rows = db
      .prepare<[], { id: string; issues: string }>('SELECT id, issues FROM negotiations')
      .all();
    const update = db.prepare<[string, string]>('UPDATE negotiations SET issues = ? WHERE id = ?');
    for (const row of rows) {
      const issues = (JSON.parse(row.issues) as OldIssue[]).map(toOneLimit);
      update.run(JSON.stringify(issues), row.id);
    }
  },
};
