import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

export const negotiationQueries = {
  /** Everything of the negotiation feature. */
  all: ['negotiations'] as const,
  list: (opportunityId: string) =>
    queryOptions({
      queryKey: ['negotiations', 'list', opportunityId],
      queryFn: () => invoke('negotiations.list', { opportunityId }),
    }),
  sheet: (id: string) =>
    queryOptions({
      queryKey: ['negotiations', 'sheet', id],
      queryFn: () => invoke('negotiations.get', { id }),
    }),
};
