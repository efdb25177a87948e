import { describe, expect, it } from 'vitest';
import { negotiationEn, negotiationEnumsEn } from './en.ts';
import { negotiationEnumsZhCN, negotiationZhCN } from './zh-CN.ts';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('negotiation messages', () => {
  it('has every English key in Chinese, and no empty text', () => {
    expect(keys(negotiationZhCN)).toEqual(keys(negotiationEn));
    expect(keys(negotiationEnumsZhCN)).toEqual(keys(negotiationEnumsEn));
    const values = (o: object): unknown[] =>
      Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v as object) : [v]));
    for (const v of [...values(negotiationZhCN), ...values(negotiationEnumsZhCN)]) {
      expect(typeof v === 'string' && v.trim() !== '').toBe(true);
    }
  });
});
