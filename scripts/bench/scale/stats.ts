// Pure helpers of `npm run bench:scale`: medians, ratios and the closing table of targets.

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value below which a share q (0–1) of the samples lie (nearest rank). */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return '—';
  return x < 10 ? `${x.toFixed(2)} ms` : `${Math.round(x).toLocaleString('en')} ms`;
}

export function bytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 2 ** 20).toFixed(2)} MiB`;
}

export function mib(n: number): string {
  return `${Math.round(n / 2 ** 20)} MiB`;
}

/** 'median (min–max)' of timings. */
export function spread(xs: readonly number[]): string {
  if (xs.length === 0) return '—';
  return `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
}

/**
 * One line of the closing table. `higherIsBetter` for targets that are floors (frames per
 * second); otherwise the measured value must not exceed the target.
 */
export type TargetRow = {
  group: string;
  target: string;
  measured: number;
  limit: number;
  unit: 'ms' | '×' | 'MiB' | 'MB' | 'fps' | 'count';
  higherIsBetter?: boolean;
  note?: string;
};

/** How far the measured value is from the target: >1 means missed, for floors as for ceilings. */
export function ratioToTarget(
  row: Pick<TargetRow, 'measured' | 'limit' | 'higherIsBetter'>,
): number {
  if (!Number.isFinite(row.measured)) return NaN;
  if (row.higherIsBetter) return row.measured === 0 ? Infinity : row.limit / row.measured;
  if (row.limit === 0) return row.measured === 0 ? 0 : Infinity;
  return row.measured / row.limit;
}

export function met(row: Pick<TargetRow, 'measured' | 'limit' | 'higherIsBetter'>): boolean | null {
  if (!Number.isFinite(row.measured)) return null;
  return row.higherIsBetter ? row.measured >= row.limit : row.measured <= row.limit;
}

export function formatValue(value: number, unit: TargetRow['unit']): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return ms(value);
    case '×':
      return `${value.toFixed(2)}×`;
    case 'MiB':
      return `${Math.round(value)} MiB`;
    case 'MB':
      return `${value.toFixed(2)} MB`;
    case 'fps':
      return `${value.toFixed(1)} fps`;
    case 'count':
      return String(value);
  }
}

/** Fixed-width text table; the first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  const line = (r: readonly string[]) =>
    r
      .map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length))
      .join('  ')
      .trimEnd();
  return [
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}

export function targetTable(rows: readonly TargetRow[]): string {
  return table([
    ['group', 'target', 'measured', 'target value', 'ratio', 'result', 'note'],
    ...rows.map((r) => {
      const verdict = met(r);
      const ratio = ratioToTarget(r);
      return [
        r.group,
        r.target,
        formatValue(r.measured, r.unit),
        `${r.higherIsBetter ? '≥' : '≤'} ${formatValue(r.limit, r.unit)}`,
        Number.isFinite(ratio) ? `${ratio.toFixed(2)}` : '—',
        verdict === null ? 'not measured' : verdict ? 'met' : 'MISSED',
        r.note ?? '',
      ];
    }),
  ]);
}
