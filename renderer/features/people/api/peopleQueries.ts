import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

export const peopleQueries = {
  all: ['people'] as const,
  list: (accountId: string) =>
    queryOptions({
      queryKey: ['people', 'list', accountId],
      queryFn: () => invoke('people.list', { accountId }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['people', 'detail', id],
      queryFn: () => invoke('people.get', { id }),
    }),
};
