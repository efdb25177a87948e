import { categoryOf, weightedAmount } from '../../../../shared/forecastMath.ts';
import type { AdvanceStageInput, EvidenceInput } from '../../../../shared/pipeline.ts';
import { invoke } from '../../../api/invoke.ts';
import { readQuery } from '../../../data/read.ts';
import { useWrite } from '../../../data/write.ts';

export const pipelineQueries = {
  deal: (id: string) => readQuery('stages.deal', { id }),
};

/** The deal with its evidence, read fresh before a move so the gate is judged on today's ticks. */
export const fetchPipelineDeal = (id: string) => invoke('stages.deal', { id });

/**
 * Saves checklist items one after another, so a tick followed quickly by a note never arrives
 * out of order; the cached deal takes the saved evidence.
 */
export function useSaveEvidence(dealId: string) {
  return useWrite(
    async (item: EvidenceInput, { write, cache }) => {
      const evidence = await write('stages.saveEvidence', { id: dealId, items: [item] });
      cache.patch(pipelineQueries.deal(dealId), (old) => (old ? { ...old, evidence } : old));
      return evidence;
    },
    { scope: `evidence:${dealId}` },
  );
}

/**
 * Moves a deal to another stage (or sets its probability), from the deal page or the pipeline
 * board: the same gate everywhere. The deal and the cached boards take the answer at once, so a
 * card does not jump back while every view of deals refreshes.
 */
export function useAdvanceStage() {
  return useWrite(async (input: AdvanceStageInput, { write, cache }) => {
    const { deal } = await write('stages.advance', input);
    cache.put(pipelineQueries.deal(deal.id), () => deal);
    cache.putAll('pipeline.list', (old) => ({
      ...old,
      rows: old.rows.map((r) =>
        r.id === deal.id
          ? {
              ...r,
              stageKey: deal.stageKey,
              probability: deal.probability,
              weighted: weightedAmount(deal),
              category: categoryOf({ probability: deal.probability, categoryOverride: null }),
              version: deal.version,
              updatedAt: deal.updatedAt,
            }
          : r,
      ),
    }));
    return deal;
  });
}
