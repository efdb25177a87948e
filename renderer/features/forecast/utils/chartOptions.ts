import type { BarOption } from '../components/BarChart.tsx';

export const CATEGORY_COLORS = { commit: '#2f9e44', bestCase: '#3b5bdb', pipeline: '#adb5bd' };

type Stack = { label: string; commit: number; bestCase: number; pipeline: number };

/** Commit, best case and pipeline stacked per period. */
export function forecastOption(
  rows: readonly Stack[],
  names: { commit: string; bestCase: string; pipeline: string },
  money: (n: number) => string,
): BarOption {
  const series = (['commit', 'bestCase', 'pipeline'] as const).map((key) => ({
    type: 'bar' as const,
    name: names[key],
    stack: 'open',
    data: rows.map((r) => r[key]),
    itemStyle: { color: CATEGORY_COLORS[key] },
  }));
  return {
    animation: false,
    legend: { bottom: 0 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => money(Number(v)) },
    grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => money(v) } },
    series,
  };
}

/** Weighted change per movement kind: gains green, losses red. */
export function movementOption(
  rows: readonly { label: string; delta: number }[],
  name: string,
  money: (n: number) => string,
): BarOption {
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v) => money(Number(v)) },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: (v: number) => money(v) } },
    series: [
      {
        type: 'bar',
        name,
        data: rows.map((r) => ({
          value: r.delta,
          itemStyle: { color: r.delta < 0 ? '#e03131' : '#2f9e44' },
        })),
      },
    ],
  };
}
