import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Grade } from '../../../../shared/enums.ts';
import { categoryOf, weightedAmount } from '../../../../shared/forecastMath.ts';
import type { AdvanceStageInput } from '../../../../shared/pipeline.ts';
import type { PipelineList } from '../../../../shared/pipelineList.ts';
import { invoke } from '../../../api/invoke.ts';

/** The filters the three pipeline views share; absent means "all". */
export type PipelineFilters = {
  owner?: string;
  accountId?: string;
  closeQuarter?: string;
  grade?: Grade;
};

export const pipelineQueries = {
  all: ['pipeline'] as const,
  list: (input: PipelineFilters & { stageSetId: string }) =>
    queryOptions({
      queryKey: ['pipeline', 'list', input],
      queryFn: () => invoke('pipeline.list', input),
      // A filter change keeps the previous board on screen until the new one arrives.
      placeholderData: (previous) => previous,
      // Thousands of rows: a deep comparison with the previous answer costs more than it saves.
      structuralSharing: false,
    }),
};

/** Everything a stage move changes on other screens: lists, the deal, forecast and reviews. */
const AFFECTED = [['pipeline'], ['opportunities'], ['forecast'], ['reviews']] as const;

/**
 * Moves a deal to another stage through `opportunities.advanceStage` (the same gate as the deal
 * page). The cached boards take the new stage at once, so the card does not jump back while the
 * lists refresh.
 */
export function useAdvanceStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AdvanceStageInput) => invoke('opportunities.advanceStage', input),
    onSuccess: async ({ deal }) => {
      queryClient.setQueriesData<PipelineList>({ queryKey: ['pipeline', 'list'] }, (old) =>
        old
          ? {
              ...old,
              rows: old.rows.map((r) =>
                r.id === deal.id
                  ? {
                      ...r,
                      stageKey: deal.stageKey,
                      probability: deal.probability,
                      weighted: weightedAmount(deal),
                      category: categoryOf({
                        probability: deal.probability,
                        categoryOverride: null,
                      }),
                      version: deal.version,
                      updatedAt: deal.updatedAt,
                    }
                  : r,
              ),
            }
          : old,
      );
      await Promise.all(
        AFFECTED.map((queryKey) => queryClient.invalidateQueries({ queryKey: [...queryKey] })),
      );
    },
  });
}

/** The deal with its evidence, read fresh before a move so the gate is judged on today's ticks. */
export const fetchPipelineDeal = (id: string) => invoke('opportunities.pipeline', { id });
