import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { matchesQuery } from './matchesQuery.ts';
import { quickSearch, useQuickSearch } from './quickSearch.ts';

type Row = { id: string; name: string; title: string | null; note?: string | null };

const ROWS: Row[] = [
  { id: '1', name: '王建国', title: '技术总监', note: '138-0000-1234' },
  { id: '2', name: '北京天普科技有限公司', title: null },
  { id: '3', name: 'Acme Corp', title: 'Head of Sales', note: 'jg.wang@temp.cn' },
  { id: '4', name: 'ＡＣＭＥ　Ｔｒａｄｉｎｇ', title: '采购部' },
  { id: '5', name: '曾小明', title: 'CTO', note: '(021) 5555 1234' },
  { id: '6', name: 'Zoë Café', title: 'Barista' },
  { id: '7', name: 'ΑΣΑ Hellas', title: 'Σοφία' },
  { id: '8', name: 'ｶﾞｲﾄﾞ株式会社', title: 'ガイド' },
  { id: '9', name: '上海精密机械12号', title: 'Shanghai Precision' },
  { id: '10', name: '张伟', title: '销售经理', note: 'zhang.wei@example.com' },
  { id: '11', name: '', title: null, note: null },
];

const textsOf = (r: Row) => [r.name, r.title, r.note];

/** The code before: every row's texts matched at every keystroke. */
const oracle = (rows: readonly Row[], query: string) =>
  rows.filter((r) => matchesQuery(query, textsOf(r))).map((r) => r.id);

const QUERIES = [
  '',
  '  ',
  '王建国',
  '建国',
  'wangjianguo',
  'wjg',
  'WJG',
  'ｗｊｇ',
  'wang 总监',
  'wjx',
  '天普',
  'bjtp',
  'tianpu',
  'acme',
  'ACME tr',
  'ｃｏｒ',
  'cme',
  '1234',
  '138',
  '021-5555',
  'zoe cafe',
  'ZOË',
  'ας',
  'ασα',
  'ΑΣ',
  'σοφια',
  'ｶ',
  'ｶﾞｲ',
  'ガイ',
  '上海精密',
  '12号',
  'shjm',
  'zhang wei',
  'zw',
  'zeng',
  'head sales',
  'x',
];

/** Every prefix of the query, as typed one character at a time. */
const typed = (query: string) => [...query].map((_, i) => [...query].slice(0, i + 1).join(''));

describe('quick search of a list', () => {
  it('finds exactly the rows matchesQuery finds, for each query on its own', () => {
    for (const query of QUERIES) {
      // A new search each time: no earlier answer to start from.
      expect(
        quickSearch(textsOf)
          .filter(ROWS, query)
          .map((r) => r.id),
        query,
      ).toEqual(oracle(ROWS, query));
    }
  });

  it('finds the same rows when each answer starts from the one before (typing, deleting)', () => {
    const search = quickSearch(textsOf);
    const keystrokes = [
      ...QUERIES.flatMap(typed),
      // Back and forth: deleting widens, a new word narrows, folding changes a typed letter.
      ...['wang z', 'wang', 'wan', 'wang 总', 'ΑΣ', 'ΑΣΑ', 'ｶ', 'ｶﾞ', 'zo', 'zoë', ''],
    ];
    for (const query of keystrokes) {
      expect(
        search.filter(ROWS, query).map((r) => r.id),
        query,
      ).toEqual(oracle(ROWS, query));
    }
  });

  it('keys a row once, and a new object for an edited row again', () => {
    const keyed = vi.fn(textsOf);
    const search = quickSearch(keyed);
    expect(search.filter(ROWS, 'acme').map((r) => r.id)).toEqual(['3', '4']);
    search.filter(ROWS, 'wjg');
    expect(keyed).toHaveBeenCalledTimes(ROWS.length);

    // A refetch after an edit: the edited row is a new object, the others are kept.
    const renamed = { ...ROWS[2]!, name: 'Initech' };
    const refetched = ROWS.map((r) => (r.id === '3' ? renamed : r));
    expect(search.filter(refetched, 'acme').map((r) => r.id)).toEqual(['4']);
    expect(search.filter(refetched, 'init').map((r) => r.id)).toEqual(['3']);
    expect(keyed).toHaveBeenCalledTimes(ROWS.length + 1);
  });

  it('keys rows ahead of the first keystroke when asked, as far as there is time', () => {
    const keyed = vi.fn(textsOf);
    const search = quickSearch(keyed);
    let budget = 4;
    expect(search.prime(ROWS, 0, () => budget-- > 0)).toBe(4);
    expect(search.prime(ROWS, 4, () => true)).toBe(ROWS.length);
    search.filter(ROWS, 'acme');
    expect(keyed).toHaveBeenCalledTimes(ROWS.length);
  });
});

describe('useQuickSearch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('filters the rows by the query, and keys them when the browser is idle', () => {
    const idle: IdleRequestCallback[] = [];
    vi.stubGlobal('requestIdleCallback', (fn: IdleRequestCallback) => idle.push(fn));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const keyed = vi.fn(textsOf);
    const search = quickSearch(keyed);
    const { result, rerender, unmount } = renderHook(
      ({ query }: { query: string }) => useQuickSearch(search, ROWS, query),
      { initialProps: { query: '' } },
    );
    expect(result.current).toBe(ROWS);
    expect(idle).toHaveLength(1);
    act(() => idle[0]!({ didTimeout: false, timeRemaining: () => 50 }));
    expect(keyed).toHaveBeenCalledTimes(ROWS.length);

    rerender({ query: 'wjg' });
    expect(result.current.map((r) => r.id)).toEqual(['1']);
    const answer = result.current;
    rerender({ query: 'wjg' });
    // The same array while nothing changes: the table does not sort it again.
    expect(result.current).toBe(answer);
    expect(keyed).toHaveBeenCalledTimes(ROWS.length);
    unmount();
  });

  it('shows nothing until the rows arrive', () => {
    const { result } = renderHook(() => useQuickSearch(quickSearch(textsOf), undefined, 'x'));
    expect(result.current).toEqual([]);
  });
});
