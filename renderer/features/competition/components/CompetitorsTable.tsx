import { Badge, Group, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompetitorListItem } from '../../../../shared/competition.ts';
import { PRICE_LEVELS } from '../../../../shared/enums.ts';
import { DataTable, type DataTableHandle, type DataTableView } from '../../../ui/DataTable.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { VerifiedLine } from './VerifiedLine.tsx';

type Props = {
  competitors: CompetitorListItem[];
  onOpen: (competitor: CompetitorListItem) => void;
  empty: ReactNode;
  /** The rows as shown (sorted), for Export. */
  handle?: Ref<DataTableHandle<CompetitorListItem>>;
  /** The remembered sort, widths and columns. */
  view?: DataTableView;
};

/** The competitor library: price level, how fresh each entry is, open deals and our record. */
export function CompetitorsTable({ competitors, onOpen, empty, handle, view }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();

  const columns = useMemo<ColumnDef<CompetitorListItem>[]>(
    () => [
      {
        id: 'name',
        header: t('competition.library.columns.name'),
        size: 220,
        accessorFn: (c) => c.name,
        sortingFn: (a, b) => fmt.compare(a.original.name, b.original.name),
        cell: ({ row }) => (
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600} truncate>
              {row.original.name}
            </Text>
            {row.original.archived && (
              <Badge size="xs" color="gray">
                {t('common.archived')}
              </Badge>
            )}
          </Group>
        ),
      },
      {
        id: 'priceLevel',
        header: t('competition.library.columns.priceLevel'),
        size: 110,
        accessorFn: (c) => (c.priceLevel === null ? undefined : PRICE_LEVELS.indexOf(c.priceLevel)),
        sortUndefined: 'last',
        cell: ({ row }) =>
          row.original.priceLevel ? t(`enums.priceLevel.${row.original.priceLevel}`) : null,
      },
      {
        id: 'lastVerified',
        header: t('competition.library.columns.lastVerified'),
        size: 280,
        accessorFn: (c) => c.lastVerifiedAt ?? undefined,
        sortUndefined: 'first',
        cell: ({ row }) => <VerifiedLine competitor={row.original} />,
      },
      {
        id: 'openDeals',
        header: t('competition.library.columns.openDeals'),
        size: 140,
        accessorFn: (c) => c.openDeals,
        meta: { align: 'right' },
        cell: ({ row }) => fmt.integer(row.original.openDeals),
      },
      {
        id: 'winRate',
        header: t('competition.library.columns.winRate'),
        size: 170,
        accessorFn: (c) => c.record.winRate ?? undefined,
        sortUndefined: 'last',
        meta: { align: 'right' },
        cell: ({ row }) => {
          const r = row.original.record;
          return r.winRate === null ? (
            <Text size="sm" c="dimmed" span>
              {t('common.empty')}
            </Text>
          ) : (
            <Text size="sm" span title={t('competition.library.record', r)}>
              {fmt.percent(r.winRate * 100)}{' '}
              <Text span size="xs" c="dimmed">
                {t('common.parenthetical', { text: t('competition.library.record', r) })}
              </Text>
            </Text>
          );
        },
      },
    ],
    [t, fmt],
  );

  return (
    <DataTable
      handle={handle}
      label={t('competition.library.tableLabel')}
      data={competitors}
      columns={columns}
      getRowId={(c) => c.id}
      onOpen={onOpen}
      initialSorting={[{ id: 'name', desc: false }]}
      empty={empty}
      view={view}
    />
  );
}
