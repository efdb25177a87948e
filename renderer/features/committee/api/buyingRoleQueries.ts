import { readQuery } from '../../../data/read.ts';

export const buyingRoleQueries = {
  /** Every role in the workspace's order, hidden ones included (they still label old picks). */
  list: () => ({ ...readQuery('buyingRoles.list', {}), staleTime: 60_000 }),
};
