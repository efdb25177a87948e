import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';

export const orgchartQueries = {
  all: ['orgchart'] as const,
  /** Every map of one account, whichever deal context it was opened in. */
  account: (accountId: string) => ['orgchart', accountId] as const,
  chart: (accountId: string, opportunityId?: string) =>
    queryOptions({
      queryKey: ['orgchart', accountId, opportunityId ?? null],
      queryFn: () =>
        invoke('orgchart.get', opportunityId ? { accountId, opportunityId } : { accountId }),
    }),
};
