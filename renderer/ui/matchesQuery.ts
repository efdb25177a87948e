import { queryTerms, searchKeys } from '../../shared/searchKeys.ts';

// Each list's quick search matches as search everything does (shared/searchKeys.ts): Chinese by
// substring, pinyin in full and initials ("wjg" finds 王建国), other words by their start, case
// and width ignored. A text's keys are computed once and kept, not on every keystroke.
// For a few texts (the palette's commands); lists use quickSearch.ts, keyed per row, which the
// tests and the bench hold to this one.
const keyCache = new Map<string, readonly string[]>();
const CACHE_SIZE = 50_000;

function keysOfText(text: string): readonly string[] {
  let keys = keyCache.get(text);
  if (!keys) {
    keys = searchKeys(text);
    if (keyCache.size >= CACHE_SIZE) keyCache.clear();
    keyCache.set(text, keys);
  }
  return keys;
}

// The terms of the query being typed, read once for all the rows of a list.
let lastQuery = '';
let lastTerms: readonly string[] = [];

function termsOf(query: string): readonly string[] {
  if (query !== lastQuery) {
    lastQuery = query;
    lastTerms = queryTerms(query);
  }
  return lastTerms;
}

/** Whether every word of the query starts a key of one of the texts (an empty query: all). */
export function matchesQuery(
  query: string,
  texts: readonly (string | null | undefined)[],
): boolean {
  const terms = termsOf(query);
  return terms.every((term) =>
    texts.some((text) => text != null && keysOfText(text).some((key) => key.startsWith(term))),
  );
}
