import { teamOf, type TeamFilter, type TeamMember } from '../../../../shared/team.ts';

/**
 * The owner filter as one text, as a Select, a remembered view and the address keep it:
 * `member:<id>` for one member's deals, `team:<id>` for a manager and everyone below them.
 */
export type TeamFilterValue = string;

const PATTERN = /^(member|team):(.+)$/;

/** The filter a value stands for; anything else is no filter. */
export function teamFilterOf(value: string | null | undefined): TeamFilter | undefined {
  const match = PATTERN.exec(value ?? '');
  if (!match?.[2]) return undefined;
  return { memberId: match[2], includeReports: match[1] === 'team' };
}

export function teamFilterValue(filter: TeamFilter): TeamFilterValue {
  return `${filter.includeReports ? 'team' : 'member'}:${filter.memberId}`;
}

const sameName = (a: string, b: string) =>
  a.normalize('NFKC').toLowerCase() === b.normalize('NFKC').toLowerCase();

/**
 * A stored or bookmarked value read against the team: a member or team kept, an owner's name
 * (the free-text filter of old addresses) turned into that member, anything else dropped. While
 * the team is still loading (`members` undefined) the value is kept as it is.
 */
export function knownTeamValue(
  value: string | null,
  members: readonly Pick<TeamMember, 'id' | 'name'>[] | undefined,
): TeamFilterValue | null {
  if (value === null || value === '' || members === undefined) return value || null;
  const filter = teamFilterOf(value);
  if (filter) return members.some((m) => m.id === filter.memberId) ? value : null;
  const named = members.find((m) => sameName(m.name, value));
  return named ? teamFilterValue({ memberId: named.id, includeReports: false }) : null;
}

/** The owner names a filter keeps (for lists filtered here rather than in main). */
export function ownersOf(
  filter: TeamFilter,
  members: readonly Pick<TeamMember, 'id' | 'name' | 'managerId'>[],
): Set<string> {
  const ids = teamOf(members, filter.memberId, filter.includeReports ?? false);
  return new Set(members.filter((m) => ids.has(m.id)).map((m) => m.name));
}
