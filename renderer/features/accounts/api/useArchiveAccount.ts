import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/channels.ts';
import { invoke } from '../../../api/invoke.ts';
import { opportunityQueries } from '../../opportunities/index.ts';
import { accountQueries } from './accountQueries.ts';

export function useArchiveAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'accounts.archive'>) => invoke('accounts.archive', input),
    onSuccess: async (account) => {
      queryClient.setQueryData(accountQueries.detail(account.id).queryKey, account);
      // Patch the lists at once, so that going back never shows the old state while they reload.
      queryClient.setQueryData(accountQueries.list(false).queryKey, (list) =>
        list?.filter((a) => a.id !== account.id || !account.archived),
      );
      queryClient.setQueryData(accountQueries.list(true).queryKey, (list) =>
        list?.map((a) => (a.id === account.id ? { ...a, ...account } : a)),
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accountQueries.all }),
        queryClient.invalidateQueries({ queryKey: opportunityQueries.all }),
      ]);
    },
  });
}
