import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CompetitorCreate, CompetitorUpdate } from '../../../../shared/competition.ts';
import { invoke } from '../../../api/invoke.ts';
import { competitionQueries } from './competitionQueries.ts';

/** Creates a competitor (no id) or changes one (id + version): fields, verification, archive. */
export function useSaveCompetitor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompetitorCreate | CompetitorUpdate) =>
      'id' in input ? invoke('competitors.update', input) : invoke('competitors.create', input),
    // Names show on deals too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competitionQueries.all }),
  });
}
