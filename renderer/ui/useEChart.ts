import { init, type EChartsCoreOption, type EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * Mounts an ECharts instance (SVG renderer: crisp in print, text stays text) on the returned
 * element ref, follows the element's size and shows `option`. A size of 0 (a hidden tab, jsdom)
 * falls back to `fallback` instead of an empty chart. `onChart` sees the instance after each
 * option, e.g. to bind click handlers. The caller registers the chart parts it uses.
 */
export function useEChart<E extends HTMLElement = HTMLDivElement>(
  option: EChartsCoreOption,
  fallback: { width: number; height: number },
  onChart?: (chart: EChartsType) => void,
) {
  const container = useRef<E>(null);
  const chart = useRef<EChartsType | null>(null);
  const { width: fallbackWidth, height: fallbackHeight } = fallback;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const size = (width: number, height: number) => ({
      width: width || fallbackWidth,
      height: height || fallbackHeight,
    });
    const instance = init(element, null, {
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
  }, [fallbackWidth, fallbackHeight]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance) return;
    instance.setOption(option, { notMerge: true });
    onChart?.(instance);
    // A new instance (another fallback size) gets the option again.
  }, [option, onChart, fallbackWidth, fallbackHeight]);

  return container;
}
