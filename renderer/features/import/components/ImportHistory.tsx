import { Badge, Button, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/imports.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { importQueries } from '../api/importApi.ts';
import { UndoImportDialog } from './UndoImportDialog.tsx';

export const HISTORY_PAGE_SIZE = 20;

/** Every import, newest first, each with its counts and an undo while it stands. */
export function ImportHistory() {
  const { t } = useTranslation();
  const format = useFormatters();
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<ImportSummary | null>(null);
  const list = useQuery({
    ...importQueries.list({ offset: (page - 1) * HISTORY_PAGE_SIZE, limit: HISTORY_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const { total, items } = list.data;
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        {t('imports.history.empty')}
      </Text>
    );
  }
  const pages = Math.ceil(total / HISTORY_PAGE_SIZE);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={760}>
        <Table striped aria-label={t('imports.history.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.history.name')}</Table.Th>
              <Table.Th>{t('imports.history.type')}</Table.Th>
              <Table.Th>{t('imports.history.source')}</Table.Th>
              <Table.Th>{t('imports.history.at')}</Table.Th>
              <Table.Th>{t('imports.history.counts')}</Table.Th>
              <Table.Th>{t('imports.history.status')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {item.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {item.fileName}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`imports.what.recordTypes.${item.recordType}`)}</Table.Td>
                <Table.Td>{t(`imports.what.sources.${item.source}`)}</Table.Td>
                <Table.Td>{format.dateTime(item.at)}</Table.Td>
                <Table.Td>
                  {t('imports.history.countsLine', {
                    created: format.integer(item.created),
                    updated: format.integer(item.updated),
                  })}
                </Table.Td>
                <Table.Td>
                  {item.undoneAt ? (
                    <Badge color="gray" variant="light">
                      {t('imports.history.undone', { date: format.dateTime(item.undoneAt) })}
                    </Badge>
                  ) : (
                    <Badge color="teal" variant="light">
                      {t('imports.history.standing')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  {!item.undoneAt && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setTarget(item)}
                      aria-label={t('imports.history.undoNamed', { name: item.name })}
                    >
                      {t('imports.history.undo')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="flex-end" component="nav" aria-label={t('imports.history.pages')}>
          <Pagination total={pages} value={page} onChange={setPage} size="sm" />
        </Group>
      )}
      <UndoImportDialog target={target} onClose={() => setTarget(null)} onUndone={() => {}} />
    </Stack>
  );
}
