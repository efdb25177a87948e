import type { FunnelStage, Grade } from '../../../../shared/enums.ts';
import type { AccountListItem } from '../../../../shared/schemas.ts';
import { quickSearch } from '../../../ui/quickSearch.ts';

export type AccountFilters = {
  query: string;
  grade: Grade | null;
  funnelStage: FunnelStage | null;
};

/** The accounts list's quick search: name, industry, region and owner. */
export const accountSearch = quickSearch<AccountListItem>((a) => [
  a.name,
  a.industry,
  a.region,
  a.owner,
]);

/** The grade and stage filters (the quick search is applied on its own, see the page). */
export const inGradeAndStage =
  (filters: Omit<AccountFilters, 'query'>) =>
  (a: AccountListItem): boolean =>
    (filters.grade === null || a.grade === filters.grade) &&
    (filters.funnelStage === null || a.funnelStage === filters.funnelStage);

/** Quick search over name, industry, region and owner, plus the grade and stage filters. */
export function filterAccounts(
  accounts: AccountListItem[],
  filters: AccountFilters,
): AccountListItem[] {
  return accountSearch.filter(accounts, filters.query).filter(inGradeAndStage(filters));
}
