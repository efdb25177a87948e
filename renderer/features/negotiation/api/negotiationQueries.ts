import { readQuery } from '../../../data/read.ts';

export const negotiationQueries = {
  list: (opportunityId: string) => readQuery('negotiations.list', { opportunityId }),
  sheet: (id: string) => readQuery('negotiations.get', { id }),
};
