import type { AccountCreate, AccountUpdate } from '../../../../shared/schemas.ts';
import { useWrite } from '../../../data/write.ts';
import { accountQueries } from './accountQueries.ts';

/** Creates an account, or updates one when the input carries its id and version. */
export function useSaveAccount() {
  return useWrite(async (input: AccountCreate | AccountUpdate, { write, cache }) => {
    const account =
      'id' in input ? await write('accounts.update', input) : await write('accounts.create', input);
    cache.put(accountQueries.detail(account.id), () => account);
    return account;
  });
}
