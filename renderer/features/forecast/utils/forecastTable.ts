import type { Currency } from '../../../../shared/enums.ts';
import type { ForecastGroup, Movement, MovementKind } from '../../../../shared/forecast.ts';
import { MOVEMENT_KINDS } from '../../../../shared/forecast.ts';

export type Totals = Pick<
  ForecastGroup,
  'count' | 'total' | 'weighted' | 'commit' | 'bestCase' | 'pipeline' | 'won'
>;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The column totals of a block of groups (one currency: amounts are never added across). */
export function sumGroups(groups: readonly Totals[]): Totals {
  const sum: Totals = {
    count: 0,
    total: 0,
    weighted: 0,
    commit: 0,
    bestCase: 0,
    pipeline: 0,
    won: 0,
  };
  for (const g of groups) {
    sum.count += g.count;
    sum.total = round2(sum.total + g.total);
    sum.weighted = round2(sum.weighted + g.weighted);
    sum.commit = round2(sum.commit + g.commit);
    sum.bestCase = round2(sum.bestCase + g.bestCase);
    sum.pipeline = round2(sum.pipeline + g.pipeline);
    sum.won = round2(sum.won + g.won);
  }
  return sum;
}

/** Splits rows by currency, currencies in first-seen order. */
export function byCurrency<T extends { currency: Currency }>(
  rows: readonly T[],
): [Currency, T[]][] {
  const out = new Map<Currency, T[]>();
  for (const row of rows) {
    const list = out.get(row.currency) ?? [];
    list.push(row);
    out.set(row.currency, list);
  }
  return [...out];
}

/** For the chart: the groups of one currency added up per period (owners together). */
export function perPeriod(groups: readonly ForecastGroup[]): ({ period: string } & Totals)[] {
  const periods = new Map<string, ForecastGroup[]>();
  for (const g of groups) periods.set(g.period, [...(periods.get(g.period) ?? []), g]);
  return [...periods].map(([period, list]) => ({ period, ...sumGroups(list) }));
}

/** Weighted change per movement kind (one currency), every kind present, in the fixed order. */
export function deltaByKind(
  movements: readonly Movement[],
): { kind: MovementKind; delta: number }[] {
  return MOVEMENT_KINDS.map((kind) => ({
    kind,
    delta: round2(
      movements.filter((m) => m.kind === kind).reduce((s, m) => s + m.weightedDelta, 0),
    ),
  }));
}

/** Rows shown on screen and printed in the pack; more would not be read (and slow the page). */
export const ROW_LIMIT = { screen: 500, pack: 200 };

/** Quarters around today ('YYYY-Qn'), two back and six ahead, for choosing the movements' quarter. */
export function quartersAround(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const q = Math.ceil(Number(today.slice(5, 7)) / 3) - 1;
  const out: string[] = [];
  for (let i = q - 2; i <= q + 6; i++) {
    const y = year + Math.floor(i / 4);
    out.push(`${y}-Q${(((i % 4) + 4) % 4) + 1}`);
  }
  return out;
}
