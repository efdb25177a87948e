import { useCallback } from 'react';
import type { Criterion, CriterionUpsert } from '../../../../shared/competition.ts';
import type { Locale } from '../../../../shared/enums.ts';
import { useReload } from '../../../data/read.ts';
import { useWrite } from '../../../data/write.ts';
import { competitionQueries } from './competitionQueries.ts';

export type CriterionPatch = Omit<CriterionUpsert, 'opportunityId' | 'id' | 'version'>;

type CriterionEdit = { id: string | null; patch: CriterionPatch };

/**
 * Adds, changes and removes a deal's buying criteria; every change reloads the comparison.
 * Changes run one after another, each with the newest version known, so quick edits of one row
 * (weight, then a score) never race each other into a conflict.
 */
export function useCriteriaMutations(opportunityId: string) {
  const scope = `criteria:${opportunityId}`;
  const comparison = competitionQueries.comparison(opportunityId);
  const reload = useReload();
  const { mutateAsync } = useWrite(
    async ({ id, patch }: CriterionEdit, { write, cache }) => {
      const cached = id ? cache.get(comparison)?.criteria.find((c) => c.id === id) : null;
      const saved = await write('criteria.upsert', {
        opportunityId,
        ...(id ? { id, ...(cached ? { version: cached.version } : {}) } : {}),
        ...patch,
      });
      cache.patch(comparison, (old) =>
        old
          ? {
              ...old,
              criteria: old.criteria.some((c) => c.id === saved.id)
                ? old.criteria.map((c) => (c.id === saved.id ? saved : c))
                : [...old.criteria, saved],
            }
          : old,
      );
      return saved;
    },
    { scope },
  );

  return {
    /** Creates a criterion (no id) or changes one. */
    save: useCallback(
      (id: string | null, patch: CriterionPatch): Promise<Criterion> => mutateAsync({ id, patch }),
      [mutateAsync],
    ),
    /** Reads the comparison again (after someone else changed it). */
    refresh: () => reload(comparison),
    remove: useWrite((id: string, { write }) => write('criteria.remove', { id }), { scope }),
    addDefaults: useWrite(
      (locale: Locale, { write }) => write('criteria.addDefaults', { opportunityId, locale }),
      { scope },
    ),
  };
}
