import type { ChannelArgs } from '../../shared/channels.ts';
import type { ReviewItem } from '../../shared/pipeline.ts';
import { reviewQueue, type ReviewDeal } from '../../shared/pipelineRules.ts';
import { localDay } from '../../shared/localDate.ts';
import type { ServiceContext } from './common.ts';
import type { SettingsService } from './settings.ts';
import type { TeamService } from './team.ts';
import type { HandlersOf } from '../handlers.ts';

type Row = {
  id: string;
  name: string;
  account_id: string;
  owner: string;
  status: string;
  created_at: string;
  review_touched_at: string;
  review_moved_at: string;
  review_met: number;
};

export type ReviewsService = ReturnType<typeof createReviewsService>;

/** The 1-15-30 review queue (DOMAIN.md §4): facts gathered here, rules in shared/pipelineRules. */
export function createReviewsService(
  { db, now }: ServiceContext,
  settings: Pick<SettingsService, 'reviewRules'>,
  team: Pick<TeamService, 'ownerNames'>,
) {
  // The facts are columns kept by triggers (migration 0018): last touched, last moved (a stage
  // change in history, a committee edit) and criteria met. One pass over the deals per request.
  const columns = `id, name, account_id, owner, status, created_at,
    review_touched_at, review_moved_at, review_met`;
  // In the deals' stored order, as the former full scan read them: the queue's sort is stable,
  // so deals equal on rule, days and name keep that order. Most deals are open, so for everyone
  // a scan in that order beats the index and a sort; one owner's deals come by the index.
  const everyone = db.prepare<[], Row>(
    `SELECT ${columns} FROM opportunities NOT INDEXED WHERE status = 'open' ORDER BY rowid`,
  );
  const ofOwner = db.prepare<[string], Row>(
    `SELECT ${columns} FROM opportunities INDEXED BY opportunities_review
     WHERE status = 'open' AND owner = ? ORDER BY rowid`,
  );
  // Account names by one read of the accounts: a join looked up the account of each of the
  // 16,000 open deals on the large workspace, which took as long as reading the deals.
  const accountNames = db.prepare<[], [string, string]>('SELECT id, name FROM accounts').raw();

  return {
    queue({ owner, team: filter, asOf }: ChannelArgs<'reviews.queue'>): ReviewItem[] {
      const owners = filter && team.ownerNames(filter);
      const rows = owner == null ? everyone.all() : ofOwner.all(owner);
      const names = new Map(accountNames.all());
      const deals: ReviewDeal[] = [];
      for (const r of rows) {
        const accountName = names.get(r.account_id);
        // The join's semantics: a deal whose account is not there is left out.
        if (accountName === undefined || (owners && !owners.has(r.owner))) continue;
        deals.push({
          opportunityId: r.id,
          opportunityName: r.name,
          accountId: r.account_id,
          accountName,
          owner: r.owner,
          status: r.status,
          createdAt: r.created_at,
          lastUpdatedAt: r.review_touched_at,
          lastMovedAt: r.review_moved_at,
          metCriteria: r.review_met,
        });
      }
      return reviewQueue(deals, asOf ?? localDay(now()), settings.reviewRules());
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function reviewsHandlers(s: ReviewsService): HandlersOf<'reviews'> {
  return {
    'reviews.queue': (input) => s.queue(input),
  };
}
