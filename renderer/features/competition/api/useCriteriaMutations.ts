import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Criterion, CriterionUpsert } from '../../../../shared/competition.ts';
import type { Locale } from '../../../../shared/enums.ts';
import { invoke } from '../../../api/invoke.ts';
import { competitionQueries } from './competitionQueries.ts';

export type CriterionPatch = Omit<CriterionUpsert, 'opportunityId' | 'id' | 'version'>;

/**
 * Adds, changes and removes a deal's buying criteria; every change reloads the comparison.
 * Changes run one after another, each with the newest version known, so quick edits of one row
 * (weight, then a score) never race each other into a conflict.
 */
export function useCriteriaMutations(opportunityId: string) {
  const queryClient = useQueryClient();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const key = competitionQueries.comparison(opportunityId).queryKey;
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: competitionQueries.deal(opportunityId) }),
    [queryClient, opportunityId],
  );

  /** Creates a criterion (no id) or changes one. */
  const save = useCallback(
    (id: string | null, patch: CriterionPatch): Promise<Criterion> => {
      const run = async () => {
        const cached = id ? queryClient.getQueryData(key)?.criteria.find((c) => c.id === id) : null;
        const saved = await invoke('criteria.upsert', {
          opportunityId,
          ...(id ? { id, ...(cached ? { version: cached.version } : {}) } : {}),
          ...patch,
        });
        queryClient.setQueryData(key, (old) =>
          old
            ? {
                ...old,
                criteria: old.criteria.some((c) => c.id === saved.id)
                  ? old.criteria.map((c) => (c.id === saved.id ? saved : c))
                  : [...old.criteria, saved],
              }
            : old,
        );
        void refresh();
        return saved;
      };
      const next = queue.current.then(run, run);
      queue.current = next.catch(() => undefined);
      return next;
    },
    [queryClient, key, opportunityId, refresh],
  );

  return {
    save,
    refresh,
    remove: useMutation({
      mutationFn: (id: string) => invoke('criteria.remove', { id }),
      onSuccess: refresh,
    }),
    addDefaults: useMutation({
      mutationFn: (locale: Locale) => invoke('criteria.addDefaults', { opportunityId, locale }),
      onSuccess: refresh,
    }),
  };
}
