import { readQuery } from '../../../data/read.ts';

export const accountQueries = {
  list: (includeArchived: boolean) => readQuery('accounts.list', { includeArchived }),
  detail: (id: string) => readQuery('accounts.get', { id }),
};
