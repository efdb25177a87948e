import { useComputedColorScheme } from '@mantine/core';
import { init, registerTheme, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';

/** The text and line colours a chart's option names, for the scheme on screen. */
export type ChartColors = { text: string; dimmed: string; line: string };

// Mantine's greys: gray.8 / gray.7 / gray.6 on white, dark.0 / dimmed / dark.3 on dark.7.
const LIGHT: ChartColors = { text: '#343a40', dimmed: '#495057', line: '#868e96' };
const DARK: ChartColors = { text: '#c9c9c9', dimmed: '#a8a8a8', line: '#696969' };

/**
 * ECharts' look on the dark scheme: no background of its own (the page shows through), light
 * text, quiet axes and grid lines. Print layouts render without it, so paper stays light.
 */
const DARK_THEME = 'dw-dark';
const axis = {
  axisLine: { lineStyle: { color: '#5c5c5c' } },
  axisTick: { lineStyle: { color: '#5c5c5c' } },
  axisLabel: { color: DARK.dimmed },
  splitLine: { lineStyle: { color: ['#373737'] } },
  nameTextStyle: { color: DARK.dimmed },
};
registerTheme(DARK_THEME, {
  backgroundColor: 'transparent',
  textStyle: { color: DARK.text },
  legend: { textStyle: { color: DARK.text }, inactiveColor: '#5c5c5c' },
  tooltip: {
    backgroundColor: '#2e2e2e',
    borderColor: '#424242',
    textStyle: { color: DARK.text },
  },
  categoryAxis: axis,
  valueAxis: axis,
  radar: {
    axisName: { color: DARK.text },
    axisLine: { lineStyle: { color: '#4a4a4a' } },
    splitLine: { lineStyle: { color: '#4a4a4a' } },
    splitArea: { areaStyle: { color: ['rgba(255,255,255,0.02)', 'rgba(255,255,255,0.05)'] } },
  },
});

/** The colours a chart names for its own labels and lines, following the colour scheme. */
export function useChartColors(): ChartColors {
  return useComputedColorScheme('light') === 'dark' ? DARK : LIGHT;
}

/** The ECharts theme to `init` a chart with on the scheme on screen (null: ECharts' own). */
export function useChartTheme(): string | null {
  return useComputedColorScheme('light') === 'dark' ? DARK_THEME : null;
}

/**
 * Mounts an ECharts instance (SVG renderer: crisp in print, text stays text) on the returned
 * element ref, follows the element's size and shows `option`. A size of 0 (a hidden tab, jsdom)
 * falls back to `fallback` instead of an empty chart. `onChart` sees the instance after each
 * option, e.g. to bind click handlers. The caller registers the chart parts it uses. On the dark
 * scheme the chart takes the dark theme (colours an option names come from useChartColors).
 */
export function useEChart<E extends HTMLElement = HTMLDivElement>(
  option: EChartsCoreOption,
  fallback: { width: number; height: number },
  onChart?: (chart: EChartsType) => void,
) {
  const container = useRef<E>(null);
  const chart = useRef<EChartsType | null>(null);
  const { width: fallbackWidth, height: fallbackHeight } = fallback;
  const theme = useChartTheme();

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const size = (width: number, height: number) => ({
      width: width || fallbackWidth,
      height: height || fallbackHeight,
    });
    const instance = init(element, theme, {
      renderer: 'svg',
      ...size(element.clientWidth, element.clientHeight),
    });
    chart.current = instance;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) instance.resize(size(entry.contentRect.width, entry.contentRect.height));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [fallbackWidth, fallbackHeight, theme]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.setOption(option, { notMerge: true });
    onChart?.(instance);
    // A new instance (another fallback size or scheme) gets the option again.
  }, [option, onChart, fallbackWidth, fallbackHeight, theme]);

  return container;
}
