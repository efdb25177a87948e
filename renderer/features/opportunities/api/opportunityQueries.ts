import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

export const opportunityQueries = {
  all: ['opportunities'] as const,
  /** One account's opportunities, or everybody's when no account is given. */
  list: (accountId?: string) =>
    queryOptions({
      queryKey: ['opportunities', 'list', accountId ?? null],
      queryFn: () => invoke('opportunities.list', accountId ? { accountId } : {}),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: ['opportunities', 'detail', id],
      queryFn: () => invoke('opportunities.get', { id }),
    }),
};
