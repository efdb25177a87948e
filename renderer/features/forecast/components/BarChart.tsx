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
import { init, use as registerEcharts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEChart } from '../../../ui/useEChart.ts';

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
  const container = useEChart(option, { width: 640, height });

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
