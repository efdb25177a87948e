import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/channels.ts';
import { invoke } from '../../../api/invoke.ts';
import { buyingRoleQueries } from './buyingRoleQueries.ts';

/** Create, rename, hide/show and reorder the workspace's buying roles. */
export function useBuyingRoleMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: buyingRoleQueries.all });
  return {
    create: useMutation({
      mutationFn: (input: ChannelInput<'buyingRoles.create'>) =>
        invoke('buyingRoles.create', input),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: (input: ChannelInput<'buyingRoles.update'>) =>
        invoke('buyingRoles.update', input),
      onSuccess: refresh,
    }),
    reorder: useMutation({
      mutationFn: (codes: string[]) => invoke('buyingRoles.reorder', { codes }),
      onSuccess: (roles) => queryClient.setQueryData(buyingRoleQueries.list().queryKey, roles),
    }),
  };
}
