import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

/**
 * Everything of the competition feature starts with ['competition']; the library's keys with
 * ['competition', 'competitors'], a deal's with ['competition', 'deal', its id].
 */
export const competitionQueries = {
  all: ['competition'] as const,
  library: ['competition', 'competitors'] as const,
  deal: (opportunityId: string) => ['competition', 'deal', opportunityId] as const,

  list: (includeArchived: boolean) =>
    queryOptions({
      queryKey: ['competition', 'competitors', 'list', includeArchived],
      queryFn: () => invoke('competitors.list', { includeArchived }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['competition', 'competitors', 'detail', id],
      queryFn: () => invoke('competitors.get', { id }),
    }),
  dealCompetitors: (opportunityId: string) =>
    queryOptions({
      queryKey: ['competition', 'deal', opportunityId, 'competitors'],
      queryFn: () => invoke('dealCompetitors.list', { opportunityId }),
    }),
  /** The criteria with their normalised weights, the weighted totals and the gaps. */
  comparison: (opportunityId: string) =>
    queryOptions({
      queryKey: ['competition', 'deal', opportunityId, 'comparison'],
      queryFn: () => invoke('criteria.comparison', { opportunityId }),
    }),
  outcome: (opportunityId: string) =>
    queryOptions({
      queryKey: ['competition', 'deal', opportunityId, 'outcome'],
      queryFn: () => invoke('outcomes.get', { opportunityId }),
    }),
  swot: (opportunityId: string) =>
    queryOptions({
      queryKey: ['competition', 'deal', opportunityId, 'swot'],
      queryFn: () => invoke('swot.get', { opportunityId }),
    }),
};
