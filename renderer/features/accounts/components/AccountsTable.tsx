import { Badge, Group, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNNEL_STAGES } from '../../../../shared/enums.ts';
import type { AccountListItem } from '../../../../shared/schemas.ts';
import { DataTable, type DataTableHandle, type DataTableView } from '../../../ui/DataTable.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { FunnelStageBadge } from './FunnelStageBadge.tsx';
import { GradeBadge } from './GradeBadge.tsx';

type Props = {
  accounts: AccountListItem[];
  onOpen: (account: AccountListItem) => void;
  empty: ReactNode;
  /** The rows as shown (sorted), for Export. */
  handle?: Ref<DataTableHandle<AccountListItem>>;
  /** The remembered sort, widths and columns. */
  view?: DataTableView;
};

export function AccountsTable({ accounts, onOpen, empty, handle, view }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();

  const columns = useMemo<ColumnDef<AccountListItem>[]>(() => {
    const byText = (get: (a: AccountListItem) => string) => ({
      accessorFn: get,
      sortingFn: (a: { original: AccountListItem }, b: { original: AccountListItem }) =>
        fmt.compare(get(a.original), get(b.original)),
    });
    return [
      {
        id: 'name',
        header: t('accounts.columns.name'),
        size: 200,
        ...byText((a) => a.name),
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
        id: 'grade',
        header: t('accounts.columns.grade'),
        size: 80,
        accessorFn: (a) => a.grade ?? undefined,
        sortUndefined: 'last',
        cell: ({ row }) =>
          row.original.grade ? <GradeBadge grade={row.original.grade} compact /> : null,
      },
      {
        id: 'funnelStage',
        header: t('accounts.columns.funnelStage'),
        size: 160,
        accessorFn: (a) => a.funnelStage,
        // Funnel order, not alphabetical.
        sortingFn: (a, b) => funnelRank(a.original) - funnelRank(b.original),
        cell: ({ row }) => <FunnelStageBadge stage={row.original.funnelStage} />,
      },
      {
        id: 'industry',
        header: t('accounts.columns.industry'),
        size: 130,
        ...byText((a) => a.industry),
      },
      { id: 'region', header: t('accounts.columns.region'), size: 110, ...byText((a) => a.region) },
      { id: 'owner', header: t('accounts.columns.owner'), size: 110, ...byText((a) => a.owner) },
      {
        id: 'people',
        header: t('accounts.columns.people'),
        size: 90,
        accessorFn: (a) => a.peopleCount,
        meta: { align: 'right' },
        cell: ({ row }) => fmt.integer(row.original.peopleCount),
      },
      {
        id: 'openOpportunities',
        header: t('accounts.columns.openOpportunities'),
        size: 180,
        accessorFn: (a) => a.openOpportunityCount,
        meta: { align: 'right' },
        cell: ({ row }) => fmt.integer(row.original.openOpportunityCount),
      },
      {
        id: 'updated',
        header: t('accounts.columns.updated'),
        size: 140,
        accessorFn: (a) => a.updatedAt,
        cell: ({ row }) => (
          <Text size="sm" c="dimmed" span title={fmt.dateTime(row.original.updatedAt)}>
            {fmt.dayOf(row.original.updatedAt)}
          </Text>
        ),
      },
    ];
  }, [t, fmt]);

  return (
    <DataTable
      handle={handle}
      label={t('accounts.tableLabel')}
      data={accounts}
      columns={columns}
      getRowId={(a) => a.id}
      onOpen={onOpen}
      initialSorting={[{ id: 'name', desc: false }]}
      empty={empty}
      view={view}
    />
  );
}

const funnelRank = (a: AccountListItem) => FUNNEL_STAGES.indexOf(a.funnelStage);
