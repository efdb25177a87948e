import { describe, expect, it } from 'vitest';
import { makeFormatters } from '../../../ui/useFormatters.ts';
import { isJustANumber, statedValue } from './statedValue.ts';

const fmt = makeFormatters('en');
const money = (n: number) => fmt.money(n, 'CNY');
const bracket = (s: string) => ` (${s})`;

describe('statedValue', () => {
  it('prints an amount once, formatted, when the text only repeats it', () => {
    expect(statedValue('7400000', 7_400_000, money, bracket)).toBe('CN¥7,400,000');
    expect(statedValue('CNY 11.4 million', 11_400_000, money, bracket)).toBe('CN¥11,400,000');
    expect(statedValue('1140万元', 11_400_000, money, bracket)).toBe('CN¥11,400,000');
    expect(statedValue('', 7_400_000, money, bracket)).toBe('CN¥7,400,000');
  });

  it('keeps words that say more, with the value in brackets unless they hold it already', () => {
    expect(statedValue('Discount to 4.0 M', 4_000_000, money, bracket)).toBe(
      'Discount to 4.0 M (CN¥4,000,000)',
    );
    expect(statedValue('Warranty extended to 24 months', 24, fmt.decimal, bracket)).toBe(
      'Warranty extended to 24 months',
    );
    expect(statedValue('10% retention max', null, money, bracket)).toBe('10% retention max');
  });

  it('tells a number from words', () => {
    expect(isJustANumber('4.2 M')).toBe(true);
    expect(isJustANumber('¥ 7,400,000')).toBe(true);
    expect(isJustANumber('30/60/10')).toBe(false);
    expect(isJustANumber('net 60 days')).toBe(false);
  });
});
