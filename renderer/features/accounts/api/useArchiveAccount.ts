import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/channels.ts';
import { invoke } from '../../../api/invoke.ts';
import { opportunityQueries } from '../../opportunities/api/opportunityQueries.ts';
import { accountQueries } from './accountQueries.ts';

export function useArchiveAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'accounts.archive'>) => invoke('accounts.archive', input),
    onSuccess: async (account) => {
      queryClient.setQueryData(accountQueries.detail(account.id).queryKey, account);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accountQueries.all }),
        queryClient.invalidateQueries({ queryKey: opportunityQueries.all }),
      ]);
    },
  });
}
