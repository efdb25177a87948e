import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StageSetSave } from '../../../../shared/pipeline.ts';
import { invoke } from '../../../api/invoke.ts';
import { opportunityQueries } from '../../opportunities/index.ts';
import { stageSetQueries } from '../../stages/index.ts';

/** Saves a stage set; deals following a stage take its new probability, so they reload too. */
export function useSaveStageSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StageSetSave) => invoke('stageSets.save', input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: stageSetQueries.all().queryKey }),
        queryClient.invalidateQueries({ queryKey: opportunityQueries.all }),
      ]);
    },
  });
}
