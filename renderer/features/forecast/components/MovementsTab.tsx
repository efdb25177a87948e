import { Anchor, Group, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../shared/enums.ts';
import { localDay } from '../../../../shared/localDate.ts';
import type { Movement, SnapshotSummary } from '../../../../shared/forecast.ts';
import { route } from '../../../routes/route.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useStageSets } from '../../stages/index.ts';
import { forecastQueries, type TeamScope } from '../api/forecastQueries.ts';
import { movementOption } from '../utils/chartOptions.ts';
import { movementsExportTable } from '../utils/forecastExportTables.ts';
import { byCurrency, deltaByKind, quartersAround, ROW_LIMIT } from '../utils/forecastTable.ts';
import { movementChange, periodLabel } from '../utils/wording.ts';
import { BarChart } from './BarChart.tsx';

const LIVE = 'live';
const ALL_PERIODS = 'all';

/** Snapshots (immutable) and the movements between a snapshot and now or another snapshot. */
export function MovementsTab({
  owner,
  team,
  quarter,
  onQuarter,
}: {
  owner: string | undefined;
  team?: TeamScope | undefined;
  /** Deals whose close date before or after is in this quarter; null: all periods. */
  quarter: string | null;
  onQuarter: (q: string | null) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { stageLabel } = useStageSets();
  const snapshots = useQuery(forecastQueries.snapshots());
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string>(LIVE);
  const movements = useQuery(
    forecastQueries.movements(
      from ?? undefined,
      to === LIVE ? undefined : to,
      quarter ?? undefined,
    ),
  );
  const list = snapshots.data ?? [];
  const today = localDay();
  const periodName = (q: string | null) =>
    q === null ? t('forecast.movements.allPeriods') : periodLabel(q, t, fmt);
  const option = (s: SnapshotSummary) => ({
    value: s.id,
    label:
      t('forecast.movements.snapshotOption', {
        date: fmt.dateTime(s.takenAt),
        kind: t(`forecast.snapshot.kinds.${s.kind}`),
      }) + (s.note ? ` · ${s.note}` : ''),
  });
  const shown = (movements.data?.movements ?? []).filter(
    (m) => (!owner || m.owner === owner) && (!team || team.owners.has(m.owner)),
  );

  return (
    <Stack gap="lg">
      <SnapshotList snapshots={snapshots} />
      <Group align="flex-end" gap="md">
        <Select
          label={t('forecast.movements.from')}
          data={list.map(option)}
          value={from ?? movements.data?.fromSnapshotId ?? null}
          onChange={setFrom}
          disabled={list.length === 0}
          allowDeselect={false}
          w={360}
        />
        <Select
          label={t('forecast.movements.to')}
          data={[{ value: LIVE, label: t('forecast.movements.live') }, ...list.map(option)]}
          value={to}
          onChange={(v) => setTo(v ?? LIVE)}
          allowDeselect={false}
          w={360}
        />
        <Select
          label={t('forecast.movements.quarter')}
          data={[
            { value: ALL_PERIODS, label: periodName(null) },
            ...quartersAround(today).map((q) => ({ value: q, label: periodName(q) })),
          ]}
          value={quarter ?? ALL_PERIODS}
          onChange={(v) => onQuarter(v === null || v === ALL_PERIODS ? null : v)}
          allowDeselect={false}
          w={200}
        />
        <ExportMenu
          name={t('exportList.names.movements')}
          table={() => movementsExportTable(shown, t, fmt, stageLabel)}
          disabled={!movements.data}
        />
      </Group>
      {snapshots.isSuccess && list.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('forecast.movements.noSnapshot')}
        </Text>
      )}
      {movements.isPending ? (
        <LoadingState />
      ) : movements.isError ? (
        <ErrorState error={movements.error} onRetry={() => void movements.refetch()} />
      ) : (
        <>
          <Text size="sm">
            {t('forecast.movements.summary', {
              quarter: periodName(movements.data.quarter),
              count: shown.length,
            })}
          </Text>
          {shown.length === 0 && <Text>{t('forecast.movements.empty')}</Text>}
          {byCurrency(shown).map(([currency, rows]) => (
            <MovementBlock key={currency} currency={currency} movements={rows} />
          ))}
        </>
      )}
    </Stack>
  );
}

function SnapshotList({ snapshots }: { snapshots: UseQueryResult<SnapshotSummary[]> }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  return (
    <Stack gap="xs" component="section" aria-label={t('forecast.snapshot.listTitle')}>
      <Title order={3} fz="lg">
        {t('forecast.snapshot.listTitle')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('forecast.snapshot.immutable')}
      </Text>
      {snapshots.isPending ? (
        <LoadingState />
      ) : snapshots.isError ? (
        <ErrorState error={snapshots.error} onRetry={() => void snapshots.refetch()} />
      ) : snapshots.data.length === 0 ? (
        <Text>{t('forecast.snapshot.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640} mah={260}>
          <Table aria-label={t('forecast.snapshot.listLabel')} striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('forecast.snapshot.takenAt')}</Table.Th>
                <Table.Th scope="col">{t('forecast.snapshot.kind')}</Table.Th>
                <Table.Th scope="col">{t('forecast.snapshot.note')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('forecast.snapshot.deals')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('forecast.snapshot.totals')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {snapshots.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row" fw={400}>
                    {fmt.dateTime(s.takenAt)}
                  </Table.Th>
                  <Table.Td>{t(`forecast.snapshot.kinds.${s.kind}`)}</Table.Td>
                  <Table.Td style={{ wordBreak: 'break-word' }}>{s.note}</Table.Td>
                  <Table.Td ta="right">
                    {fmt.integer(s.totals.reduce((n, c) => n + c.count, 0))}
                  </Table.Td>
                  <Table.Td ta="right">
                    {s.totals
                      .map(
                        (c) =>
                          `${fmt.money(c.total, c.currency, { wide: true })} / ${fmt.money(c.weighted, c.currency, { wide: true })}`,
                      )
                      .join('; ') || t('common.empty')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function MovementBlock({ currency, movements }: { currency: Currency; movements: Movement[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { stageLabel } = useStageSets();
  const money = (n: number) => fmt.money(n, currency, { wide: true });
  const kinds = deltaByKind(movements);
  const net = kinds.reduce((s, k) => s + k.delta, 0);
  const option = useMemo(
    () =>
      movementOption(
        deltaByKind(movements).map((k) => ({
          label: t(`forecast.movementKinds.${k.kind}`),
          delta: k.delta,
        })),
        t('forecast.movements.weightedDelta'),
        (n) => fmt.money(n, currency, { wide: true }),
      ),
    [movements, t, fmt, currency],
  );
  const title = t('forecast.movements.currency', { currency: t(`money.name.${currency}`) });

  return (
    <Stack gap="sm" component="section" aria-label={title}>
      <Title order={3} fz="lg">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label={t('forecast.movements.listLabel')} striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('forecast.movements.deal')}</Table.Th>
              <Table.Th scope="col">{t('forecast.movements.owner')}</Table.Th>
              <Table.Th scope="col">{t('forecast.movements.kind')}</Table.Th>
              <Table.Th scope="col">{t('forecast.movements.change')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('forecast.movements.weightedDelta')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {movements.slice(0, ROW_LIMIT.screen).map((m) => (
              <Table.Tr key={`${m.opportunityId}|${m.kind}`}>
                <Table.Td>
                  <Anchor
                    href={route.href({ name: 'deal', id: m.opportunityId, tab: 'committee' })}
                    size="sm"
                  >
                    {m.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{m.owner}</Table.Td>
                <Table.Td>{t(`forecast.movementKinds.${m.kind}`)}</Table.Td>
                <Table.Td>{movementChange(m, t, fmt, stageLabel)}</Table.Td>
                <Table.Td ta="right">{money(m.weightedDelta)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row" colSpan={4}>
                {t('forecast.movements.net')}
              </Table.Th>
              <Table.Td ta="right">{money(net)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {movements.length > ROW_LIMIT.screen && (
        <Text size="sm" c="dimmed">
          {t('forecast.moreRows', { shown: ROW_LIMIT.screen, count: movements.length })}
        </Text>
      )}
      <Text fw={600} size="sm">
        {t('forecast.movements.chartTitle', { currency: t(`money.name.${currency}`) })}
      </Text>
      {kinds.some((k) => k.delta !== 0) ? (
        <BarChart option={option} height={240} testId="movements-chart" />
      ) : (
        <Text size="sm" c="dimmed">
          {t('forecast.movements.noWeightedChange')}
        </Text>
      )}
      <VisuallyHidden>
        <Table
          aria-label={t('forecast.movements.chartTableLabel', {
            currency: t(`money.name.${currency}`),
          })}
        >
          <Table.Tbody>
            {kinds.map((k) => (
              <Table.Tr key={k.kind}>
                <Table.Th scope="row">{t(`forecast.movementKinds.${k.kind}`)}</Table.Th>
                <Table.Td>{money(k.delta)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}
