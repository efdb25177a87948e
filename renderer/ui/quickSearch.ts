import { useDeferredValue, useEffect, useMemo } from 'react';
import { queryTerms, searchKeys } from '../../shared/searchKeys.ts';

// A list's quick search, matching as search everything does (shared/searchKeys.ts): every word of
// the query starts a key of one of the row's texts. Fast enough for a keystroke on thousands of
// rows because
//  - each row's keys are computed once per row object (a refetched or edited row is a new object,
//    so it is keyed again) and sorted, so a term is looked up by binary search, not by a scan;
//  - a query that narrows the previous one filters the previous answer, not the whole list.

type Texts = readonly (string | null | undefined)[];

export type QuickSearch<T extends object> = {
  /** The rows matching the query, in their order (an empty query: the rows themselves). */
  filter: (rows: T[], query: string) => T[];
  /** Computes the keys of the rows not yet keyed, while `more()` says there is time. */
  prime: (rows: readonly T[], from: number, more: () => boolean) => number;
};

/** The keys of the texts, deduplicated and sorted by code unit (the order of `<`). */
function sortedKeys(texts: Texts): readonly string[] {
  const keys = new Set<string>();
  for (const text of texts) if (text != null) for (const key of searchKeys(text)) keys.add(key);
  return [...keys].sort();
}

/** Whether a key starts with the term: the keys that do follow the first key not below it. */
function hasPrefix(keys: readonly string[], term: string): boolean {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((keys[mid] as string) < term) low = mid + 1;
    else high = mid;
  }
  return low < keys.length && (keys[low] as string).startsWith(term);
}

/**
 * Whether every row matching `next` matches `previous`: each previous term is the start of a
 * next term. Not "the query got longer": folding can change a typed character (final sigma,
 * half-width kana marks), so the terms are compared, not the texts.
 */
function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((term) => next.some((n) => n.startsWith(term)));
}

const sameTerms = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((term, i) => term === b[i]);

/** A quick search over the texts `textsOf` gives for a row (one per list, made once). */
export function quickSearch<T extends object>(textsOf: (row: T) => Texts): QuickSearch<T> {
  const keyed = new WeakMap<T, readonly string[]>();
  const keysOf = (row: T) => {
    let keys = keyed.get(row);
    if (!keys) {
      keys = sortedKeys(textsOf(row));
      keyed.set(row, keys);
    }
    return keys;
  };
  // The last answer, the start of the next one when the query narrows it.
  let last: { rows: T[]; terms: readonly string[]; result: T[] } | null = null;

  return {
    filter(rows, query) {
      const terms = queryTerms(query);
      if (terms.length === 0) return rows;
      if (last?.rows === rows && sameTerms(last.terms, terms)) return last.result;
      const from = last?.rows === rows && narrows(last.terms, terms) ? last.result : rows;
      const result = from.filter((row) => {
        const keys = keysOf(row);
        return terms.every((term) => hasPrefix(keys, term));
      });
      last = { rows, terms, result };
      return result;
    },
    prime(rows, from, more) {
      let i = from;
      while (i < rows.length && more()) keysOf(rows[i++] as T);
      return i;
    },
  };
}

// The same empty list until the rows arrive: a new one each render would filter each render.
const NONE: never[] = [];

/**
 * A list's rows filtered by its quick search. The box shows what is typed at once; the filtering
 * follows with `useDeferredValue`, so typing never waits for the table. The rows' keys are
 * computed when the browser is idle after the list arrives, so the first keystroke is quick too.
 */
export function useQuickSearch<T extends object>(
  search: QuickSearch<T>,
  loaded: T[] | undefined,
  query: string,
): T[] {
  const rows = loaded ?? (NONE as T[]);
  const deferred = useDeferredValue(query);
  useEffect(() => {
    // Without requestIdleCallback (tests, old engines) the first keystroke computes the keys.
    if (typeof requestIdleCallback !== 'function') return;
    let next = 0;
    let idle = 0;
    const work = (deadline: IdleDeadline) => {
      next = search.prime(rows, next, () => deadline.timeRemaining() > 1);
      if (next < rows.length) idle = requestIdleCallback(work);
    };
    idle = requestIdleCallback(work);
    return () => cancelIdleCallback(idle);
  }, [search, rows]);
  return useMemo(() => search.filter(rows, deferred), [search, rows, deferred]);
}
