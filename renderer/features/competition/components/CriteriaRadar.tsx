import { Box, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { RadarChart, type RadarSeriesOption } from 'echarts/charts';
import {
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  type LegendComponentOption,
  type RadarComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { use as registerEcharts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartColors, useEChart } from '../../../ui/useEChart.ts';
import type { Comparison, VendorKey } from '../../../../shared/competition.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';

// SVG so that the chart prints and exports crisply.
registerEcharts([RadarChart, RadarComponent, LegendComponent, TooltipComponent, SVGRenderer]);

type ChartOption = ComposeOption<
  RadarSeriesOption | RadarComponentOption | LegendComponentOption | TooltipComponentOption
>;

const US_COLOR = '#3b5bdb';
const THEM_COLORS = ['#e8590c', '#c2255c', '#2f9e44', '#7048e8', '#0c8599', '#f08c00'];

/**
 * Us against each competitor on every criterion (1–10), as a radar; a visually hidden table
 * carries the same numbers for screen readers and tests.
 */
export function CriteriaRadar({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { criteria, vendors } = comparison;

  const label = (vendor: VendorKey, name: string) =>
    vendor === 'us' ? t('competition.criteria.us') : name;
  const scoreOf = (criterionIndex: number, vendor: VendorKey) =>
    criteria[criterionIndex]?.scores.find((s) => s.vendor === vendor)?.score ?? null;
  const anyScore = criteria.some((c) => c.scores.some((s) => s.score !== null));

  const colors = useChartColors();
  const option = useMemo<ChartOption>(() => {
    const names = vendors.map((v) => (v.vendor === 'us' ? t('competition.criteria.us') : v.name));
    return {
      animation: false,
      legend: { bottom: 0, data: names },
      tooltip: { trigger: 'item' },
      radar: {
        indicator: criteria.map((c) => ({ name: c.name, max: 10, min: 0 })),
        radius: '62%',
        splitNumber: 5,
        axisName: { color: colors.dimmed, fontSize: 12 },
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
    };
  }, [criteria, vendors, t, colors]);

  const container = useEChart(option, { width: 520, height: 360 });

  return (
    <Stack gap="xs" component="section" aria-label={t('competition.radar.title')}>
      <Text fw={600}>{t('competition.radar.title')}</Text>
      {!anyScore && (
        <Text size="sm" c="dimmed">
          {t('competition.radar.empty')}
        </Text>
      )}
      <Box ref={container} h={360} aria-hidden data-testid="criteria-radar-chart" />
      <VisuallyHidden>
        <Table aria-label={t('competition.radar.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('competition.radar.criterion')}</Table.Th>
              <Table.Th scope="col">{t('competition.criteria.share')}</Table.Th>
              {vendors.map((v) => (
                <Table.Th key={v.vendor} scope="col">
                  {label(v.vendor, v.name)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((c, i) => (
              <Table.Tr key={c.id}>
                <Table.Th scope="row">{c.name}</Table.Th>
                <Table.Td>{fmt.percent(c.weightPercent)}</Table.Td>
                {vendors.map((v) => {
                  const score = scoreOf(i, v.vendor);
                  return (
                    <Table.Td key={v.vendor}>
                      {score === null ? t('common.empty') : fmt.integer(score)}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
