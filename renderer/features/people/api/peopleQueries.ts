import { readQuery } from '../../../data/read.ts';

export const peopleQueries = {
  list: (accountId: string) => readQuery('people.list', { accountId }),
  detail: (id: string) => readQuery('people.get', { id }),
};
