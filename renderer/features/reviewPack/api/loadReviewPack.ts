import type { ChannelOutput } from '../../../../shared/channels.ts';
import { weekOf } from '../../../../shared/forecastMath.ts';
import { localDay } from '../../../../shared/localDate.ts';
import { invoke } from '../../../api/invoke.ts';
import type { Read } from '../../../data/read.ts';
import { accountQueries } from '../../accounts/index.ts';
import { buyingRoleQueries, committeeQueries } from '../../committee/index.ts';
import { competitionQueries } from '../../competition/index.ts';
import { negotiationQueries } from '../../negotiation/index.ts';
import {
  orgchartQueries,
  computeLayout,
  layoutInputOf,
  type LayoutResult,
} from '../../orgmap/index.ts';
import { peopleQueries } from '../../people/index.ts';
import { scoringQueries } from '../../scoring/index.ts';
import { stageSetQueries } from '../../stages/index.ts';

type Out<C extends Parameters<typeof invoke>[0]> = ChannelOutput<C>;

/** What the last review was, as the pack states it: the changes listed are the ones after `since`. */
export type ReviewBaseline =
  | { kind: 'snapshot'; since: string; snapshotId: string; weekOf: string; thisWeek: boolean }
  | { kind: 'none'; since: string };

/** Everything the deal-review pack prints, read through the existing channels. */
export type ReviewPackData = {
  producedAt: string;
  /** The local day the pack is made (its date and file name): in Shanghai at 00:30, that day. */
  day: string;
  deal: Out<'stages.deal'>;
  account: Out<'accounts.get'>;
  /** The account's grading: RFM and the credit-risk warnings shown in the review. */
  grading: Out<'accountScoring.get'>;
  evaluation: Out<'evaluation.get'>;
  stageSets: Out<'stageSets.list'>;
  people: Out<'people.list'>;
  members: Out<'committee.get'>['members'];
  roles: Out<'buyingRoles.list'>;
  coverage: Out<'committee.coverage'>;
  chart: Out<'orgchart.get'>;
  /** Null when the map could not be laid out: the pack then says so instead of failing. */
  layout: LayoutResult | null;
  comparison: Out<'criteria.comparison'>;
  negotiation: Out<'negotiations.get'> | null;
  thresholds: Out<'forecast.get'>['thresholds'];
  /** This deal's forecast movements since the baseline snapshot (empty without one). */
  movements: Out<'forecast.movements'>['movements'];
  activities: Out<'activities.list'>;
  baseline: ReviewBaseline;
  dealChanges: Out<'history.list'>;
  committeeChanges: Out<'committee.changesSince'>;
};

export const RECENT_ACTIVITIES = 10;
/** Without a snapshot, "since the last review" falls back to the last week. */
const FALLBACK_DAYS = 7;

/**
 * The last review: the latest weekly forecast snapshot of an earlier week (the review compares
 * against last week's picture); without one, this week's snapshot; without any, the last 7 days.
 */
export function baselineOf(
  snapshots: readonly { id: string; takenAt: string; weekOf: string }[],
  now: Date,
): ReviewBaseline {
  const today = localDay(now);
  const sorted = [...snapshots].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const earlier = sorted.find((s) => s.weekOf < weekOf(today));
  const chosen = earlier ?? sorted[0];
  if (chosen) {
    return {
      kind: 'snapshot',
      since: chosen.takenAt,
      snapshotId: chosen.id,
      weekOf: chosen.weekOf,
      thisWeek: !earlier,
    };
  }
  return {
    kind: 'none',
    since: new Date(now.getTime() - FALLBACK_DAYS * 86_400_000).toISOString(),
  };
}

/** The latest round: by meeting date, then by last change (as the negotiation tab picks it). */
export function latestSheet<T extends { meetingDate: string | null; updatedAt: string }>(
  sheets: readonly T[],
): T | undefined {
  return [...sheets]
    .sort((a, b) =>
      (a.meetingDate ?? '') === (b.meetingDate ?? '')
        ? a.updatedAt.localeCompare(b.updatedAt)
        : (a.meetingDate ?? '').localeCompare(b.meetingDate ?? ''),
    )
    .at(-1);
}

/** Reads every section's data in parallel; fresh cached answers are reused. */
export async function loadReviewPack(
  fetch: Read,
  opportunityId: string,
  now = new Date(),
): Promise<ReviewPackData> {
  // What the rest depends on (the account, the baseline, the latest round), read together.
  const [deal, snapshots, sheets] = await Promise.all([
    invoke('stages.deal', { id: opportunityId }),
    invoke('forecast.snapshots', { limit: 52 }),
    fetch(negotiationQueries.list(opportunityId)),
  ]);
  const accountId = deal.accountId;
  const baseline = baselineOf(snapshots, now);
  const latest = latestSheet(sheets);

  const [
    account,
    grading,
    evaluation,
    stageSets,
    people,
    committee,
    roles,
    coverage,
    map,
    comparison,
    negotiation,
    forecast,
    movements,
    activities,
    dealChanges,
    committeeChanges,
  ] = await Promise.all([
    fetch(accountQueries.detail(accountId)),
    fetch(scoringQueries.account(accountId)),
    fetch(scoringQueries.evaluation(opportunityId)),
    fetch(stageSetQueries.all()),
    fetch(peopleQueries.list(accountId)),
    fetch(committeeQueries.members(opportunityId)),
    fetch(buyingRoleQueries.list()),
    invoke('committee.coverage', { opportunityId }),
    // The layout (the slow part) starts as soon as the map is read. A map that cannot be laid
    // out must not cost the rest of the pack.
    fetch(orgchartQueries.chart(accountId, opportunityId)).then(async (chart) => ({
      chart,
      layout: await computeLayout(layoutInputOf(chart)).catch(() => null),
    })),
    fetch(competitionQueries.comparison(opportunityId)),
    latest ? fetch(negotiationQueries.sheet(latest.id)) : Promise.resolve(null),
    invoke('forecast.get', { groupBy: 'quarter', accountId }),
    baseline.kind === 'snapshot'
      ? invoke('forecast.movements', { from: baseline.snapshotId, opportunityId })
      : Promise.resolve({ quarter: '', fromSnapshotId: null, movements: [] }),
    invoke('activities.list', { opportunityId, limit: RECENT_ACTIVITIES }),
    invoke('history.list', {
      entity: 'opportunity',
      entityId: opportunityId,
      since: baseline.since,
      limit: 200,
    }),
    invoke('committee.changesSince', { opportunityId, since: baseline.since }),
  ]);

  return {
    producedAt: now.toISOString(),
    day: localDay(now),
    deal,
    account,
    grading,
    evaluation,
    stageSets,
    people,
    members: committee.members,
    roles,
    coverage,
    chart: map.chart,
    layout: map.layout,
    comparison,
    negotiation,
    thresholds: forecast.thresholds,
    movements: movements.movements,
    activities,
    baseline,
    dealChanges,
    committeeChanges,
  };
}
