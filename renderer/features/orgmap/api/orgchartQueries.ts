import { readQuery } from '../../../data/read.ts';

export const orgchartQueries = {
  chart: (accountId: string, opportunityId?: string) =>
    readQuery('orgchart.get', opportunityId ? { accountId, opportunityId } : { accountId }),
};
