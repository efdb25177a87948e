import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REVIEW_RULES } from '../../../../shared/pipeline.ts';
import { route } from '../../../routes/route.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { DateField } from '../../../ui/form/DateField.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { settingsQueries } from '../../settings/index.ts';
import { forecastQueries, type TeamScope } from '../api/forecastQueries.ts';
import { reviewsExportTable } from '../utils/forecastExportTables.ts';
import { ROW_LIMIT } from '../utils/forecastTable.ts';
import { reviewReason } from '../utils/wording.ts';

type Props = {
  owner: string | undefined;
  team?: TeamScope | undefined;
  /** Review date (YYYY-MM-DD); null: today. */
  asOf: string | null;
  onAsOf: (date: string | null) => void;
};

/** The 1-15-30 review queue: each deal with its reason in words. */
export function ReviewsTab({ owner, team, asOf, onAsOf }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const queue = useQuery(forecastQueries.reviews(owner, asOf ?? undefined, team));
  const settings = useQuery(settingsQueries.current());

  return (
    <Stack gap="md">
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
          table={() => reviewsExportTable(queue.data ?? [], t, fmt)}
          disabled={!queue.data}
        />
      </Group>
      {queue.isPending ? (
        <LoadingState />
      ) : queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.length === 0 ? (
        <Text>{t('forecast.reviews.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('forecast.reviews.listLabel')} striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('forecast.reviews.deal')}</Table.Th>
                <Table.Th scope="col">{t('forecast.reviews.account')}</Table.Th>
                <Table.Th scope="col">{t('forecast.reviews.owner')}</Table.Th>
                <Table.Th scope="col">{t('forecast.reviews.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queue.data.slice(0, ROW_LIMIT.screen).map((item) => (
                <Table.Tr key={`${item.opportunityId}|${item.rule}`}>
                  <Table.Td>
                    <Anchor
                      href={route.href({ name: 'deal', id: item.opportunityId, tab: 'committee' })}
                      size="sm"
                    >
                      {item.opportunityName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{item.accountName}</Table.Td>
                  <Table.Td>{item.owner}</Table.Td>
                  <Table.Td>{reviewReason(item, t, fmt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {queue.data.length > ROW_LIMIT.screen && (
            <Text size="sm" c="dimmed" mt="xs">
              {t('forecast.moreRows', { shown: ROW_LIMIT.screen, count: queue.data.length })}
            </Text>
          )}
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
