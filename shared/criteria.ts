import type { CriterionGap, CriterionScore, VendorKey, VendorTotal } from './competition.ts';

// The weighted comparison of a deal's buying criteria (DOMAIN.md §6). Pure: the main process
// answers criteria.comparison with it, the renderer may preview unsaved edits with it.

export type CriterionMathInput = {
  id: string;
  name: string;
  /** As entered; negative or non-finite weights count as zero. */
  weight: number;
  scores: readonly Pick<CriterionScore, 'vendor' | 'score'>[];
};
export type VendorInput = { vendor: VendorKey; name: string };
export type CompetitorInput = { id: string; name: string };

const usable = (weight: number) => (Number.isFinite(weight) && weight > 0 ? weight : 0);

/** The weights as percentages of their sum (0–100); all zero when no weight is above zero. */
export function normalise(weights: readonly number[]): number[] {
  const clean = weights.map(usable);
  const total = clean.reduce((sum, w) => sum + w, 0);
  return clean.map((w) => (total === 0 ? 0 : (w / total) * 100));
}

function scoreOf(criterion: CriterionMathInput, vendor: VendorKey): number | null {
  return criterion.scores.find((s) => s.vendor === vendor)?.score ?? null;
}

/**
 * Per vendor, Σ weight × score / Σ weight over the criteria scored for it (1–10, null when none
 * with a weight is), and the share of the total weight those criteria carry. Unscored criteria
 * are left out of the vendor's total rather than counted as zero.
 */
export function weightedTotals(
  criteria: readonly CriterionMathInput[],
  vendors: readonly VendorInput[],
): VendorTotal[] {
  const total = criteria.reduce((sum, c) => sum + usable(c.weight), 0);
  return vendors.map(({ vendor, name }) => {
    let weight = 0;
    let points = 0;
    for (const c of criteria) {
      const score = scoreOf(c, vendor);
      if (score === null) continue;
      weight += usable(c.weight);
      points += usable(c.weight) * score;
    }
    return {
      vendor,
      name,
      weightedTotal: weight === 0 ? null : points / weight,
      scoredPercent: total === 0 ? 0 : (weight / total) * 100,
    };
  });
}

/**
 * Where a competitor scores above us on a criterion both are scored on: the costliest first
 * (weightedGap, then gap), ties kept in criterion order, then competitor order.
 */
export function rankGaps(
  criteria: readonly CriterionMathInput[],
  competitors: readonly CompetitorInput[],
): CriterionGap[] {
  const percents = normalise(criteria.map((c) => c.weight));
  const gaps: (CriterionGap & { order: number })[] = [];
  criteria.forEach((c, ci) => {
    const ours = scoreOf(c, 'us');
    if (ours === null) return;
    competitors.forEach((k, ki) => {
      const theirs = scoreOf(c, k.id);
      if (theirs === null || theirs <= ours) return;
      const weightPercent = percents[ci] ?? 0;
      gaps.push({
        competitorId: k.id,
        competitorName: k.name,
        criterionId: c.id,
        criterionName: c.name,
        weightPercent,
        ourScore: ours,
        theirScore: theirs,
        gap: theirs - ours,
        weightedGap: ((theirs - ours) * weightPercent) / 100,
        order: ci * competitors.length + ki,
      });
    });
  });
  gaps.sort((a, b) => b.weightedGap - a.weightedGap || b.gap - a.gap || a.order - b.order);
  return gaps.map(({ order: _, ...gap }) => gap);
}
