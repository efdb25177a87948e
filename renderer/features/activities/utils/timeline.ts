import type { Activity } from '../../../../shared/activities.ts';

export type MonthGroup = { month: string; activities: Activity[] };

/** Newest first, grouped by calendar month (YYYY-MM), months newest first too. */
export function groupByMonth(activities: readonly Activity[]): MonthGroup[] {
  const sorted = [...activities].sort(
    (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
  );
  const groups: MonthGroup[] = [];
  for (const a of sorted) {
    const month = a.date.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.activities.push(a);
    else groups.push({ month, activities: [a] });
  }
  return groups;
}

/** A next date that has passed: the promised follow-up is late. */
export const isOverdue = (nextDate: string | null, today: string): boolean =>
  nextDate !== null && nextDate < today;

/**
 * People to pick from: the deal's committee members first (in their order), then everybody else
 * of the account by name.
 */
export function peopleOptions<P extends { id: string; name: string }>(
  people: readonly P[],
  committeeIds: readonly string[],
): { committee: P[]; others: P[] } {
  const byId = new Map(people.map((p) => [p.id, p]));
  const committee = committeeIds.flatMap((id) => {
    const p = byId.get(id);
    return p ? [p] : [];
  });
  const inCommittee = new Set(committee.map((p) => p.id));
  const others = people
    .filter((p) => !inCommittee.has(p.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { committee, others };
}
