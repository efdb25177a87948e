import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

export const accountQueries = {
  all: ['accounts'] as const,
  list: (includeArchived: boolean) =>
    queryOptions({
      queryKey: ['accounts', 'list', { includeArchived }],
      queryFn: () => invoke('accounts.list', { includeArchived }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['accounts', 'detail', id],
      queryFn: () => invoke('accounts.get', { id }),
    }),
};
