import { Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ImportPreviewRow, ImportProblem, ImportRowKind } from '../../../../shared/imports.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { importQueries } from '../api/importApi.ts';
import { fieldLabel } from '../utils/labels.ts';

export const PREVIEW_PAGE_SIZE = 50;

/** One problem of a refused row, with the column it is in: "阶段：未知的值…". */
export function problemText(t: TFunction, problem: ImportProblem): string {
  const reason = issueMessage(t, {
    code: problem.code,
    message: problem.message,
    ...(problem.params ? { params: problem.params } : {}),
  });
  const column = problem.column ?? (problem.field ? fieldLabel(t, problem.field) : null);
  return column ? t('imports.preview.problem', { column, reason }) : reason;
}

/** The rows of one kind (to create, to update…), a page at a time. */
export function PreviewRows({ previewId, kind }: { previewId: string; kind: ImportRowKind }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const rows = useQuery({
    ...importQueries.previewRows({
      previewId,
      kind,
      offset: (page - 1) * PREVIEW_PAGE_SIZE,
      limit: PREVIEW_PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  if (rows.isPending) return <LoadingState />;
  if (rows.isError) return <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />;
  const { total, rows: items } = rows.data;
  if (total === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        {t('imports.preview.none')}
      </Text>
    );
  }
  const kindLabel = t(`imports.preview.kinds.${kind}`);
  const pages = Math.ceil(total / PREVIEW_PAGE_SIZE);
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={640}>
        <Table striped aria-label={t('imports.preview.rowsLabel', { kind: kindLabel })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th ta="right" w={70}>
                {t('imports.preview.row')}
              </Table.Th>
              <Table.Th>{t('imports.preview.name')}</Table.Th>
              <Table.Th>{t('imports.preview.account')}</Table.Th>
              {(kind === 'update' || kind === 'unchanged') && (
                <Table.Th>{t('imports.preview.match')}</Table.Th>
              )}
              {kind === 'update' && <Table.Th>{t('imports.preview.changes')}</Table.Th>}
              {kind === 'refused' && <Table.Th>{t('imports.preview.problems')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((row) => (
              <PreviewRow key={row.rowNumber} row={row} kind={kind} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pages > 1 && (
        <Group justify="flex-end" component="nav" aria-label={t('imports.preview.pages')}>
          <Pagination total={pages} value={page} onChange={setPage} size="sm" />
        </Group>
      )}
    </Stack>
  );
}

function PreviewRow({ row, kind }: { row: ImportPreviewRow; kind: ImportRowKind }) {
  const { t } = useTranslation();
  const empty = t('common.empty');
  return (
    <Table.Tr>
      <Table.Td ta="right">{row.rowNumber}</Table.Td>
      <Table.Td>{row.label || empty}</Table.Td>
      <Table.Td>{row.accountName ?? empty}</Table.Td>
      {(kind === 'update' || kind === 'unchanged') && (
        <Table.Td>
          {row.match
            ? t(`imports.preview.matchedBy.${row.match.by}`, { name: row.match.name })
            : empty}
        </Table.Td>
      )}
      {kind === 'update' && (
        <Table.Td>
          <Stack gap={2}>
            {row.changes.map((change) => (
              <Text key={change.field} size="sm">
                {t('imports.preview.change', {
                  field: fieldLabel(t, change.field),
                  before: change.before || empty,
                  after: change.after || empty,
                })}
              </Text>
            ))}
          </Stack>
        </Table.Td>
      )}
      {kind === 'refused' && (
        <Table.Td>
          <Stack gap={2}>
            {row.problems.map((problem, i) => (
              <Text key={i} size="sm" c="red">
                {problemText(t, problem)}
              </Text>
            ))}
          </Stack>
        </Table.Td>
      )}
    </Table.Tr>
  );
}
