import type {
  AccountScoringSave,
  DealEvaluationSave,
  ScoringSettingsSave,
} from '../../../../shared/evaluation.ts';
import { useWrite } from '../../../data/write.ts';
import { scoringQueries } from './scoringQueries.ts';

/** Stores the scoring settings; every score and tier judged against them refreshes. */
export function useSaveScoringSettings() {
  return useWrite(async (input: ScoringSettingsSave, { write, cache }) => {
    const next = await write('scoringSettings.save', input);
    cache.put(scoringQueries.settings(), () => next);
    return next;
  });
}

/** Stores a deal's evaluation; the quadrant follows. */
export function useSaveEvaluation() {
  return useWrite(async (input: DealEvaluationSave, { write, cache }) => {
    const next = await write('evaluation.save', input);
    cache.put(scoringQueries.evaluation(input.opportunityId), () => next);
    return next;
  });
}

/** Stores an account's grading. */
export function useSaveAccountScoring() {
  return useWrite(async (input: AccountScoringSave, { write, cache }) => {
    const next = await write('accountScoring.save', input);
    cache.put(scoringQueries.account(input.accountId), () => next);
    return next;
  });
}
