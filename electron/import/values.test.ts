import { describe, expect, it } from 'vitest';
import { excelSerialDay, readDate, readNumber } from './values.ts';

const date = (cell: string | number | null, order: 'ymd' | 'mdy' | 'dmy' = 'ymd') => {
  const read = readDate(cell, order);
  return read.ok ? read.value : read.code;
};
const num = (cell: string | number | null) => {
  const read = readNumber(cell);
  return read.ok ? read.value : read.code;
};

describe('readDate', () => {
  it('reads Excel serial days, numbers and digit-only text, across the 1900 leap-year bug', () => {
    expect(excelSerialDay(1)).toBe('1900-01-01');
    expect(excelSerialDay(59)).toBe('1900-02-28');
    expect(excelSerialDay(60)).toBeNull(); // 1900-02-29 never was
    expect(excelSerialDay(61)).toBe('1900-03-01');
    expect(date(46086)).toBe('2026-03-05');
    expect(date('46086')).toBe('2026-03-05');
    expect(date(46086.4375)).toBe('2026-03-05'); // 10:30 dropped
    expect(date(0)).toBe('unrecognised_date');
  });

  it('reads year-first forms with -, / and . and the Chinese form, dropping a time', () => {
    for (const text of [
      '2026-03-05',
      '2026/3/5',
      '2026.3.5',
      '2026年3月5日',
      '2026年3月5号',
      '2026-03-05 10:30',
      '2026/3/5 10:30:00',
      '2026-03-05T10:30:00.000Z',
      '２０２６－０３－０５',
      '20260305',
    ]) {
      expect(date(text), text).toBe('2026-03-05');
    }
  });

  it('reads 3/5/2026 by the chosen order; under year-first only an unambiguous one', () => {
    expect(date('3/5/2026', 'mdy')).toBe('2026-03-05');
    expect(date('5/3/2026', 'dmy')).toBe('2026-03-05');
    expect(date('3/25/2026', 'ymd')).toBe('2026-03-25');
    expect(date('25/3/2026', 'ymd')).toBe('2026-03-25');
    expect(date('3/5/2026', 'ymd')).toBe('ambiguous_date');
    expect(date('13/25/2026', 'mdy')).toBe('unrecognised_date');
  });

  it('refuses impossible dates and text that is no date; empty is no date', () => {
    expect(date('2026-02-30')).toBe('unrecognised_date');
    expect(date('2025-02-29')).toBe('unrecognised_date');
    expect(date('2024-02-29')).toBe('2024-02-29');
    expect(date('next week')).toBe('unrecognised_date');
    expect(date('2026-03-05 abc')).toBe('unrecognised_date');
    expect(date('')).toBeNull();
    expect(date(null)).toBeNull();
  });
});

describe('readNumber', () => {
  it('reads separators, currency signs and words, 万 and 亿', () => {
    expect(num('1,234.56')).toEqual({ value: 1234.56, percent: false });
    expect(num('¥1,234')).toEqual({ value: 1234, percent: false });
    expect(num('$500')).toEqual({ value: 500, percent: false });
    expect(num('1234元')).toEqual({ value: 1234, percent: false });
    expect(num('RMB 2,000')).toEqual({ value: 2000, percent: false });
    expect(num('12万')).toEqual({ value: 120000, percent: false });
    expect(num('1.1万元')).toEqual({ value: 11000, percent: false });
    expect(num('1.5亿')).toEqual({ value: 150000000, percent: false });
    expect(num(42.5)).toEqual({ value: 42.5, percent: false });
  });

  it('reads percentages, negatives in both notations and full-width forms', () => {
    expect(num('30%')).toEqual({ value: 30, percent: true });
    expect(num('-1,000')).toEqual({ value: -1000, percent: false });
    expect(num('(1,000)')).toEqual({ value: -1000, percent: false });
    expect(num('¥-5')).toEqual({ value: -5, percent: false });
    expect(num('－１２３')).toEqual({ value: -123, percent: false });
    expect(num('＋１２．５')).toEqual({ value: 12.5, percent: false });
    expect(num('￥１，２３４')).toEqual({ value: 1234, percent: false });
  });

  it('refuses what is no number; empty is no number', () => {
    expect(num('abc')).toBe('not_a_number');
    expect(num('1.2.3')).toBe('not_a_number');
    expect(num('12,34')).toBe('not_a_number');
    expect(num('万')).toBe('not_a_number');
    expect(num('')).toBeNull();
    expect(num(null)).toBeNull();
  });
});
