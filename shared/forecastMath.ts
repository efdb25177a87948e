import type {
  CategoryThresholds,
  ForecastCategory,
  ForecastGroup,
  ForecastGroupBy,
  ForecastLine,
  Movement,
  MovementKind,
} from './forecast.ts';
import { DEFAULT_CATEGORY_THRESHOLDS } from './forecast.ts';
import { addDays } from './localDate.ts';

// Pure forecast math: no store, no clock (dates are passed in).

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

export function periodOf(date: string | null, groupBy: ForecastGroupBy): string {
  if (date === null) return 'undated';
  return groupBy === 'month' ? monthOf(date) : quarterOf(date);
}

/** Monday of the ISO week of a YYYY-MM-DD date (UTC, no time zone drift). */
export function weekOf(date: string): string {
  const day = date.slice(0, 10);
  const offset = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -offset);
}

/** Weekly automatic snapshot: due when no snapshot belongs to today's week yet. */
export function snapshotDue(today: string, lastWeekOf: string | null): boolean {
  return lastWeekOf === null || lastWeekOf < weekOf(today);
}

export function categoryOf(
  line: Pick<ForecastLine, 'probability' | 'categoryOverride'>,
  t: CategoryThresholds = DEFAULT_CATEGORY_THRESHOLDS,
): ForecastCategory {
  if (line.categoryOverride) return line.categoryOverride;
  if (line.probability >= t.commitMin) return 'commit';
  if (line.probability >= t.bestCaseMin) return 'best_case';
  return 'pipeline';
}

/** amount × probability / 100, rounded to cents so sums do not drift. */
export function weightedAmount(line: Pick<ForecastLine, 'amount' | 'probability'>): number {
  return round2((line.amount * line.probability) / 100);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export type RollUpOptions = {
  groupBy: ForecastGroupBy;
  byOwner?: boolean;
  thresholds?: CategoryThresholds;
};

/**
 * Groups open deals (and won deals, in their own column) by period, currency and optionally owner.
 * Lost and dropped deals are left out. Each open deal is in exactly one category, so
 * commit + bestCase + pipeline = total; a cumulative "best case incl. commit" is for the view.
 */
export function rollUp(lines: readonly ForecastLine[], opts: RollUpOptions): ForecastGroup[] {
  const t = opts.thresholds ?? DEFAULT_CATEGORY_THRESHOLDS;
  const groups = new Map<string, ForecastGroup>();
  for (const line of lines) {
    if (line.status !== 'open' && line.status !== 'won') continue;
    const period = periodOf(line.expectedCloseDate, opts.groupBy);
    const owner = opts.byOwner ? line.owner : null;
    const key = JSON.stringify([period, owner, line.currency]);
    let g = groups.get(key);
    if (!g) {
      g = {
        period,
        owner,
        currency: line.currency,
        count: 0,
        total: 0,
        weighted: 0,
        commit: 0,
        bestCase: 0,
        pipeline: 0,
        won: 0,
      };
      groups.set(key, g);
    }
    if (line.status === 'won') {
      g.won = round2(g.won + line.amount);
      continue;
    }
    g.count += 1;
    g.total = round2(g.total + line.amount);
    g.weighted = round2(g.weighted + weightedAmount(line));
    const cat = categoryOf(line, t);
    if (cat === 'commit') g.commit = round2(g.commit + line.amount);
    else if (cat === 'best_case') g.bestCase = round2(g.bestCase + line.amount);
    else g.pipeline = round2(g.pipeline + line.amount);
  }
  return [...groups.values()].sort(
    (a, b) =>
      cmpPeriod(a.period, b.period) ||
      (a.owner ?? '').localeCompare(b.owner ?? '') ||
      a.currency.localeCompare(b.currency),
  );
}

/** Dated periods in order, 'undated' last. */
function cmpPeriod(a: string, b: string): number {
  if (a === b) return 0;
  if (a === 'undated') return 1;
  if (b === 'undated') return -1;
  return a < b ? -1 : 1;
}

const inQuarter = (l: ForecastLine, quarter: string) =>
  l.expectedCloseDate !== null && quarterOf(l.expectedCloseDate) === quarter;

/** The weighted amount a line contributes to the open forecast of the quarter (null: of all periods). */
const forecastWeight = (l: ForecastLine | null, quarter: string | null) =>
  l && l.status === 'open' && (quarter === null || inQuarter(l, quarter)) ? weightedAmount(l) : 0;

/**
 * Movements between two pictures of the pipeline (a snapshot and a later snapshot or the live
 * pipeline): every change of the team's weighted forecast. One deal can have several movements
 * (e.g. amount and stage changed); a deal that closed gets won/lost only. Dropped counts as lost.
 *
 * `quarter` null: all periods, each deal's whole weighted change. A quarter 'YYYY-Qn': only deals
 * whose close date before or after is in that quarter, with the change of that quarter's forecast
 * (a deal moving in or out of it counts with all its weight).
 */
export function diffSnapshots(
  before: readonly ForecastLine[],
  after: readonly ForecastLine[],
  quarter: string | null,
): Movement[] {
  const prev = new Map(before.map((l) => [l.opportunityId, l]));
  const out: Movement[] = [];
  const inPeriod = (l: ForecastLine | null) =>
    l !== null && (quarter === null || inQuarter(l, quarter));
  const push = (
    kind: MovementKind,
    b: ForecastLine | null,
    a: ForecastLine | null,
    delta = round2(forecastWeight(a, quarter) - forecastWeight(b, quarter)),
  ) => {
    if (!inPeriod(b) && !inPeriod(a)) return;
    const ref = (a ?? b)!;
    out.push({
      opportunityId: ref.opportunityId,
      name: ref.name,
      owner: ref.owner,
      currency: ref.currency,
      kind,
      before: b,
      after: a,
      weightedDelta: delta,
    });
  };
  for (const a of after) {
    const b = prev.get(a.opportunityId) ?? null;
    if (b === null) {
      if (a.status === 'open') push('new', null, a);
      else if (a.status === 'won') push('won', null, a);
      continue;
    }
    if (b.status === 'open' && a.status !== 'open') {
      push(a.status === 'won' ? 'won' : 'lost', b, a);
      continue;
    }
    if (a.status !== 'open') continue;
    if (b.status !== 'open') {
      push('new', b, a); // reopened
      continue;
    }
    // Several movements of one deal share its weighted change step by step (close date, then
    // amount, then stage or probability), so that the changes add up to the deal's change
    // instead of counting it once per movement; the last one takes what is left.
    const wasIn = inPeriod(b);
    const isIn = inPeriod(a);
    const dated = { ...b, expectedCloseDate: a.expectedCloseDate };
    const resized = { ...dated, amount: a.amount, currency: a.currency };
    const steps: [MovementKind, number][] = [];
    const step = (x: ForecastLine, y: ForecastLine) =>
      round2(forecastWeight(y, quarter) - forecastWeight(x, quarter));
    if (!wasIn && isIn) steps.push(['moved_in', step(b, dated)]);
    else if (wasIn && !isIn) steps.push(['moved_out', step(b, dated)]);
    else if (a.expectedCloseDate !== b.expectedCloseDate)
      steps.push(['close_date_changed', step(b, dated)]);
    if (a.amount !== b.amount || a.currency !== b.currency)
      steps.push(['amount_changed', step(dated, resized)]);
    if (a.stageKey !== b.stageKey) steps.push(['stage_changed', step(resized, a)]);
    else if (a.probability !== b.probability) steps.push(['probability_changed', step(resized, a)]);
    let left = step(b, a);
    steps.forEach(([kind, delta], i) => {
      const share = i === steps.length - 1 ? left : delta;
      left = round2(left - share);
      push(kind, b, a, share);
    });
  }
  // Deals that vanished (deleted or filtered out): treat as lost from the forecast.
  const seen = new Set(after.map((l) => l.opportunityId));
  for (const b of before)
    if (!seen.has(b.opportunityId) && b.status === 'open') push('lost', b, null);
  return out;
}
