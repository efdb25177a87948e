import { describe, expect, it } from 'vitest';
import { keysOf, matches, matchesKeys, normalise, queryTerms, searchKeys } from './searchKeys.ts';

describe('search keys', () => {
  it('finds a Chinese name by substring, pinyin in full and initials', () => {
    for (const query of [
      '王建国',
      '建国',
      '国',
      'wangjianguo',
      'wang',
      'wangj',
      'jianguo',
      'wjg',
      'wj',
      'jg',
    ]) {
      expect(matches(query, ['王建国']), query).toBe(true);
    }
    for (const query of ['tianpu', 'tp', '天普', 'tian']) {
      expect(matches(query, ['北京天普太阳能工业有限公司']), query).toBe(true);
    }
  });

  it('refuses what is not there', () => {
    for (const query of ['王国', 'wjx', 'angjian', 'zhang', '李']) {
      expect(matches(query, ['王建国']), query).toBe(false);
    }
  });

  it('reads a polyphonic surname as a surname in person names', () => {
    expect(searchKeys('曾学明', { personName: true })).toContain('zengxueming');
    expect(searchKeys('单雄信', { personName: true })).toContain('sxx');
  });

  it('matches English by word prefix, ignoring case and width', () => {
    expect(matches('acme', ['Acme Corp'])).toBe(true);
    expect(matches('CORP', ['Acme Corp'])).toBe(true);
    expect(matches('ａｃｍ', ['ACME Corp'])).toBe(true);
    expect(matches('acm', ['ＡＣＭＥ'])).toBe(true);
    expect(matches('cme', ['Acme Corp'])).toBe(false);
    expect(matches('acme zeta', ['Acme Corp'])).toBe(false);
    expect(matches('corp acme', ['Acme Corp'])).toBe(true);
    expect(matches('cafe', ['Café Müller'])).toBe(true);
  });

  it('splits e-mail addresses and joins phone digits', () => {
    expect(matches('wang.jg@', ['wang.jg@temp.com'])).toBe(true);
    expect(matches('temp', ['wang.jg@temp.com'])).toBe(true);
    expect(matches('13800001234', ['138-0000-1234'])).toBe(true);
    expect(matches('1234', ['138-0000-1234'])).toBe(true);
  });

  it('combines terms across fields and treats an empty query as everything', () => {
    const keys = keysOf(['王建国', '技术总监', null]);
    expect(matchesKeys(queryTerms('wjg 总监'), keys)).toBe(true);
    expect(matchesKeys(queryTerms('wjg 财务'), keys)).toBe(false);
    expect(matches('   ', ['anything'])).toBe(true);
    expect(matches('!!', ['anything'])).toBe(true);
  });

  it('folds text the way the index does', () => {
    expect(normalise('ＡＢＣ１２３ Éa')).toBe('abc123 ea');
    expect(queryTerms('王jg  Wang')).toEqual(['王', 'jg', 'wang']);
  });
});
