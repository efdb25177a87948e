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
  updated_at: string;
  last_stage_at: string | null;
  last_committee_at: string | null;
  last_activity_at: string | null;
  last_evidence_at: string | null;
  met: number;
};

const latest = (...dates: (string | null)[]) =>
  dates.filter((d): d is string => d !== null).reduce((a, b) => (b > a ? b : a));

export type ReviewsService = ReturnType<typeof createReviewsService>;

/** The 1-15-30 review queue (DOMAIN.md §4): facts gathered here, rules in shared/pipelineRules. */
export function createReviewsService(
  { db, now }: ServiceContext,
  settings: Pick<SettingsService, 'reviewRules'>,
  team: Pick<TeamService, 'ownerNames'>,
) {
  // Stage moves come from history (a create or update whose `after` names salesStage).
  const stmt = db.prepare<{ owner: string | null }, Row>(`
    SELECT o.id, o.name, o.account_id, a.name AS account_name, o.owner, o.status,
      o.created_at, o.updated_at,
      (SELECT max(c.at) FROM changes c
        WHERE c.entity = 'opportunity' AND c.entity_id = o.id
          AND json_extract(c.after, '$.salesStage') IS NOT NULL) AS last_stage_at,
      (SELECT max(m.updated_at) FROM committee_members m WHERE m.opportunity_id = o.id)
        AS last_committee_at,
      (SELECT max(x.updated_at) FROM activities x WHERE x.opportunity_id = o.id)
        AS last_activity_at,
      (SELECT max(e.updated_at) FROM stage_evidence e WHERE e.opportunity_id = o.id)
        AS last_evidence_at,
      (SELECT count(*) FROM stage_evidence e WHERE e.opportunity_id = o.id AND e.met = 1) AS met
    FROM opportunities o JOIN accounts a ON a.id = o.account_id
    WHERE o.status = 'open' AND (@owner IS NULL OR o.owner = @owner)`);

  return {
    queue({ owner, team: filter, asOf }: ChannelArgs<'reviews.queue'>): ReviewItem[] {
      const owners = filter && team.ownerNames(filter);
      const rows = stmt.all({ owner: owner ?? null });
      const deals: ReviewDeal[] = (owners ? rows.filter((r) => owners.has(r.owner)) : rows).map(
        (r) => ({
          opportunityId: r.id,
          opportunityName: r.name,
          accountId: r.account_id,
          accountName: r.account_name,
          owner: r.owner,
          status: r.status,
          createdAt: r.created_at,
          lastUpdatedAt: latest(
            r.updated_at,
            r.last_committee_at,
            r.last_activity_at,
            r.last_evidence_at,
          ),
          lastMovedAt: latest(r.created_at, r.last_stage_at, r.last_committee_at),
          metCriteria: r.met,
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
