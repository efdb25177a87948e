import { pinyin } from 'pinyin-pro';

// The one matching rule of the app (issue 15): the search index is built from these keys and each
// list's quick search matches with them, so "wjg" finds 王建国 in both places.
//
// A text becomes a set of keys; a query becomes terms; a text matches when every term is the
// start of one of its keys. Keys are:
//  - each word of a spaced script, folded (NFKC width, case, accents): "Acme" ← "ac";
//  - every suffix of a run of Chinese characters, so a prefix of a key is any substring:
//    北京天普 → 北京天普, 京天普, 天普, 普 ← "天普";
//  - the pinyin of each suffix in full and as initials: wangjianguo, jianguo, guo, wjg, jg, g;
//  - the digits of a text with separators, so "13800001234" finds "138-0000-1234".
// Suffixes rather than Intl.Segmenter words: a segmenter may cut 天普 apart inside 北京天普, and
// names have no dictionary words; suffixes find every substring with a prefix search, which is
// what FTS5 answers quickly.

/** How a text is folded before it is split: width (全角 → half-width), case and accents. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC');
}

// The characters SQLite's unicode61 tokenizer keeps in a token by default (L*, N*, Co): keys and
// terms are made only of them, so the index splits our keys exactly where we did.
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
const RUN = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
const HAN = /^\p{Script=Han}/u;
const SYLLABLE = /^[a-z]+$/;
// Suffixes start within the first characters of a run: names and titles are short, and a long
// text keeps its index small.
const MAX_SUFFIXES = 24;

export type KeyOptions = {
  /** A person's name: a polyphonic first character is read as a surname (曾 zeng, 单 shan). */
  personName?: boolean;
};

// Titles, departments and surnames repeat from record to record: their keys are kept.
const cached = new Map<string, string[]>();
const CACHE_SIZE = 20_000;

function hanKeys(run: string, options: KeyOptions, into: Set<string>): void {
  const cacheKey = options.personName ? `p:${run}` : run;
  let keys = cached.get(cacheKey);
  if (!keys) {
    keys = computeHanKeys(run, options);
    if (cached.size >= CACHE_SIZE) cached.clear();
    cached.set(cacheKey, keys);
  }
  for (const key of keys) into.add(key);
}

function computeHanKeys(run: string, options: KeyOptions): string[] {
  const into: string[] = [];
  const chars = [...run];
  const syllables = pinyin(run, {
    toneType: 'none',
    type: 'array',
    v: true,
    surname: options.personName ? 'head' : 'off',
  }).map((s) => {
    const lower = s.toLowerCase();
    return SYLLABLE.test(lower) ? lower : '';
  });
  const count = Math.min(chars.length, MAX_SUFFIXES);
  for (let i = 0; i < count; i++) {
    into.push(chars.slice(i).join(''));
    const rest = syllables.slice(i);
    const full = rest.join('');
    if (full) into.push(full);
    const initials = rest.map((s) => s.charAt(0)).join('');
    if (initials) into.push(initials);
  }
  return into;
}

/** The keys of one text (a field of a record), each a single unicode61 token. */
export function searchKeys(text: string | null | undefined, options: KeyOptions = {}): string[] {
  if (!text) return [];
  const folded = normalise(text);
  const keys = new Set<string>();
  for (const word of folded.match(WORD) ?? []) {
    for (const run of word.match(RUN) ?? []) {
      if (HAN.test(run)) hanKeys(run, options, keys);
      else keys.add(run);
    }
  }
  // Phone numbers and the like, however they were typed: 138-0000-1234, (021) 5555 1234.
  const digits = folded.replace(/\D/g, '');
  if (digits.length >= 3) keys.add(digits);
  return [...keys];
}

/** The terms of a query: its words, Chinese runs kept whole (the keys hold every substring). */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const word of normalise(query).match(WORD) ?? []) {
    for (const run of word.match(RUN) ?? []) terms.add(run);
  }
  return [...terms];
}

/** Whether every term starts one of the keys (an empty query matches everything). */
export function matchesKeys(terms: readonly string[], keys: readonly string[]): boolean {
  return terms.every((term) => keys.some((key) => key.startsWith(term)));
}

/** Keys of several texts at once, e.g. the fields a list's quick search looks at. */
export function keysOf(texts: readonly (string | null | undefined)[]): string[] {
  return [...new Set(texts.flatMap((text) => searchKeys(text)))];
}

/** One-off matching of a query against texts; lists compute keysOf once per row instead. */
export function matches(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const terms = queryTerms(query);
  return terms.length === 0 || matchesKeys(terms, keysOf(texts));
}
