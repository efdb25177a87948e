import { readQuery } from '../../../data/read.ts';

export const competitionQueries = {
  list: (includeArchived: boolean) => readQuery('competitors.list', { includeArchived }),
  detail: (id: string) => readQuery('competitors.get', { id }),
  dealCompetitors: (opportunityId: string) => readQuery('dealCompetitors.list', { opportunityId }),
  /** The criteria with their normalised weights, the weighted totals and the gaps. */
  comparison: (opportunityId: string) => readQuery('criteria.comparison', { opportunityId }),
  outcome: (opportunityId: string) => readQuery('outcomes.get', { opportunityId }),
  swot: (opportunityId: string) => readQuery('swot.get', { opportunityId }),
};
