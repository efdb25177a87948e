import { Box, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { init, use as registerEcharts, type ComposeOption, type EChartsType } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitteeMember } from '../../../../shared/committee.ts';
import {
  CONTACT_STRENGTHS,
  type Attitude,
  type ContactStrength,
  type Influence,
} from '../../../../shared/enums.ts';
import { isInfluential } from '../../../../shared/coverage.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { useChartColors, useChartTheme } from '../../../ui/useEChart.ts';

// SVG so that the grid prints and exports crisply.
registerEcharts([
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  TooltipComponent,
  LabelLayout,
  SVGRenderer,
]);

type ChartOption = ComposeOption<
  ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

type Props = {
  members: CommitteeMember[];
  people: Person[];
  onSelectPerson: (personId: string) => void;
};

/** Bottom to top; null is the separate "influence unknown" row. */
const ROWS: (Influence | null)[] = [null, 'low', 'medium', 'high'];
/** Left to right: the influential opponents end up top left. */
const COLUMNS: Attitude[] = ['opponent', 'neutral', 'supporter'];

export type PlacedMember = {
  personId: string;
  name: string;
  attitude: Attitude;
  influence: Influence | null;
  contact: ContactStrength;
  /** A supporter we are not close to yet. */
  uncovered: boolean;
  /** Chart coordinates: the cell is [column, column + 1) × [row, row + 1). */
  x: number;
  y: number;
};

/**
 * Places each member in their attitude × influence cell, spreading the people who share a cell
 * on a small grid inside it so that their names stay readable.
 */
export function placeMembers(members: CommitteeMember[], people: Person[]): PlacedMember[] {
  const names = new Map(people.map((p) => [p.id, p.name]));
  const cells = new Map<string, CommitteeMember[]>();
  for (const m of members) {
    const key = `${m.attitude}:${m.influence}`;
    cells.set(key, [...(cells.get(key) ?? []), m]);
  }
  return [...cells.values()].flatMap((cell) => {
    const cols = Math.ceil(Math.sqrt(cell.length));
    const rows = Math.ceil(cell.length / cols);
    return cell.map((m, i) => ({
      personId: m.personId,
      name: names.get(m.personId) ?? m.personId,
      attitude: m.attitude,
      influence: m.influence,
      contact: m.contact,
      uncovered: m.attitude === 'supporter' && (m.contact === 'distant' || m.contact === 'none'),
      x: COLUMNS.indexOf(m.attitude) + ((i % cols) + 0.5) / cols,
      // Fill from the top of the cell down.
      y: ROWS.indexOf(m.influence) + 1 - (Math.floor(i / cols) + 0.5) / rows,
    }));
  });
}

const CONTACT_STYLE: Record<ContactStrength, { symbol: string; color: string }> = {
  close: { symbol: 'circle', color: '#2f9e44' },
  frequent: { symbol: 'roundRect', color: '#1971c2' },
  distant: { symbol: 'triangle', color: '#e8590c' },
  none: { symbol: 'emptyCircle', color: '#868e96' },
};

const UNCOVERED_RING = '#e03131';

/** People by influence and attitude, coloured by how close we are; with an accessible table. */
export function InfluenceAttitudeGrid({ members, people, onSelectPerson }: Props) {
  const { t } = useTranslation();
  const placed = useMemo(() => placeMembers(members, people), [members, people]);
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const select = useRef(onSelectPerson);
  useEffect(() => {
    select.current = onSelectPerson;
  }, [onSelectPerson]);

  const rowLabel = (influence: Influence | null) =>
    influence === null
      ? t('committee.coverage.grid.influenceUnknown')
      : t(`committee.coverage.grid.influenceRow.${influence}`);
  const columnLabel = (attitude: Attitude) => t(`committee.enums.attitude.${attitude}`);

  const colors = useChartColors();
  const theme = useChartTheme();
  const option = useMemo<ChartOption>(() => {
    const rowLabels = ROWS.map((r) =>
      r === null
        ? t('committee.coverage.grid.influenceUnknown')
        : t(`committee.coverage.grid.influenceRow.${r}`),
    );
    const colLabels = COLUMNS.map((c) => t(`committee.enums.attitude.${c}`));
    const areas: ScatterSeriesOption = {
      type: 'scatter',
      xAxisIndex: 1,
      yAxisIndex: 1,
      data: [],
      silent: true,
      markArea: {
        silent: true,
        label: { position: 'insideTopLeft', fontSize: 11, color: colors.dimmed },
        data: [
          [
            {
              name: t('committee.coverage.grid.influentialOpponents'),
              xAxis: 0,
              yAxis: 4,
              itemStyle: { color: 'rgba(224, 49, 49, 0.08)' },
            },
            // High and medium rows: the opponents the coverage rule wants a plan for.
            { xAxis: 1, yAxis: 2 },
          ],
          [
            { xAxis: 0, yAxis: 1, itemStyle: { color: 'rgba(134, 142, 150, 0.08)' } },
            { xAxis: 3, yAxis: 0 },
          ],
        ],
      },
    };
    return {
      animation: false,
      grid: { left: 130, right: 16, top: 36, bottom: 32 },
      legend: {
        top: 0,
        data: CONTACT_STRENGTHS.map((c) => t(`committee.enums.contact.${c}`)),
      },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const item = Array.isArray(p) ? p[0] : p;
          const person = placed.find(
            (m) => m.personId === (item?.data as { personId?: string })?.personId,
          );
          if (!person) return '';
          const influence =
            person.influence === null
              ? t('committee.coverage.influenceUnknown')
              : t(`committee.enums.influence.${person.influence}`);
          return [
            person.name,
            t(`committee.enums.attitude.${person.attitude}`),
            influence,
            t(`committee.enums.contact.${person.contact}`),
          ].join(' · ');
        },
      },
      xAxis: [
        {
          type: 'category',
          data: colLabels,
          splitLine: { show: true },
          axisTick: { show: false },
        },
        { type: 'value', min: 0, max: 3, show: false },
      ],
      yAxis: [
        {
          type: 'category',
          data: rowLabels,
          splitLine: { show: true },
          axisTick: { show: false },
        },
        { type: 'value', min: 0, max: 4, show: false },
      ],
      series: [
        areas,
        ...CONTACT_STRENGTHS.map((contact): ScatterSeriesOption => ({
          type: 'scatter',
          name: t(`committee.enums.contact.${contact}`),
          xAxisIndex: 1,
          yAxisIndex: 1,
          symbol: CONTACT_STYLE[contact].symbol,
          symbolSize: 14,
          itemStyle: { color: CONTACT_STYLE[contact].color },
          cursor: 'pointer',
          label: { show: true, position: 'bottom', formatter: '{b}', fontSize: 11 },
          labelLayout: { hideOverlap: false, moveOverlap: 'shiftY' },
          data: placed
            .filter((m) => m.contact === contact)
            .map((m) => ({
              name: m.name,
              value: [m.x, m.y],
              personId: m.personId,
              // Uncovered supporters get a red dashed ring: people we should be closer to.
              ...(m.uncovered
                ? {
                    itemStyle: {
                      borderColor: UNCOVERED_RING,
                      borderWidth: 2,
                      borderType: 'dashed',
                    },
                  }
                : {}),
            })),
        })),
      ],
    };
  }, [placed, t, colors]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // A size of 0 (hidden tab, jsdom) falls back to a default instead of an empty chart.
    const size = (width: number, height: number) => ({
      width: width || 640,
      height: height || 420,
    });
    const instance = init(element, theme, {
      renderer: 'svg',
      ...size(element.clientWidth, element.clientHeight),
    });
    chart.current = instance;
    instance.on('click', (event) => {
      const personId = (event.data as { personId?: string } | undefined)?.personId;
      if (personId) select.current(personId);
    });
    const observer = new ResizeObserver(([entry]) => {
      if (entry) instance.resize(size(entry.contentRect.width, entry.contentRect.height));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [theme]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, theme]);

  const opponents = placed.filter((m) => m.attitude === 'opponent' && isInfluential(m.influence));
  const uncovered = placed.filter((m) => m.uncovered);

  return (
    <Stack gap="xs" component="section" aria-label={t('committee.coverage.grid.title')}>
      <Text fw={600}>{t('committee.coverage.grid.title')}</Text>
      {members.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('committee.coverage.grid.empty')}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('committee.coverage.grid.summary', {
            opponents: opponents.length,
            uncovered: uncovered.length,
          })}
        </Text>
      )}
      <Box ref={container} h={420} aria-hidden data-testid="influence-attitude-chart" />
      {uncovered.length > 0 && (
        <Group gap={6} aria-hidden>
          <Box
            w={14}
            h={14}
            style={{ borderRadius: '50%', border: `2px dashed ${UNCOVERED_RING}` }}
          />
          <Text size="xs" c="dimmed">
            {t('committee.coverage.grid.uncovered')}
          </Text>
        </Group>
      )}
      <VisuallyHidden>
        <Table aria-label={t('committee.coverage.grid.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Td />
              {COLUMNS.map((c) => (
                <Table.Th key={c} scope="col">
                  {columnLabel(c)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...ROWS].reverse().map((row) => (
              <Table.Tr key={row ?? 'unknown'}>
                <Table.Th scope="row">{rowLabel(row)}</Table.Th>
                {COLUMNS.map((col) => (
                  <Table.Td key={col}>
                    {placed
                      .filter((m) => m.attitude === col && m.influence === row)
                      .map((m) => m.name)
                      .join(', ')}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
