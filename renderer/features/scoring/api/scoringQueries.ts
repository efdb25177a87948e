import { readQuery } from '../../../data/read.ts';

export const scoringQueries = {
  settings: () => readQuery('scoringSettings.get', {}),
  evaluation: (opportunityId: string) => readQuery('evaluation.get', { opportunityId }),
  quadrant: () => readQuery('evaluation.quadrant', {}),
  account: (accountId: string) => readQuery('accountScoring.get', { accountId }),
};
