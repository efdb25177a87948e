import { readQuery } from '../../../data/read.ts';

/** The whole team in one page: a sales team is tens of people, the limit a few thousand. */
const ALL = { offset: 0, limit: 5000 };

export const teamQueries = {
  list: (includeArchived: boolean) => readQuery('team.list', { includeArchived, ...ALL }),
};
