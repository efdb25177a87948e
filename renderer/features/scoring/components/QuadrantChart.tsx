import { Anchor, Box, Stack, Table, Text } from '@mantine/core';
import { ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  type GridComponentOption,
  type MarkAreaComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { use as registerEcharts, type ComposeOption, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartColors, useEChart } from '../../../ui/useEChart.ts';
import type { QuadrantDeal, QuadrantView } from '../../../../shared/evaluation.ts';
import type { Quadrant } from '../../../../shared/scoring.ts';
import { navigate } from '../../../routes/navigate.ts';
import { route } from '../../../routes/route.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';

// SVG so that the chart prints and exports crisply.
registerEcharts([
  ScatterChart,
  GridComponent,
  TooltipComponent,
  MarkLineComponent,
  MarkAreaComponent,
  SVGRenderer,
]);

type ChartOption = ComposeOption<
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
>;

const COLORS: Record<Quadrant, string> = {
  pursue: '#0ca678',
  develop: '#4263eb',
  opportunistic: '#f59f00',
  avoid: '#868e96',
};
// 0–11 with ticks on whole numbers, labelled 1–10 only: the split at 5.5 sits in the middle.
const AXIS_MIN = 0;
const AXIS_MAX = 11;

/** Bubble diameter by amount: area grows with the amount, within readable bounds. */
function bubbleSize(amount: number, largest: number): number {
  if (largest <= 0) return 16;
  return 12 + 36 * Math.sqrt(Math.max(0, amount) / largest);
}

/**
 * Win analysis (seed 004 fig. 4-2) across open deals: feasibility across, attractiveness up,
 * split into the four quadrants; a bubble's size is the deal's amount and a click opens its
 * evaluation. The chart is hidden from screen readers: QuadrantTable carries the same figures.
 */
export function QuadrantChart({ view }: { view: QuadrantView }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const placed = useMemo(
    () =>
      view.deals.filter(
        (
          d,
        ): d is QuadrantDeal & {
          attractiveness: number;
          feasibility: number;
          quadrant: Quadrant;
        } => d.quadrant !== null && d.attractiveness !== null && d.feasibility !== null,
      ),
    [view.deals],
  );

  const colors = useChartColors();
  const option = useMemo<ChartOption>(() => {
    const largest = Math.max(0, ...placed.map((d) => d.amount));
    const split = view.split;
    const area = (q: Quadrant, x: [number, number], y: [number, number]) => [
      {
        name: t(`scoring.quadrants.${q}`),
        xAxis: x[0],
        yAxis: y[1],
        itemStyle: { color: COLORS[q], opacity: 0.06 },
        label: { color: COLORS[q], fontWeight: 600 as const, fontSize: 13 },
      },
      { xAxis: x[1], yAxis: y[0] },
    ];
    return {
      animation: false,
      grid: { left: 56, right: 24, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const d = placed[(p as { dataIndex: number }).dataIndex];
          if (!d) return '';
          return [
            `<b>${escapeHtml(d.name)}</b>`,
            escapeHtml(d.accountName),
            t('common.labelled', {
              label: t('scoring.quadrant.amount'),
              value: fmt.money(d.amount, d.currency),
            }),
            `${t('common.labelled', { label: t('scoring.quadrant.attractiveness'), value: d.attractiveness })} · ${t('common.labelled', { label: t('scoring.quadrant.feasibility'), value: d.feasibility })}`,
          ].join('<br/>');
        },
      },
      xAxis: {
        type: 'value',
        min: AXIS_MIN,
        max: AXIS_MAX,
        interval: 1,
        name: t('scoring.quadrant.xAxis'),
        nameLocation: 'middle',
        nameGap: 28,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => (v >= 1 && v <= 10 ? String(v) : '') },
      },
      yAxis: {
        type: 'value',
        min: AXIS_MIN,
        max: AXIS_MAX,
        interval: 1,
        name: t('scoring.quadrant.yAxis'),
        nameLocation: 'middle',
        nameGap: 36,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => (v >= 1 && v <= 10 ? String(v) : '') },
      },
      series: [
        {
          type: 'scatter',
          cursor: 'pointer',
          data: placed.map((d) => ({
            name: d.name,
            value: [d.feasibility, d.attractiveness],
            symbolSize: bubbleSize(d.amount, largest),
            itemStyle: { color: COLORS[d.quadrant], opacity: 0.8 },
          })),
          label: {
            show: true,
            position: 'right',
            formatter: (p) => placed[p.dataIndex]?.name ?? '',
            fontSize: 11,
            color: colors.text,
          },
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: colors.line, type: 'dashed' },
            label: { show: false },
            data: [{ xAxis: split }, { yAxis: split }],
          },
          markArea: {
            silent: true,
            label: { position: 'insideTopLeft' },
            data: [
              area('develop', [AXIS_MIN, split], [split, AXIS_MAX]),
              area('pursue', [split, AXIS_MAX], [split, AXIS_MAX]),
              area('avoid', [AXIS_MIN, split], [AXIS_MIN, split]),
              area('opportunistic', [split, AXIS_MAX], [AXIS_MIN, split]),
            ] as never,
          },
        },
      ],
    };
  }, [placed, view.split, t, fmt, colors]);

  const bindClick = useCallback(
    (instance: EChartsType) => {
      instance.off('click');
      instance.on('click', (p) => {
        const d = placed[p.dataIndex];
        if (d) navigate({ name: 'deal', id: d.opportunityId, tab: 'evaluation' });
      });
    },
    [placed],
  );
  const container = useEChart(option, { width: 640, height: 460 }, bindClick);

  const unplaced = view.deals.length - placed.length;

  return (
    <Stack gap="xs" component="section" aria-label={t('scoring.quadrant.chartLabel')}>
      {placed.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('scoring.quadrant.empty')}
        </Text>
      )}
      <Box ref={container} h={460} aria-hidden data-testid="quadrant-chart" />
      {unplaced > 0 && (
        <Text size="sm" c="dimmed">
          {t('scoring.quadrant.unpositioned', { count: unplaced })}
        </Text>
      )}
    </Stack>
  );
}

/** Every open deal with its score and position; links open the deal's evaluation. */
export function QuadrantTable({ deals }: { deals: readonly QuadrantDeal[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const num = (n: number | null) => (n === null ? t('common.empty') : fmt.decimal(n));
  return (
    <Table aria-label={t('scoring.quadrant.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('scoring.quadrant.deal')}</Table.Th>
          <Table.Th scope="col">{t('scoring.quadrant.account')}</Table.Th>
          <Table.Th scope="col">{t('scoring.quadrant.amount')}</Table.Th>
          <Table.Th scope="col">{t('scoring.quadrant.score')}</Table.Th>
          <Table.Th scope="col">{t('scoring.quadrant.attractiveness')}</Table.Th>
          <Table.Th scope="col">{t('scoring.quadrant.feasibility')}</Table.Th>
          <Table.Th scope="col">{t('scoring.quadrant.quadrant')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {deals.map((d) => (
          <Table.Tr key={d.opportunityId}>
            <Table.Th scope="row">
              <Anchor
                href={route.href({ name: 'deal', id: d.opportunityId, tab: 'evaluation' })}
                size="sm"
              >
                {d.name}
              </Anchor>
            </Table.Th>
            <Table.Td>{d.accountName}</Table.Td>
            <Table.Td>{fmt.money(d.amount, d.currency, { wide: true })}</Table.Td>
            <Table.Td>{num(d.score)}</Table.Td>
            <Table.Td>{num(d.attractiveness)}</Table.Td>
            <Table.Td>{num(d.feasibility)}</Table.Td>
            <Table.Td>
              {d.quadrant
                ? t(`scoring.quadrants.${d.quadrant}`)
                : t('scoring.quadrant.notPositioned')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}
