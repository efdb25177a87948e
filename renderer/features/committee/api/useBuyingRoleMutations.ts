import type { ChannelInput } from '../../../../shared/channels.ts';
import { useWrite } from '../../../data/write.ts';
import { buyingRoleQueries } from './buyingRoleQueries.ts';

/** Create, rename, hide/show and reorder the workspace's buying roles. */
export function useBuyingRoleMutations() {
  return {
    create: useWrite((input: ChannelInput<'buyingRoles.create'>, { write }) =>
      write('buyingRoles.create', input),
    ),
    update: useWrite((input: ChannelInput<'buyingRoles.update'>, { write }) =>
      write('buyingRoles.update', input),
    ),
    reorder: useWrite(async (codes: string[], { write, cache }) => {
      const roles = await write('buyingRoles.reorder', { codes });
      cache.put(buyingRoleQueries.list(), () => roles);
      return roles;
    }),
  };
}
