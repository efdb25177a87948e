import type { ReviewItem, ReviewRuleSettings, StageSet } from './pipeline.ts';
import { DEFAULT_REVIEW_RULES } from './pipeline.ts';
import { dayOf, daysBetween } from './localDate.ts';

// Pure pipeline rules: stage gating, probability from stage or override, the 1-15-30 queue.

export type CriterionRef = { stageKey: string; criterionKey: string };
type EvidenceLike = CriterionRef & { met: boolean };

export function stageIndex(set: StageSet, key: string): number {
  return set.stages.findIndex((s) => s.key === key);
}

export function hasStage(set: StageSet, key: string): boolean {
  return stageIndex(set, key) >= 0;
}

/**
 * The exit criteria a move leaves unmet: those of every stage the deal leaves behind, from its
 * current stage up to (not including) the target. Moving back or staying puts nothing at stake.
 * Throws on a stage outside the set: the caller refuses that first (issue `stage_not_in_set`).
 */
export function unmetCriteria(
  set: StageSet,
  fromStage: string,
  toStage: string,
  evidence: readonly EvidenceLike[],
): CriterionRef[] {
  const from = stageIndex(set, fromStage);
  const to = stageIndex(set, toStage);
  if (from < 0) throw new Error(`stage ${fromStage} not in set ${set.id}`);
  if (to < 0) throw new Error(`stage ${toStage} not in set ${set.id}`);
  const met = new Set(
    evidence.filter((e) => e.met).map((e) => `${e.stageKey}\u0000${e.criterionKey}`),
  );
  const out: CriterionRef[] = [];
  for (let i = from; i < to; i++) {
    const stage = set.stages[i]!;
    for (const c of stage.criteria)
      if (!met.has(`${stage.key}\u0000${c.key}`))
        out.push({ stageKey: stage.key, criterionKey: c.key });
  }
  return out;
}

/** Evidence items naming a stage or criterion the set does not have (to refuse them). */
export function unknownCriteria(
  set: StageSet,
  items: readonly CriterionRef[],
): { index: number; field: 'stageKey' | 'criterionKey' }[] {
  const out: { index: number; field: 'stageKey' | 'criterionKey' }[] = [];
  items.forEach((e, index) => {
    const stage = set.stages.find((s) => s.key === e.stageKey);
    if (!stage) out.push({ index, field: 'stageKey' });
    else if (!stage.criteria.some((c) => c.key === e.criterionKey))
      out.push({ index, field: 'criterionKey' });
  });
  return out;
}

/** The probability a deal shows: the override when set, else its stage's. */
export function effectiveProbability(
  set: StageSet,
  stageKey: string,
  override: number | null,
): number {
  if (override !== null) return override;
  const stage = set.stages.find((s) => s.key === stageKey);
  if (!stage) throw new Error(`stage ${stageKey} not in set ${set.id}`);
  return stage.probability;
}

export type ReviewDeal = {
  opportunityId: string;
  opportunityName: string;
  accountId: string;
  accountName: string;
  owner: string;
  status: string;
  createdAt: string;
  /** Last change of anything on the deal (fields, evidence, committee, activities). */
  lastUpdatedAt: string;
  /** Last stage move or committee change. */
  lastMovedAt: string;
  /** How many exit criteria of any stage are met with evidence. */
  metCriteria: number;
};

/**
 * The 1-15-30 review queue (DOMAIN.md §4 "Review cadence"). Closed deals never queue. A deal can
 * be listed under several rules: each is a different question for the review. Ordered by rule,
 * then longest waiting first.
 */
// localeCompare without arguments compares as a default Intl.Collator does; one collator made
// once spares building (or looking up) one per comparison on a queue of tens of thousands.
const byName = new Intl.Collator().compare;

export function reviewQueue(
  deals: readonly ReviewDeal[],
  today: string,
  rules: ReviewRuleSettings = DEFAULT_REVIEW_RULES,
): ReviewItem[] {
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
      out.push({
        ...base,
        rule: 'not_updated',
        days: updated,
        since: dayOf(d.lastUpdatedAt),
      });
    const moved = daysBetween(d.lastMovedAt, today);
    if (moved >= rules.stalledDays)
      out.push({ ...base, rule: 'stalled', days: moved, since: dayOf(d.lastMovedAt) });
    const open = daysBetween(d.createdAt, today);
    if (open >= rules.noIntentDays && d.metCriteria === 0)
      out.push({ ...base, rule: 'no_intent', days: open, since: dayOf(d.createdAt) });
  }
  const order = { not_updated: 0, stalled: 1, no_intent: 2 } as const;
  return out.sort(
    (a, b) =>
      order[a.rule] - order[b.rule] ||
      b.days - a.days ||
      byName(a.opportunityName, b.opportunityName),
  );
}
