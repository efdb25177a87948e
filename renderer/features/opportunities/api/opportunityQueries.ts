import { readQuery } from '../../../data/read.ts';

export const opportunityQueries = {
  /** One account's opportunities, or everybody's when no account is given. */
  list: (accountId?: string) => readQuery('opportunities.list', accountId ? { accountId } : {}),
  detail: (id: string) => readQuery('opportunities.get', { id }),
};
