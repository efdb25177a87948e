// "What changed since the last review" nets the history: per subject (the deal, one committee
// member) and field, the value before the first edit → the value after the last one. A field
// edited back and forth to where it started (High → Medium → High) did not change. Pure.

/** One recorded edit of one field of one subject. */
export type FieldEdit = {
  /** Whose field it is (the deal, a person): the net changes are grouped by it. */
  subject: string;
  field: string;
  before: unknown;
  after: unknown;
  at: string;
};

export type NetChange = {
  field: string;
  /** The value before the first edit since the review. */
  before: unknown;
  /** The value after the last edit. */
  after: unknown;
  /** When it was last edited. */
  at: string;
};

export type NetGroup = { subject: string; changes: NetChange[] };

/** Empty text, null and a missing value are all "no value". */
const normal = (v: unknown): unknown => (v === undefined || v === '' ? null : v);
/** Lists compare as sets (a member's roles have no order). */
const key = (v: unknown) =>
  JSON.stringify(Array.isArray(v) ? [...(v as unknown[])].map(String).sort() : normal(v));

export const sameValue = (a: unknown, b: unknown) => key(a) === key(b);

/**
 * Net changes of `edits` (each subject's oldest first), by subject: subjects and their fields in
 * the order they first appear. Fields that ended where they started are left out, and subjects
 * left with none.
 */
export function netChanges(edits: readonly FieldEdit[]): NetGroup[] {
  const subjects = new Map<string, Map<string, NetChange>>();
  for (const e of edits) {
    let fields = subjects.get(e.subject);
    if (!fields) subjects.set(e.subject, (fields = new Map()));
    const seen = fields.get(e.field);
    fields.set(e.field, {
      field: e.field,
      before: seen ? seen.before : e.before,
      after: e.after,
      at: e.at,
    });
  }
  return [...subjects]
    .map(([subject, fields]) => ({
      subject,
      changes: [...fields.values()].filter((c) => !sameValue(c.before, c.after)),
    }))
    .filter((g) => g.changes.length > 0);
}

/**
 * Caps a list of groups at `max` lines in all, whole groups first then part of the next one;
 * `left` is how many lines did not fit.
 */
export function capGroups(
  groups: readonly NetGroup[],
  max: number,
): { shown: NetGroup[]; left: number } {
  const shown: NetGroup[] = [];
  let room = max;
  let left = 0;
  for (const g of groups) {
    const fit = g.changes.slice(0, Math.max(room, 0));
    if (fit.length > 0) shown.push({ ...g, changes: fit });
    left += g.changes.length - fit.length;
    room -= fit.length;
  }
  return { shown, left };
}
