import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

/**
 * Everything of evaluation and grading starts with ['scoring']: the settings change every score,
 * so saving them invalidates the whole tree.
 */
export const scoringQueries = {
  all: ['scoring'] as const,

  settings: () =>
    queryOptions({
      queryKey: ['scoring', 'settings'],
      queryFn: () => invoke('scoringSettings.get', {}),
    }),
  evaluation: (opportunityId: string) =>
    queryOptions({
      queryKey: ['scoring', 'evaluation', opportunityId],
      queryFn: () => invoke('evaluation.get', { opportunityId }),
    }),
  quadrant: () =>
    queryOptions({
      queryKey: ['scoring', 'quadrant'],
      queryFn: () => invoke('evaluation.quadrant', {}),
    }),
  account: (accountId: string) =>
    queryOptions({
      queryKey: ['scoring', 'account', accountId],
      queryFn: () => invoke('accountScoring.get', { accountId }),
    }),
};
