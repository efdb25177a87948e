import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

export const committeeQueries = {
  /** Everything of the committee feature: members, coverage, changes. */
  all: ['committee'] as const,
  members: (opportunityId: string) =>
    queryOptions({
      queryKey: ['committee', 'members', opportunityId],
      queryFn: () => invoke('committee.get', { opportunityId }),
    }),
};
