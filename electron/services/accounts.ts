import type { ChannelArgs } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue } from '../../shared/issues.ts';
import type { Account, AccountListItem } from '../../shared/schemas.ts';
import {
  applyPatch,
  checkVersion,
  notFound,
  writeTransaction,
  type ServiceContext,
} from './common.ts';
import type { HandlersOf } from '../handlers.ts';
import type { ErasureService } from './erasure.ts';

export type AccountsService = ReturnType<typeof createAccountsService>;

export function createAccountsService(
  { db, repos, writer }: ServiceContext,
  erasure: ErasureService,
) {
  const { accounts } = repos;

  function load(id: string): Account {
    const account = accounts.get(id);
    if (!account) throw notFound('Account');
    return account;
  }

  /** Active account names are unique, so lists and pickers never show two look-alikes. */
  function checkName(account: Account): void {
    if (!account.archived && accounts.nameTaken(account.name, account.id)) {
      const issue = makeIssue(['name'], 'duplicate_name');
      throw new AppError('conflict', issue.message, [issue]);
    }
  }

  function save(current: Account, next: Account): Account {
    checkName(next);
    return writer.update('account', accounts, current, next);
  }

  return {
    list({ includeArchived }: ChannelArgs<'accounts.list'>): AccountListItem[] {
      return accounts.list(includeArchived);
    },
    get({ id }: ChannelArgs<'accounts.get'>): Account {
      return load(id);
    },
    create(input: ChannelArgs<'accounts.create'>): Account {
      return writeTransaction(db, () => {
        const account: Account = writer.stamp({ ...input, archived: false });
        checkName(account);
        return writer.insert('account', accounts, account);
      });
    },
    update(input: ChannelArgs<'accounts.update'>): Account {
      return writeTransaction(db, () => {
        const current = load(input.id);
        checkVersion(current, input.version, 'account');
        return save(current, applyPatch(current, input));
      });
    },
    /** Archives or restores; restoring checks the name again, since another account may have taken it. */
    archive({ id, version, archived }: ChannelArgs<'accounts.archive'>): Account {
      return writeTransaction(db, () => {
        const current = load(id);
        checkVersion(current, version, 'account');
        return save(current, { ...current, archived });
      });
    },
    erasePreview: ({ id }: ChannelArgs<'accounts.erasePreview'>) => erasure.previewAccount(id),
    erase: ({ id, confirmName }: ChannelArgs<'accounts.erase'>) =>
      erasure.eraseAccount(id, confirmName),
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function accountsHandlers(s: AccountsService): HandlersOf<'accounts'> {
  return {
    'accounts.list': (input) => s.list(input),
    'accounts.get': (input) => s.get(input),
    'accounts.create': (input) => s.create(input),
    'accounts.update': (input) => s.update(input),
    'accounts.archive': (input) => s.archive(input),
    'accounts.erasePreview': (input) => s.erasePreview(input),
    'accounts.erase': (input) => s.erase(input),
  };
}
