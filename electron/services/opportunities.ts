import type { ChannelArgs } from '../../shared/channels.ts';
import { DEFAULT_STAGE_PROBABILITY } from '../../shared/enums.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue } from '../../shared/issues.ts';
import { reasonIssue, type Opportunity, type OpportunityListItem } from '../../shared/schemas.ts';
import { createAccountsRepo } from '../store/repositories/accounts.ts';
import { createOpportunitiesRepo } from '../store/repositories/opportunities.ts';
import {
  applyPatch,
  checkVersion,
  createRecordWriter,
  notFound,
  requireAccount,
  requireOpenAccount,
  writeTransaction,
  type ServiceContext,
} from './common.ts';

export type OpportunitiesService = ReturnType<typeof createOpportunitiesService>;

export function createOpportunitiesService({ db, now }: ServiceContext) {
  const accounts = createAccountsRepo(db);
  const opportunities = createOpportunitiesRepo(db);
  const writer = createRecordWriter(db, now);

  function load(id: string): Opportunity {
    const opportunity = opportunities.get(id);
    if (!opportunity) throw notFound('Opportunity');
    return opportunity;
  }

  /** Checked on the whole record, since an update may change the status or the reason alone. */
  function checkReason(opportunity: Opportunity): void {
    if (reasonIssue(opportunity)) {
      const issue = makeIssue(['statusReason'], 'reason_required');
      throw new AppError('invalid_input', issue.message, [issue]);
    }
  }

  return {
    list({ accountId }: ChannelArgs<'opportunities.list'>): OpportunityListItem[] {
      if (accountId !== undefined) requireAccount(accounts, accountId);
      return opportunities.list(accountId ?? null);
    },
    get({ id }: ChannelArgs<'opportunities.get'>): Opportunity {
      return load(id);
    },
    create({ probability, ...input }: ChannelArgs<'opportunities.create'>): Opportunity {
      return writeTransaction(db, () => {
        requireOpenAccount(accounts, input.accountId);
        const opportunity: Opportunity = writer.stamp({
          ...input,
          probability: probability ?? DEFAULT_STAGE_PROBABILITY[input.salesStage],
        });
        checkReason(opportunity);
        return writer.insert('opportunity', opportunities, opportunity);
      });
    },
    /** A new sales stage brings its default probability unless the caller sets one. */
    update(input: ChannelArgs<'opportunities.update'>): Opportunity {
      return writeTransaction(db, () => {
        const current = load(input.id);
        checkVersion(current, input.version, 'opportunity');
        const next = applyPatch(current, input);
        if (input.probability === undefined && next.salesStage !== current.salesStage) {
          next.probability = DEFAULT_STAGE_PROBABILITY[next.salesStage];
        }
        checkReason(next);
        return writer.update('opportunity', opportunities, current, next);
      });
    },
  };
}
