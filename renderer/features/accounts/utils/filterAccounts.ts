import type { FunnelStage, Grade } from '../../../../shared/enums.ts';
import type { AccountListItem } from '../../../../shared/schemas.ts';
import { matchesQuery } from '../../../ui/matchesQuery.ts';

export type AccountFilters = {
  query: string;
  grade: Grade | null;
  funnelStage: FunnelStage | null;
};

/** Quick search over name, industry, region and owner, plus the grade and stage filters. */
export function filterAccounts(
  accounts: readonly AccountListItem[],
  filters: AccountFilters,
): AccountListItem[] {
  return accounts.filter(
    (a) =>
      (filters.grade === null || a.grade === filters.grade) &&
      (filters.funnelStage === null || a.funnelStage === filters.funnelStage) &&
      matchesQuery(filters.query, [a.name, a.industry, a.region, a.owner]),
  );
}
