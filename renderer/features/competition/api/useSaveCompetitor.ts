import type { CompetitorCreate, CompetitorUpdate } from '../../../../shared/competition.ts';
import { useWrite } from '../../../data/write.ts';

/** Creates a competitor (no id) or changes one (id + version): fields, verification, archive. */
export function useSaveCompetitor() {
  return useWrite((input: CompetitorCreate | CompetitorUpdate, { write }) =>
    'id' in input ? write('competitors.update', input) : write('competitors.create', input),
  );
}
