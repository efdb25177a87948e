import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DealCompetitorUpsert } from '../../../../shared/competition.ts';
import { invoke } from '../../../api/invoke.ts';
import { competitionQueries } from './competitionQueries.ts';

/** Puts competitors in a deal, changes and removes them; refreshes the comparison and coverage. */
export function useDealCompetitorMutations(opportunityId: string) {
  const queryClient = useQueryClient();
  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: competitionQueries.all }),
      // Rep relations feed the committee's coverage (competitor_closer).
      queryClient.invalidateQueries({ queryKey: ['committee', opportunityId] }),
    ]);
  };
  return {
    upsert: useMutation({
      mutationFn: (input: Omit<DealCompetitorUpsert, 'opportunityId'>) =>
        invoke('dealCompetitors.upsert', { opportunityId, ...input }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (competitorId: string) =>
        invoke('dealCompetitors.remove', { opportunityId, competitorId }),
      onSuccess: refresh,
    }),
  };
}
