import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

export const buyingRoleQueries = {
  all: ['buyingRoles'] as const,
  /** Every role in the workspace's order, hidden ones included (they still label old picks). */
  list: () =>
    queryOptions({
      queryKey: ['buyingRoles', 'list'],
      queryFn: () => invoke('buyingRoles.list', {}),
      staleTime: 60_000,
    }),
};
