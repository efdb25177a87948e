import { RadarChart } from 'echarts/charts';
import { LegendComponent, RadarComponent } from 'echarts/components';
import { init, use as registerEcharts } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Comparison } from '../../../../shared/competition.ts';
import { FONT_FAMILY } from '../../orgmap/index.ts';

registerEcharts([RadarChart, RadarComponent, LegendComponent, SVGRenderer]);

const US_COLOR = '#3b5bdb';
const THEM_COLORS = ['#e8590c', '#c2255c', '#2f9e44', '#7048e8', '#0c8599', '#f08c00'];

/**
 * The buying-criteria radar (us against each competitor, 1–10) as SVG markup, rendered without
 * a DOM (ECharts server-side rendering): vector text, so names stay text in the PDF.
 * Null when nothing can be drawn (fewer than three criteria or no vendor).
 */
export function radarSvg(
  comparison: Comparison,
  usLabel: string,
  size = { width: 640, height: 400 },
): string | null {
  const { criteria, vendors } = comparison;
  if (criteria.length < 3 || vendors.length === 0) return null;
  const chart = init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    const names = vendors.map((v) => (v.vendor === 'us' ? usLabel : v.name));
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: FONT_FAMILY },
      legend: { bottom: 0, data: names, textStyle: { fontSize: 12 } },
      radar: {
        indicator: criteria.map((c) => ({ name: c.name, max: 10, min: 0 })),
        radius: '62%',
        center: ['50%', '48%'],
        splitNumber: 5,
        axisName: { color: '#343a40', fontSize: 12 },
      },
      series: [
        {
          type: 'radar',
          data: vendors.map((v, i) => ({
            name: names[i],
            // An unscored criterion is left out of the line rather than drawn as zero.
            value: criteria.map((c) => c.scores.find((s) => s.vendor === v.vendor)?.score ?? '-'),
            itemStyle: {
              color: v.vendor === 'us' ? US_COLOR : THEM_COLORS[(i - 1) % THEM_COLORS.length],
            },
            lineStyle: { width: v.vendor === 'us' ? 3 : 2 },
            areaStyle: v.vendor === 'us' ? { opacity: 0.12 } : undefined,
          })),
        },
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
