import { Box, Stack, Table, VisuallyHidden } from '@mantine/core';
import { FunnelChart, type FunnelSeriesOption } from 'echarts/charts';
import { TooltipComponent, type TooltipComponentOption } from 'echarts/components';
import { use as registerEcharts, type ComposeOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useChartColors, useEChart } from '../../../ui/useEChart.ts';
import type { StageSet } from '../../../../shared/pipeline.ts';
import type { PipelineRow } from '../../../../shared/pipelineList.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useStageSets } from '../../stages/index.ts';
import { moneyList } from '../utils/money.ts';
import { groupByStage, totalsOf, type Totals } from '../utils/totals.ts';

// SVG, like the other charts, so that it prints crisply.
registerEcharts([FunnelChart, TooltipComponent, SVGRenderer]);

type ChartOption = ComposeOption<FunnelSeriesOption | TooltipComponentOption>;

const COLORS = [
  '#364fc7',
  '#3b5bdb',
  '#4263eb',
  '#4c6ef5',
  '#5c7cfa',
  '#748ffc',
  '#91a7ff',
  '#0ca678',
];

/**
 * Deals per stage of the filtered pipeline as a funnel (width = number of deals), with amount and
 * weighted amount per stage; a visually hidden table carries the same numbers.
 */
export function PipelineFunnel({ rows, set }: { rows: PipelineRow[]; set: StageSet }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { stageLabel } = useStageSets();

  const stages = useMemo(() => {
    const groups = groupByStage(rows);
    return set.stages.map((s) => ({
      key: s.key,
      label: stageLabel(set.id, s.key),
      totals: totalsOf(groups.get(s.key) ?? []),
    }));
  }, [rows, set, stageLabel]);

  const money = (totals: Totals, pick: 'amount' | 'weighted') =>
    moneyList(fmt, totals.byCurrency, pick);

  const colors = useChartColors();
  const option = useMemo<ChartOption>(
    () => ({
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const item = Array.isArray(p) ? p[0] : p;
          const stage = stages[item?.dataIndex ?? -1];
          if (!stage) return '';
          return [
            t('pipeline.funnel.tooltip', {
              stage: stage.label,
              n: fmt.integer(stage.totals.count),
            }),
            t('common.labelled', {
              label: t('pipeline.funnel.amount'),
              value: money(stage.totals, 'amount'),
            }),
            t('common.labelled', {
              label: t('pipeline.funnel.weighted'),
              value: money(stage.totals, 'weighted'),
            }),
          ].join('<br/>');
        },
      },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: '4%',
          width: '56%',
          top: 8,
          bottom: 8,
          gap: 2,
          minSize: '8%',
          label: { position: 'right', color: colors.text, fontSize: 12 },
          labelLine: { show: true },
          data: stages.map((s, i) => ({
            name: t('pipeline.funnel.band', {
              stage: s.label,
              count: fmt.integer(s.totals.count),
              amount: money(s.totals, 'amount'),
            }),
            // An empty stage still shows as a thin band, so every stage stays in the picture.
            value: s.totals.count,
            itemStyle: { color: COLORS[i % COLORS.length] },
          })),
        },
      ],
    }),
    // money reads fmt and t, both listed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [stages, fmt, t, colors],
  );

  const container = useEChart(option, { width: 640, height: 420 });

  return (
    <Stack
      gap="xs"
      component="section"
      aria-label={t('pipeline.funnel.title')}
      style={{ flex: 1, minHeight: 0, overflow: 'auto' }}
    >
      <Box ref={container} h={460} aria-hidden data-testid="pipeline-funnel-chart" />
      <VisuallyHidden>
        <Table aria-label={t('pipeline.funnel.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('pipeline.funnel.stage')}</Table.Th>
              <Table.Th scope="col">{t('pipeline.funnel.count')}</Table.Th>
              <Table.Th scope="col">{t('pipeline.funnel.amount')}</Table.Th>
              <Table.Th scope="col">{t('pipeline.funnel.weighted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stages.map((s) => (
              <Table.Tr key={s.key}>
                <Table.Th scope="row">{s.label}</Table.Th>
                <Table.Td>{fmt.integer(s.totals.count)}</Table.Td>
                <Table.Td>{money(s.totals, 'amount')}</Table.Td>
                <Table.Td>{money(s.totals, 'weighted')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
