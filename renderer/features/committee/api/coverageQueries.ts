import { useQuery } from '@tanstack/react-query';
import type { WhatIfChange } from '../../../../shared/committee.ts';
import { readQuery } from '../../../data/read.ts';

/** The deal a committee read was for: a new deal shows a spinner, a new what-if does not. */
const dealOf = (queryKey: readonly unknown[] | undefined) =>
  (queryKey?.[1] as { opportunityId?: string } | undefined)?.opportunityId;

/** The coverage of a deal's committee; with what-if changes, as it would be after them. */
export function useCoverage(opportunityId: string, whatIf: WhatIfChange[] = []) {
  return useQuery({
    ...readQuery(
      'committee.coverage',
      whatIf.length > 0 ? { opportunityId, whatIf } : { opportunityId },
    ),
    // Each what-if edit is a new key: keep showing this deal's last answer instead of a spinner.
    placeholderData: (previous, previousQuery) =>
      dealOf(previousQuery?.queryKey) === opportunityId ? previous : undefined,
  });
}

/** Committee changes of a deal since a YYYY-MM-DD date, for a review. */
export function useCommitteeChanges(opportunityId: string, since: string) {
  return useQuery({
    ...readQuery('committee.changesSince', { opportunityId, since }),
    placeholderData: (previous, previousQuery) =>
      dealOf(previousQuery?.queryKey) === opportunityId ? previous : undefined,
  });
}
