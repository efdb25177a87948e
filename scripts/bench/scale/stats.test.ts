import { describe, expect, it } from 'vitest';
import { formatValue, median, met, quantile, ratioToTarget, table, targetTable } from './stats.ts';

describe('bench:scale figures', () => {
  it('takes the median of odd and even samples, unsorted, and NaN of none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes quantiles by nearest rank', () => {
    const xs = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(quantile(xs, 0.95)).toBe(19);
    expect(quantile(xs, 0.5)).toBe(10);
    expect(quantile(xs, 1)).toBe(20);
  });

  it('says how far a ceiling or a floor is missed, > 1 when missed', () => {
    expect(ratioToTarget({ measured: 450, limit: 300 })).toBe(1.5);
    expect(met({ measured: 450, limit: 300 })).toBe(false);
    expect(met({ measured: 300, limit: 300 })).toBe(true);
    expect(ratioToTarget({ measured: 25, limit: 50, higherIsBetter: true })).toBe(2);
    expect(met({ measured: 60, limit: 50, higherIsBetter: true })).toBe(true);
    expect(ratioToTarget({ measured: 2, limit: 0 })).toBe(Infinity);
    expect(met({ measured: NaN, limit: 1 })).toBeNull();
  });

  it('formats values by unit', () => {
    expect(formatValue(1234.4, 'ms')).toBe('1,234 ms');
    expect(formatValue(3.456, 'ms')).toBe('3.46 ms');
    expect(formatValue(8.2, '×')).toBe('8.20×');
    expect(formatValue(NaN, 'MiB')).toBe('—');
  });

  it('lines the columns up under their header', () => {
    expect(
      table([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('a    bb\n---  --\nccc  d');
    const text = targetTable([
      { group: 'views', target: 'board', measured: 600, limit: 300, unit: 'ms' },
      { group: 'map', target: 'pan', measured: 60, limit: 50, unit: 'fps', higherIsBetter: true },
    ]);
    expect(text).toContain('MISSED');
    expect(text.split('\n')[2]).toMatch(/^views\s+board\s+600 ms\s+≤ 300 ms\s+2\.00\s+MISSED/);
    expect(text.split('\n')[3]).toMatch(/60\.0 fps\s+≥ 50\.0 fps\s+0\.83\s+met/);
  });
});
