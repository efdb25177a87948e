import type { CurrencyTotal } from '../utils/totals.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';

/** Amounts of several currencies side by side; they are never added together. */
export function MoneyList({
  totals,
  pick,
}: {
  totals: readonly CurrencyTotal[];
  pick: 'amount' | 'weighted';
}) {
  const fmt = useFormatters();
  if (totals.length === 0) return <>{fmt.money(0, 'CNY')}</>;
  return <>{totals.map((s) => fmt.money(s[pick], s.currency)).join(' · ')}</>;
}
