// List quick search per keystroke, in Node on the lists' own answers: each prefix of a query is
// one keystroke, and the list filters every row with it as the page does (filterAccounts for
// accounts; the opportunities list's own test of name, account, products and owner). The first
// keystroke pays for the keys of every row (kept afterwards); later ones reuse them.
import { performance } from 'node:perf_hooks';
import type { AccountListItem, OpportunityListItem } from '../../../shared/schemas.ts';
import { filterAccounts } from '../../../renderer/features/accounts/utils/filterAccounts.ts';
import { matchesQuery } from '../../../renderer/ui/matchesQuery.ts';
import { median, ms, quantile, type TargetRow } from './stats.ts';

const QUERIES = ['shanghai', 'zhang wei', 'jingmi', '上海精密', 'wjg', '12号'];

export function benchQuickSearch(
  accounts: readonly AccountListItem[],
  deals: readonly OpportunityListItem[],
  rounds: number,
  log: (line: string) => void,
): TargetRow[] {
  const lists: [string, (query: string) => number][] = [
    [
      `accounts (${accounts.length.toLocaleString('en')} rows)`,
      (query) => filterAccounts(accounts, { query, grade: null, funnelStage: null }).length,
    ],
    [
      `opportunities (${deals.length.toLocaleString('en')} rows)`,
      (query) =>
        deals.filter((o) => matchesQuery(query, [o.name, o.accountName, o.products, o.owner]))
          .length,
    ],
  ];
  const rows: TargetRow[] = [];
  log(`\nlist quick search, every keystroke of ${QUERIES.map((q) => `"${q}"`).join(', ')}:`);
  for (const [label, filter] of lists) {
    let first = NaN;
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of QUERIES) {
        for (let end = 1; end <= [...query].length; end++) {
          const prefix = [...query].slice(0, end).join('');
          const started = performance.now();
          filter(prefix);
          const took = performance.now() - started;
          if (Number.isNaN(first)) first = took;
          else times.push(took);
        }
      }
    }
    log(
      `  ${label}: first keystroke (keys computed) ${ms(first)}; then median ${ms(median(times))}, ` +
        `p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))} over ${times.length} keystrokes`,
    );
    rows.push({
      group: 'search',
      target: `quick search ${label.split(' (')[0]}: p95 keystroke`,
      measured: quantile(times, 0.95),
      limit: 16,
      unit: 'ms',
      note: `first keystroke ${ms(first)}`,
    });
    rows.push({
      group: 'search',
      target: `quick search ${label.split(' (')[0]}: first keystroke`,
      measured: first,
      limit: 16,
      unit: 'ms',
    });
  }
  return rows;
}
