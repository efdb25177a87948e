import { describe, expect, it } from 'vitest';
import { makeFormatters } from './useFormatters.ts';

describe('money', () => {
  it('counts a wide Chinese column in 万 and names the currency in words', () => {
    const fmt = makeFormatters('zh-CN', { moneyInWan: true });
    expect(fmt.money(7_400_000, 'CNY', { wide: true })).toBe('740万元');
    expect(fmt.money(12_345_678, 'CNY', { wide: true })).toBe('1,234.57万元');
    expect(fmt.money(850_000, 'USD', { wide: true })).toBe('85万美元');
    expect(fmt.money(-2_000_000, 'CNY', { wide: true })).toBe('-200万元');
    expect(fmt.money(9_800, 'CNY', { wide: true })).toBe('9,800元');
    expect(fmt.money(0, 'EUR', { wide: true })).toBe('0欧元');
  });

  it('keeps the exact amount outside wide columns, with the setting off, and in English', () => {
    expect(makeFormatters('zh-CN', { moneyInWan: true }).money(7_400_000, 'CNY')).toBe(
      '¥7,400,000',
    );
    expect(
      makeFormatters('zh-CN', { moneyInWan: false }).money(7_400_000, 'CNY', { wide: true }),
    ).toBe('¥7,400,000');
    expect(makeFormatters('en', { moneyInWan: true }).money(7_400_000, 'CNY', { wide: true })).toBe(
      'CN¥7,400,000',
    );
    expect(makeFormatters('zh-CN').money(850_000, 'USD')).toBe('US$850,000');
  });

  it('shows 万 by default: the setting starts on', () => {
    expect(makeFormatters('zh-CN').money(7_400_000, 'CNY', { wide: true })).toBe('740万元');
  });
});
