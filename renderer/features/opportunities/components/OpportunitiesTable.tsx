import { Anchor, Group, Progress, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { IconPencil } from '@tabler/icons-react';
import { OPPORTUNITY_STATUSES } from '../../../../shared/enums.ts';
import { useDealStage } from '../api/useDealStage.ts';
import type { OpportunityListItem } from '../../../../shared/schemas.ts';
import { route } from '../../../routes/route.ts';
import { DataTable, type DataTableHandle, type DataTableView } from '../../../ui/DataTable.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { StatusBadge } from './StatusBadge.tsx';

type Props = {
  opportunities: OpportunityListItem[];
  /** On the Opportunities page, which lists every account's deals. */
  showAccount: boolean;
  onOpen: (opportunity: OpportunityListItem) => void;
  empty: ReactNode;
  /** The rows as shown (sorted), for Export. */
  handle?: Ref<DataTableHandle<OpportunityListItem>>;
  /** The remembered sort, widths and columns. */
  view?: DataTableView;
};

/** Deals with their value, stage and outcome; the same table on an account and on its own page. */
export function OpportunitiesTable({
  opportunities,
  showAccount,
  onOpen,
  empty,
  handle,
  view,
}: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { stageNumber, stageText } = useDealStage();

  const columns = useMemo<ColumnDef<OpportunityListItem>[]>(() => {
    const text = (get: (o: OpportunityListItem) => string) => ({
      accessorFn: get,
      sortingFn: (a: { original: OpportunityListItem }, b: { original: OpportunityListItem }) =>
        fmt.compare(get(a.original), get(b.original)),
    });
    const all: (ColumnDef<OpportunityListItem> | false)[] = [
      {
        id: 'name',
        header: t('opportunities.columns.name'),
        size: 200,
        ...text((o) => o.name),
        cell: ({ row }) => (
          <Text size="sm" fw={600} truncate>
            {row.original.name}
          </Text>
        ),
      },
      showAccount && {
        id: 'account',
        header: t('opportunities.columns.account'),
        size: 160,
        ...text((o) => o.accountName),
        cell: ({ row }) => (
          <Anchor
            href={route.href({ name: 'account', id: row.original.accountId, tab: 'opportunities' })}
            size="sm"
            // The row itself opens the deal; the link is a mouse shortcut to its account, which
            // the keyboard reaches through the deal's page (its header links the account).
            tabIndex={-1}
            data-keyboard-elsewhere="the deal page's account link"
            onClick={(event) => event.stopPropagation()}
          >
            {row.original.accountName}
          </Anchor>
        ),
      },
      {
        id: 'amount',
        header: t('opportunities.columns.amount'),
        size: 130,
        accessorFn: (o) => o.amount,
        meta: { align: 'right' },
        cell: ({ row }) => fmt.money(row.original.amount, row.original.currency, { wide: true }),
      },
      {
        id: 'salesStage',
        header: t('opportunities.columns.salesStage'),
        size: 200,
        accessorFn: (o) => stageNumber(o),
        cell: ({ row }) => {
          const label = stageText(row.original);
          return (
            <Text size="sm" truncate title={label}>
              {label}
            </Text>
          );
        },
      },
      {
        id: 'probability',
        header: t('opportunities.columns.probability'),
        size: 110,
        accessorFn: (o) => o.probability,
        meta: { align: 'right' },
        cell: ({ row }) => (
          <Group gap={8} justify="flex-end" wrap="nowrap">
            <Progress value={row.original.probability} w={40} size="sm" aria-hidden />
            {row.original.probabilityOverride !== null && (
              <IconPencil
                size={12}
                role="img"
                aria-label={t('opportunityStage.setByHand')}
                color="var(--mantine-color-dimmed)"
              >
                <title>{t('opportunityStage.setByHand')}</title>
              </IconPencil>
            )}
            <span>{fmt.percent(row.original.probability)}</span>
          </Group>
        ),
      },
      {
        id: 'expectedCloseDate',
        header: t('opportunities.columns.expectedCloseDate'),
        size: 140,
        accessorFn: (o) => o.expectedCloseDate ?? undefined,
        sortUndefined: 'last',
        cell: ({ row }) => fmt.date(row.original.expectedCloseDate),
      },
      {
        id: 'owner',
        header: t('opportunities.columns.owner'),
        size: 100,
        ...text((o) => o.owner),
        cell: ({ row }) => row.original.owner,
      },
      {
        id: 'status',
        header: t('opportunities.columns.status'),
        size: 90,
        accessorFn: (o) => OPPORTUNITY_STATUSES.indexOf(o.status),
        cell: ({ row }) => <StatusBadge status={row.original.status} />,
      },
    ];
    return all.filter((c): c is ColumnDef<OpportunityListItem> => c !== false);
  }, [t, fmt, showAccount, stageNumber, stageText]);

  return (
    <DataTable
      handle={handle}
      label={t('opportunities.tableLabel')}
      data={opportunities}
      columns={columns}
      getRowId={(o) => o.id}
      onOpen={onOpen}
      initialSorting={[{ id: 'expectedCloseDate', desc: false }]}
      empty={empty}
      view={view}
    />
  );
}
