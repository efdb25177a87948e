import type { ReviewItem, ReviewRuleSettings, StageSet } from './pipeline.ts';
import { DEFAULT_REVIEW_RULES } from './pipeline.ts';
import { dayOf, utcMidnight } from './localDate.ts';

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

// localeCompare without arguments compares as a default Intl.Collator does; one collator made
// once spares building (or looking up) one per comparison on a queue of tens of thousands.
const byName = new Intl.Collator().compare;

// Deal names in that collator's order, kept between calls since names rarely change: the queue's
// sort then compares two ranks where it collated two names some 230,000 times on 20,000 deals.
// Names that collate equal share a rank, so the order is the collator's, ties included. A name
// not ranked yet ranks them all again (with the names ranked before, unless they are many).
let nameRanks = new Map<string, number>();

function ranksOf(names: ReadonlySet<string>): ReadonlyMap<string, number> {
  for (const name of names) {
    if (nameRanks.has(name)) continue;
    const all = nameRanks.size <= 4 * names.size ? new Set([...nameRanks.keys(), ...names]) : names;
    const sorted = [...all].sort(byName);
    nameRanks = new Map();
    let rank = 0;
    sorted.forEach((n, i) => {
      if (i > 0 && byName(sorted[i - 1]!, n) !== 0) rank += 1;
      nameRanks.set(n, rank);
    });
    break;
  }
  return nameRanks;
}

/**
 * The 1-15-30 review queue (DOMAIN.md §4 "Review cadence"). Closed deals never queue. A deal can
 * be listed under several rules: each is a different question for the review. Ordered by rule,
 * then longest waiting first.
 */
export function reviewQueue(
  deals: readonly ReviewDeal[],
  today: string,
  rules: ReviewRuleSettings = DEFAULT_REVIEW_RULES,
): ReviewItem[] {
  // The counts are daysBetween's, worked out cheaper for tens of thousands of deals: each time
  // becomes its local day once (for the count and the reason), and each day's midnight, today's
  // included, is parsed once per call (days are few and shared by many deals).
  const today0 = utcMidnight(dayOf(today));
  const midnights = new Map<string, number>();
  const since = (at: string): [day: string, days: number] => {
    const day = dayOf(at);
    let midnight = midnights.get(day);
    if (midnight === undefined) midnights.set(day, (midnight = utcMidnight(day)));
    return [day, Math.round((today0 - midnight) / 86_400_000)];
  };
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
    const [updatedDay, updated] = since(d.lastUpdatedAt);
    if (updated >= rules.notUpdatedDays)
      out.push({ ...base, rule: 'not_updated', days: updated, since: updatedDay });
    const [movedDay, moved] = since(d.lastMovedAt);
    if (moved >= rules.stalledDays)
      out.push({ ...base, rule: 'stalled', days: moved, since: movedDay });
    const [openDay, open] = since(d.createdAt);
    if (open >= rules.noIntentDays && d.metCriteria === 0)
      out.push({ ...base, rule: 'no_intent', days: open, since: openDay });
  }
  const order = { not_updated: 0, stalled: 1, no_intent: 2 } as const;
  const ranks = ranksOf(new Set(out.map((item) => item.opportunityName)));
  return out
    .map((item) => ({ item, name: ranks.get(item.opportunityName)! }))
    .sort(
      (a, b) =>
        order[a.item.rule] - order[b.item.rule] || b.item.days - a.item.days || a.name - b.name,
    )
    .map(({ item }) => item);
}
