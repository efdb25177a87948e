import { useQuery } from '@tanstack/react-query';
import type { WhatIfChange } from '../../../../shared/committee.ts';
import { invoke } from '../../../api/invoke.ts';

// Keys start with ['committee', opportunityId] so that invalidating a committee after an edit
// refreshes its coverage and history too.

/** The coverage of a deal's committee; with what-if changes, as it would be after them. */
export function useCoverage(opportunityId: string, whatIf: WhatIfChange[] = []) {
  return useQuery({
    queryKey: ['committee', opportunityId, 'coverage', whatIf],
    queryFn: () =>
      invoke(
        'committee.coverage',
        whatIf.length > 0 ? { opportunityId, whatIf } : { opportunityId },
      ),
    // Each what-if edit is a new key: keep showing this deal's last answer instead of a spinner.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === opportunityId ? previous : undefined,
  });
}

/** Committee changes of a deal since a YYYY-MM-DD date, for a review. */
export function useCommitteeChanges(opportunityId: string, since: string) {
  return useQuery({
    queryKey: ['committee', opportunityId, 'changesSince', since],
    queryFn: () => invoke('committee.changesSince', { opportunityId, since }),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === opportunityId ? previous : undefined,
  });
}
