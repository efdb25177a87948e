// Test and benchmark support, not used by the app: the review queue as it was computed before
// migration 0018, the oracle the maintained columns are checked against (reviewColumns.test.ts)
// and timed against (npm run bench:reviews).
import type Database from 'better-sqlite3-multiple-ciphers';
import {
  DEFAULT_REVIEW_RULES,
  type ReviewItem,
  type ReviewRuleSettings,
} from '../../shared/pipeline.ts';
import { dayOf, daysBetween } from '../../shared/localDate.ts';
import type { ReviewDeal } from '../../shared/pipelineRules.ts';

// Facts by correlated subqueries per deal (history's stage entries included), items sorted with
// localeCompare. NOT INDEXED keeps the plan it had then (a scan in stored order), which the
// index of 0018 would otherwise change.
export const OLD_FACTS = `
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
  FROM opportunities o NOT INDEXED JOIN accounts a ON a.id = o.account_id`;
const OLD_QUEUE = `${OLD_FACTS} WHERE o.status = 'open' AND (@owner IS NULL OR o.owner = @owner)`;

export type OldRow = {
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

export function oldDeal(r: OldRow): ReviewDeal {
  return {
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
  };
}

const ORDER = { not_updated: 0, stalled: 1, no_intent: 2 } as const;

/** The former shared/pipelineRules reviewQueue, line for line. */
function oldReviewQueue(deals: ReviewDeal[], today: string, rules: ReviewRuleSettings) {
  const out: ReviewItem[] = [];
  for (const d of deals) {
    if (d.status !== 'open') continue;
    const base = {
      opportunityId: d.opportunityId,
      opportunityName: d.opportunityName,
      accountId: d.accountId,
      accountName: d.accountName,
      owner: d.owner,
    };
    const updated = daysBetween(d.lastUpdatedAt, today);
    if (updated >= rules.notUpdatedDays)
      out.push({ ...base, rule: 'not_updated', days: updated, since: dayOf(d.lastUpdatedAt) });
    const moved = daysBetween(d.lastMovedAt, today);
    if (moved >= rules.stalledDays)
      out.push({ ...base, rule: 'stalled', days: moved, since: dayOf(d.lastMovedAt) });
    const open = daysBetween(d.createdAt, today);
    if (open >= rules.noIntentDays && d.metCriteria === 0)
      out.push({ ...base, rule: 'no_intent', days: open, since: dayOf(d.createdAt) });
  }
  return out.sort(
    (a, b) =>
      ORDER[a.rule] - ORDER[b.rule] ||
      b.days - a.days ||
      a.opportunityName.localeCompare(b.opportunityName),
  );
}

export function oldQueue(
  db: Database.Database,
  owner: string | null,
  asOf: string,
  rules: ReviewRuleSettings = DEFAULT_REVIEW_RULES,
): ReviewItem[] {
  const rows = db.prepare<{ owner: string | null }, OldRow>(OLD_QUEUE).all({ owner });
  return oldReviewQueue(rows.map(oldDeal), asOf, rules);
}
