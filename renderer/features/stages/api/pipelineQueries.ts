import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type {
  AdvanceStageInput,
  EvidenceInput,
  PipelineDeal,
} from '../../../../shared/pipeline.ts';
import { invoke } from '../../../api/invoke.ts';

export const pipelineQueries = {
  deal: (id: string) =>
    queryOptions({
      queryKey: ['pipeline', 'deal', id],
      queryFn: () => invoke('opportunities.pipeline', { id }),
    }),
};

/**
 * Saves checklist items one after another, so a tick followed quickly by a note never arrives
 * out of order; the cached deal takes the saved evidence.
 */
export function useSaveEvidence(dealId: string) {
  const queryClient = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  return useCallback(
    (item: EvidenceInput) => {
      const run = async () => {
        const evidence = await invoke('opportunities.saveEvidence', { id: dealId, items: [item] });
        queryClient.setQueryData(pipelineQueries.deal(dealId).queryKey, (old) =>
          old ? { ...old, evidence } : old,
        );
        return evidence;
      };
      const next = queue.current.then(run, run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [queryClient, dealId],
  );
}

/** Moves the deal (or sets its probability); the deal and every opportunity view refresh. */
export function useAdvanceStage(dealId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    async (input: Omit<AdvanceStageInput, 'id'>): Promise<PipelineDeal> => {
      const { deal } = await invoke('opportunities.advanceStage', { id: dealId, ...input });
      queryClient.setQueryData(pipelineQueries.deal(dealId).queryKey, deal);
      void queryClient.invalidateQueries({ queryKey: ['opportunities'] });
      void queryClient.invalidateQueries({ queryKey: ['pipeline'] });
      return deal;
    },
    [queryClient, dealId],
  );
}
