import type { Currency } from '../../../../shared/enums.ts';
import type { PipelineRow } from '../../../../shared/pipelineList.ts';

export type CurrencyTotal = { currency: Currency; amount: number; weighted: number };
export type Totals = { count: number; byCurrency: CurrencyTotal[] };

/** Count and Σ amount / Σ weighted per currency (never converted), in one pass. */
export function totalsOf(rows: readonly PipelineRow[]): Totals {
  const sums = new Map<Currency, CurrencyTotal>();
  for (const r of rows) {
    const sum = sums.get(r.currency) ?? { currency: r.currency, amount: 0, weighted: 0 };
    sum.amount += r.amount;
    sum.weighted += r.weighted;
    sums.set(r.currency, sum);
  }
  return {
    count: rows.length,
    byCurrency: [...sums.values()].sort((a, b) => b.amount - a.amount),
  };
}

/** Rows grouped by stage key in one pass, keeping their order. */
export function groupByStage(rows: readonly PipelineRow[]): Map<string, PipelineRow[]> {
  const groups = new Map<string, PipelineRow[]>();
  for (const r of rows) {
    const list = groups.get(r.stageKey);
    if (list) list.push(r);
    else groups.set(r.stageKey, [r]);
  }
  return groups;
}
