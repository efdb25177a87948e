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
  account_name: string;
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
  // change in history, a committee edit) and criteria met. One pass per request.
  const columns = `o.id, o.name, o.account_id, a.name AS account_name, o.owner, o.status,
    o.created_at, o.review_touched_at, o.review_moved_at, o.review_met`;
  // In the deals' stored order, as the former full scan read them: the queue's sort is stable,
  // so deals equal on rule, days and name keep that order. Most deals are open, so for everyone
  // a scan in that order beats the index and a sort; one owner's deals come by the index.
  const everyone = db.prepare<[], Row>(
    `SELECT ${columns} FROM opportunities o NOT INDEXED JOIN accounts a ON a.id = o.account_id
     WHERE o.status = 'open' ORDER BY o.rowid`,
  );
  const ofOwner = db.prepare<[string], Row>(
    `SELECT ${columns} FROM opportunities o INDEXED BY opportunities_review
     JOIN accounts a ON a.id = o.account_id
     WHERE o.status = 'open' AND o.owner = ? ORDER BY o.rowid`,
  );

  return {
    queue({ owner, team: filter, asOf }: ChannelArgs<'reviews.queue'>): ReviewItem[] {
      const owners = filter && team.ownerNames(filter);
      const rows = owner == null ? everyone.all() : ofOwner.all(owner);
      const deals: ReviewDeal[] = (owners ? rows.filter((r) => owners.has(r.owner)) : rows).map(
        (r) => ({
          opportunityId: r.id,
          opportunityName: r.name,
          accountId: r.account_id,
          accountName: r.account_name,
          owner: r.owner,
          status: r.status,
          createdAt: r.created_at,
          lastUpdatedAt: r.review_touched_at,
          lastMovedAt: r.review_moved_at,
          metCriteria: r.review_met,
        }),
      );
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
