// List quick search per keystroke, in Node on the lists' own answers, through the code the
// screens run: each prefix of a query is one keystroke, and the list filters its rows as the
// page does (filterAccounts, filterOpportunities: the quick search, then the other filters).
// The screens key the rows when the browser is idle after the list arrives: that work is
// timed on its own, then every keystroke, the first included, is timed after it, next to the
// code before issue 16 (matchesQuery on every row), which must find as many rows.
import { performance } from 'node:perf_hooks';
import type { AccountListItem, OpportunityListItem } from '../../../shared/schemas.ts';
import {
  accountSearch,
  filterAccounts,
} from '../../../renderer/features/accounts/utils/filterAccounts.ts';
import { matchesQuery } from '../../../renderer/ui/matchesQuery.ts';
import {
  filterOpportunities,
  opportunitySearch,
} from '../../../renderer/features/opportunities/utils/filterOpportunities.ts';
import { median, ms, quantile, type TargetRow } from './stats.ts';

const QUERIES = ['shanghai', 'zhang wei', 'jingmi', '上海精密', 'wjg', '12号'];

export function benchQuickSearch(
  accounts: readonly AccountListItem[],
  deals: readonly OpportunityListItem[],
  rounds: number,
  log: (line: string) => void,
): TargetRow[] {
  // Each list's rows are one array, as a page's query data is (the search reuses its last answer).
  const accountRows = [...accounts];
  const dealRows = [...deals];
  type List = {
    label: string;
    prime: () => void;
    filter: (query: string) => number;
    /** The code before issue 16, side by side: matchesQuery on every row at every keystroke. */
    before: (query: string) => number;
  };
  const lists: List[] = [
    {
      label: `accounts (${accounts.length.toLocaleString('en')} rows)`,
      prime: () => accountSearch.prime(accountRows, 0, () => true),
      filter: (query) =>
        filterAccounts(accountRows, { query, grade: null, funnelStage: null }).length,
      before: (query) =>
        accountRows.filter((a) => matchesQuery(query, [a.name, a.industry, a.region, a.owner]))
          .length,
    },
    {
      label: `opportunities (${deals.length.toLocaleString('en')} rows)`,
      prime: () => opportunitySearch.prime(dealRows, 0, () => true),
      filter: (query) =>
        filterOpportunities(dealRows, { query, status: null, owners: null }).length,
      before: (query) =>
        dealRows.filter((o) => matchesQuery(query, [o.name, o.accountName, o.products, o.owner]))
          .length,
    },
  ];
  const rows: TargetRow[] = [];
  log(`\nlist quick search, every keystroke of ${QUERIES.map((q) => `"${q}"`).join(', ')}:`);
  for (const { label, prime, filter, before } of lists) {
    // What the page does when the browser is idle after the list arrives (in slices there).
    const primeStarted = performance.now();
    prime();
    const keyed = performance.now() - primeStarted;
    let first = NaN;
    let firstBefore = NaN;
    const times: number[] = [];
    const timesBefore: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of QUERIES) {
        for (let end = 1; end <= [...query].length; end++) {
          const prefix = [...query].slice(0, end).join('');
          // Interleaved, so that both meet the same load.
          let started = performance.now();
          const shown = before(prefix);
          const tookBefore = performance.now() - started;
          started = performance.now();
          const found = filter(prefix);
          const took = performance.now() - started;
          if (found !== shown) throw new Error(`"${prefix}": ${found} rows, before ${shown}`);
          if (Number.isNaN(first)) [first, firstBefore] = [took, tookBefore];
          else {
            times.push(took);
            timesBefore.push(tookBefore);
          }
        }
      }
    }
    log(
      `  ${label}: keys computed when idle ${ms(keyed)}; first keystroke ${ms(first)}; then median ${ms(median(times))}, ` +
        `p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))} over ${times.length} keystrokes`,
    );
    log(
      `    before (matchesQuery on every row, same keystrokes, same rows found): first ${ms(firstBefore)}; ` +
        `median ${ms(median(timesBefore))}, p95 ${ms(quantile(timesBefore, 0.95))}, max ${ms(Math.max(...timesBefore))}`,
    );
    rows.push({
      group: 'search',
      target: `quick search ${label.split(' (')[0]}: p95 keystroke`,
      measured: quantile(times, 0.95),
      limit: 16,
      unit: 'ms',
      note: `before ${ms(quantile(timesBefore, 0.95))}; keys computed when idle ${ms(keyed)}`,
    });
    rows.push({
      group: 'search',
      target: `quick search ${label.split(' (')[0]}: first keystroke`,
      measured: first,
      limit: 16,
      unit: 'ms',
      note: `before ${ms(firstBefore)}`,
    });
  }
  return rows;
}
