import type { OpportunityStatus } from '../../../../shared/enums.ts';
import type { OpportunityListItem } from '../../../../shared/schemas.ts';
import { quickSearch } from '../../../ui/quickSearch.ts';

/** The opportunities list's quick search: name, account, products and owner. */
export const opportunitySearch = quickSearch<OpportunityListItem>((o) => [
  o.name,
  o.accountName,
  o.products,
  o.owner,
]);

/** The status and owner filters (`owners` null: anyone's), applied after the quick search. */
export const inStatusAndOwners =
  (status: OpportunityStatus | null, owners: ReadonlySet<string> | null) =>
  (o: OpportunityListItem): boolean =>
    (status === null || o.status === status) && (owners === null || owners.has(o.owner));

/** What the opportunities list shows for its filters, as the panel computes it. */
export function filterOpportunities(
  deals: OpportunityListItem[],
  filters: {
    query: string;
    status: OpportunityStatus | null;
    owners: ReadonlySet<string> | null;
  },
): OpportunityListItem[] {
  return opportunitySearch
    .filter(deals, filters.query)
    .filter(inStatusAndOwners(filters.status, filters.owners));
}
