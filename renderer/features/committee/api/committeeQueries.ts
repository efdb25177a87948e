import { readQuery } from '../../../data/read.ts';

export const committeeQueries = {
  members: (opportunityId: string) => readQuery('committee.get', { opportunityId }),
};
