import { describe, expect, it } from 'vitest';
import { matchesQuery } from './matchesQuery.ts';

describe('quick search of a list', () => {
  const person = ['王建国', '技术总监', '技术部', null, 'jg.wang@temp.cn', '138-0000-1234'];

  it('finds a Chinese name by substring, pinyin and initials, as search everything does', () => {
    for (const query of ['王建国', '建国', 'wangjianguo', 'wjg', 'WJG', 'ｗｊｇ', 'wang 总监']) {
      expect(matchesQuery(query, person), query).toBe(true);
    }
    for (const query of ['wjx', '李', 'wang 财务']) {
      expect(matchesQuery(query, person), query).toBe(false);
    }
  });

  it('matches other words by their start, ignoring case and width, and lets an empty query through', () => {
    expect(matchesQuery('ACME', ['Acme Corp'])).toBe(true);
    expect(matchesQuery('ｃｏｒ', ['Acme Corp'])).toBe(true);
    expect(matchesQuery('cme', ['Acme Corp'])).toBe(false);
    expect(matchesQuery('', ['Acme Corp'])).toBe(true);
    expect(matchesQuery('1234', person)).toBe(true);
  });
});
