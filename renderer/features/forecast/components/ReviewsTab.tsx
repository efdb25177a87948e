import { Box, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REVIEW_RULES, type ReviewItem } from '../../../../shared/pipeline.ts';
import { navigate } from '../../../routes/navigate.ts';
import { DataTable, type DataTableHandle } from '../../../ui/DataTable.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { DateField } from '../../../ui/form/DateField.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { settingsQueries } from '../../settings/index.ts';
import { forecastQueries, type TeamScope } from '../api/forecastQueries.ts';
import { reviewsExportTable } from '../utils/forecastExportTables.ts';
import { useListView } from '../../uiState/index.ts';
import { reviewReason } from '../utils/wording.ts';

type Props = {
  owner: string | undefined;
  team?: TeamScope | undefined;
  /** Review date (YYYY-MM-DD); null: today. */
  asOf: string | null;
  onAsOf: (date: string | null) => void;
};

const NO_FILTERS = {};

/** The 1-15-30 review queue: each deal with its reason in words; a row opens the deal. */
export function ReviewsTab({ owner, team, asOf, onAsOf }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queue = useQuery(forecastQueries.reviews(owner, asOf ?? undefined, team));
  const settings = useQuery(settingsQueries.current());
  // Sort, widths and columns are remembered; the owner filter is the forecast page's.
  const view = useListView('reviewQueue', NO_FILTERS);
  const shown = useRef<DataTableHandle<ReviewItem>>(null);
  const columns = useMemo<ColumnDef<ReviewItem>[]>(
    () => [
      {
        id: 'deal',
        header: t('forecast.reviews.deal'),
        size: 240,
        accessorFn: (item) => item.opportunityName,
        sortingFn: (a, b) => fmt.compare(a.original.opportunityName, b.original.opportunityName),
        cell: ({ row }) => (
          <Text size="sm" fw={600} truncate>
            {row.original.opportunityName}
          </Text>
        ),
      },
      {
        id: 'account',
        header: t('forecast.reviews.account'),
        size: 200,
        accessorFn: (item) => item.accountName,
        sortingFn: (a, b) => fmt.compare(a.original.accountName, b.original.accountName),
      },
      {
        id: 'owner',
        header: t('forecast.reviews.owner'),
        size: 120,
        accessorFn: (item) => item.owner,
        sortingFn: (a, b) => fmt.compare(a.original.owner, b.original.owner),
      },
      {
        id: 'reason',
        header: t('forecast.reviews.reason'),
        size: 360,
        accessorFn: (item) => reviewReason(item, t, fmt),
        sortingFn: (a, b) =>
          fmt.compare(reviewReason(a.original, t, fmt), reviewReason(b.original, t, fmt)),
      },
    ],
    [t, fmt],
  );

  return (
    <Stack gap="md" h="100%">
      <Text size="sm" c="dimmed">
        {t('forecast.reviews.rulesHint', {
          notUpdated: settings.data?.reviewNotUpdatedDays ?? DEFAULT_REVIEW_RULES.notUpdatedDays,
          stalled: settings.data?.reviewStalledDays ?? DEFAULT_REVIEW_RULES.stalledDays,
          noIntent: settings.data?.reviewNoIntentDays ?? DEFAULT_REVIEW_RULES.noIntentDays,
        })}
      </Text>
      <Group justify="space-between" align="flex-end">
        <DateField
          label={t('forecast.reviews.asOf')}
          value={asOf}
          onChange={(v) => onAsOf(v || null)}
          w={220}
        />
        <ExportMenu
          name={t('exportList.names.reviews')}
          table={() => reviewsExportTable(shown.current?.shownRows() ?? queue.data ?? [], t, fmt)}
          disabled={!queue.data}
        />
      </Group>
      {queue.isPending || !view.ready ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.length === 0 ? (
        <Text>{t('forecast.reviews.empty')}</Text>
      ) : (
        <Box style={{ flex: 1, minHeight: 320, display: 'flex', flexDirection: 'column' }}>
          <DataTable
            handle={shown}
            label={t('forecast.reviews.listLabel')}
            data={queue.data}
            columns={columns}
            getRowId={(item) => `${item.opportunityId}|${item.rule}`}
            onOpen={(item) => navigate({ name: 'deal', id: item.opportunityId, tab: 'committee' })}
            empty={t('forecast.reviews.empty')}
            view={view.table}
          />
        </Box>
      )}
    </Stack>
  );
}
