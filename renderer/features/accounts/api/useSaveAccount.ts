import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountCreate, AccountUpdate } from '../../../../shared/schemas.ts';
import { invoke } from '../../../api/invoke.ts';
import { opportunityQueries } from '../../opportunities/index.ts';
import { accountQueries } from './accountQueries.ts';

/** Creates an account, or updates one when the input carries its id and version. */
export function useSaveAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AccountCreate | AccountUpdate) =>
      'id' in input ? invoke('accounts.update', input) : invoke('accounts.create', input),
    onSuccess: async (account) => {
      queryClient.setQueryData(accountQueries.detail(account.id).queryKey, account);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: accountQueries.all }),
        // Opportunity lists show the account's name.
        queryClient.invalidateQueries({ queryKey: opportunityQueries.all }),
      ]);
    },
  });
}
