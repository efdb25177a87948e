import type { TeamFilter } from '../../../../shared/team.ts';

/** A team filter as one picker value: `member:<id>` or `team:<id>` (the member and their reports). */
export function teamFilterValue(filter: TeamFilter | undefined): string | null {
  if (!filter) return null;
  return `${filter.includeReports ? 'team' : 'member'}:${filter.memberId}`;
}

export function teamFilterOf(value: string | null): TeamFilter | undefined {
  const match = value?.match(/^(member|team):(.+)$/);
  if (!match) return undefined;
  return { memberId: match[2]!, includeReports: match[1] === 'team' };
}
