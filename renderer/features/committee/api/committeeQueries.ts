import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

export const committeeQueries = {
  /** Everything of the committee feature; a deal's keys start with ['committee', its id]. */
  all: ['committee'] as const,
  members: (opportunityId: string) =>
    queryOptions({
      queryKey: ['committee', opportunityId, 'members'],
      queryFn: () => invoke('committee.get', { opportunityId }),
    }),
};
