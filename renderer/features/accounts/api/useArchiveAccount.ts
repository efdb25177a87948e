import type { ChannelInput } from '../../../../shared/channels.ts';
import { useWrite } from '../../../data/write.ts';
import { accountQueries } from './accountQueries.ts';

export function useArchiveAccount() {
  return useWrite(async (input: ChannelInput<'accounts.archive'>, { write, cache }) => {
    const account = await write('accounts.archive', input);
    cache.put(accountQueries.detail(account.id), () => account);
    // Patch the lists at once, so that going back never shows the old state while they reload.
    cache.patch(accountQueries.list(false), (list) =>
      list?.filter((a) => a.id !== account.id || !account.archived),
    );
    cache.patch(accountQueries.list(true), (list) =>
      list?.map((a) => (a.id === account.id ? { ...a, ...account } : a)),
    );
    return account;
  });
}
