import {
  Group,
  SegmentedControl,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../shared/enums.ts';
import type { ForecastGroup, ForecastGroupBy } from '../../../../shared/forecast.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { forecastQueries, teamInput, type TeamScope } from '../api/forecastQueries.ts';
import { forecastOption } from '../utils/chartOptions.ts';
import { forecastExportTable } from '../utils/forecastExportTables.ts';
import { byCurrency, perPeriod, sumGroups } from '../utils/forecastTable.ts';
import { periodLabel } from '../utils/wording.ts';
import { BarChart } from './BarChart.tsx';

type Props = {
  owner: string | undefined;
  team?: TeamScope | undefined;
  groupBy: ForecastGroupBy;
  onGroupBy: (g: ForecastGroupBy) => void;
  byOwner: boolean;
  onByOwner: (b: boolean) => void;
};

/** Weighted pipeline and forecast categories by month or quarter, one block per currency. */
export function OverviewTab({ owner, team, groupBy, onGroupBy, byOwner, onByOwner }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const forecast = useQuery(forecastQueries.get({ groupBy, byOwner, owner, ...teamInput(team) }));

  return (
    <Stack gap="md">
      <Group gap="lg">
        <SegmentedControl
          aria-label={t('forecast.overview.groupBy')}
          value={groupBy}
          onChange={(v) => onGroupBy(v === 'month' ? 'month' : 'quarter')}
          data={[
            { value: 'quarter', label: t('forecast.overview.quarter') },
            { value: 'month', label: t('forecast.overview.month') },
          ]}
        />
        <Switch
          label={t('forecast.overview.byOwner')}
          checked={byOwner}
          onChange={(e) => onByOwner(e.currentTarget.checked)}
        />
        <ExportMenu
          name={t('exportList.names.forecast')}
          table={() => forecastExportTable(forecast.data?.groups ?? [], byOwner, t, fmt)}
          disabled={!forecast.data}
        />
      </Group>
      {forecast.isPending ? (
        <LoadingState />
      ) : forecast.isError ? (
        <ErrorState error={forecast.error} onRetry={() => void forecast.refetch()} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {t('forecast.overview.rules', {
              commit: forecast.data.thresholds.commitMin,
              bestCase: forecast.data.thresholds.bestCaseMin,
            })}
          </Text>
          {forecast.data.groups.length === 0 && <Text>{t('forecast.overview.empty')}</Text>}
          {byCurrency(forecast.data.groups).map(([currency, groups]) => (
            <CurrencyBlock key={currency} currency={currency} groups={groups} byOwner={byOwner} />
          ))}
        </>
      )}
    </Stack>
  );
}

function CurrencyBlock({
  currency,
  groups,
  byOwner,
}: {
  currency: Currency;
  groups: ForecastGroup[];
  byOwner: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const money = (n: number) => fmt.money(n, currency, { wide: true });
  const periods = perPeriod(groups);
  const option = useMemo(
    () =>
      forecastOption(
        perPeriod(groups).map((p) => ({ ...p, label: periodLabel(p.period, t, fmt) })),
        {
          commit: t('forecast.categories.commit'),
          bestCase: t('forecast.categories.best_case'),
          pipeline: t('forecast.categories.pipeline'),
        },
        (n) => fmt.money(n, currency, { wide: true }),
      ),
    [groups, t, fmt, currency],
  );
  const title = t('forecast.overview.currency', { currency: t(`money.name.${currency}`) });

  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={3} fz="lg">
        {title}
      </Title>
      <ForecastTable
        groups={groups}
        byOwner={byOwner}
        currency={currency}
        label={t('forecast.overview.tableLabel', { currency: t(`money.name.${currency}`) })}
      />
      <Text fw={600} size="sm">
        {t('forecast.overview.chartTitle', { currency: t(`money.name.${currency}`) })}
      </Text>
      <BarChart option={option} testId="forecast-chart" />
      <VisuallyHidden>
        <Table
          aria-label={t('forecast.overview.chartTableLabel', {
            currency: t(`money.name.${currency}`),
          })}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('forecast.overview.period')}</Table.Th>
              <Table.Th scope="col">{t('forecast.categories.commit')}</Table.Th>
              <Table.Th scope="col">{t('forecast.categories.best_case')}</Table.Th>
              <Table.Th scope="col">{t('forecast.categories.pipeline')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.map((p) => (
              <Table.Tr key={p.period}>
                <Table.Th scope="row">{periodLabel(p.period, t, fmt)}</Table.Th>
                <Table.Td>{money(p.commit)}</Table.Td>
                <Table.Td>{money(p.bestCase)}</Table.Td>
                <Table.Td>{money(p.pipeline)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}

/** Periods (× owners) by category, weighted and won, with a total row. */
export function ForecastTable({
  groups,
  byOwner,
  currency,
  label,
}: {
  groups: readonly ForecastGroup[];
  byOwner: boolean;
  currency: Currency;
  label: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const money = (n: number) => fmt.money(n, currency, { wide: true });
  const total = sumGroups(groups);
  const numbers = (g: Omit<ForecastGroup, 'period' | 'owner' | 'currency'>) => (
    <>
      <Table.Td ta="right">{fmt.integer(g.count)}</Table.Td>
      <Table.Td ta="right">{money(g.total)}</Table.Td>
      <Table.Td ta="right">{money(g.weighted)}</Table.Td>
      <Table.Td ta="right">{money(g.commit)}</Table.Td>
      <Table.Td ta="right">{money(g.bestCase)}</Table.Td>
      <Table.Td ta="right">{money(g.pipeline)}</Table.Td>
      <Table.Td ta="right">{money(g.won)}</Table.Td>
    </>
  );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={label} striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('forecast.overview.period')}</Table.Th>
            {byOwner && <Table.Th scope="col">{t('forecast.overview.owner')}</Table.Th>}
            <Table.Th scope="col" ta="right">
              {t('forecast.overview.count')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('forecast.overview.total')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('forecast.overview.weighted')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('forecast.categories.commit')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('forecast.categories.best_case')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('forecast.categories.pipeline')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('forecast.overview.won')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Table.Tr key={`${g.period}|${g.owner ?? ''}`}>
              <Table.Th scope="row">{periodLabel(g.period, t, fmt)}</Table.Th>
              {byOwner && <Table.Td>{g.owner}</Table.Td>}
              {numbers(g)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">{t('forecast.overview.totalRow')}</Table.Th>
            {byOwner && <Table.Td />}
            {numbers(total)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
