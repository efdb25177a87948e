import type { Formatters } from '../../../ui/useFormatters.ts';
import type { CurrencyTotal } from './totals.ts';

/** Amounts of several currencies side by side; they are never added together. */
export function moneyList(
  fmt: Formatters,
  totals: readonly CurrencyTotal[],
  pick: 'amount' | 'weighted',
): string {
  if (totals.length === 0) return fmt.money(0, 'CNY', { wide: true });
  return totals.map((s) => fmt.money(s[pick], s.currency, { wide: true })).join(' · ');
}
