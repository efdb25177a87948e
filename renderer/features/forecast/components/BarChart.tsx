import { Box } from '@mantine/core';
import { BarChart as EBarChart, type BarSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerEcharts, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// SVG so that the charts print crisply and the pipeline pack can carry them as SVG.
registerEcharts([EBarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export type BarOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The chart on screen; the caller gives a visually hidden table with the same numbers. */
export function BarChart({
  option,
  height = 280,
  testId,
}: {
  option: BarOption;
  height?: number;
  testId?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // A size of 0 (hidden tab, jsdom) falls back to a default instead of an empty chart.
    const size = (width: number, h: number) => ({ width: width || 640, height: h || height });
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
  }, [height]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <Box ref={container} h={height} aria-hidden data-testid={testId} />;
}

/** The same chart as an SVG string (ECharts server-side rendering), for print layouts. */
export function barChartSvg(option: BarOption, width: number, height: number): string {
  const instance = init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({ ...option, animation: false });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
