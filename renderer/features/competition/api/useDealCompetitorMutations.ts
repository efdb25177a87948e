import type { DealCompetitorUpsert } from '../../../../shared/competition.ts';
import { useWrite } from '../../../data/write.ts';

/** Puts competitors in a deal, changes and removes them; comparison and coverage follow. */
export function useDealCompetitorMutations(opportunityId: string) {
  return {
    upsert: useWrite((input: Omit<DealCompetitorUpsert, 'opportunityId'>, { write }) =>
      write('dealCompetitors.upsert', { opportunityId, ...input }),
    ),
    remove: useWrite((competitorId: string, { write }) =>
      write('dealCompetitors.remove', { opportunityId, competitorId }),
    ),
  };
}
