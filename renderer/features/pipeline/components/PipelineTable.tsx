import { Badge, Group, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FORECAST_CATEGORIES } from '../../../../shared/forecast.ts';
import type { StageSet } from '../../../../shared/pipeline.ts';
import type { PipelineRow } from '../../../../shared/pipelineList.ts';
import { navigate } from '../../../routes/navigate.ts';
import { DataTable, type DataTableHandle, type DataTableView } from '../../../ui/DataTable.tsx';
import { ExportMenu } from '../../../ui/ExportMenu.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useStageSets } from '../../stages/index.ts';
import { pipelineExportTable } from '../utils/pipelineExportTable.ts';

const CATEGORY_COLOR = { commit: 'teal', best_case: 'indigo', pipeline: 'gray' } as const;

/**
 * Every deal of the filters as a sortable, virtualised table; a row opens the deal. Its sort,
 * widths and columns are the pipeline page's remembered view.
 */
export function PipelineTable({
  rows,
  set,
  view,
}: {
  rows: PipelineRow[];
  set: StageSet;
  view: DataTableView;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const { stageLabel } = useStageSets();
  const shown = useRef<DataTableHandle<PipelineRow>>(null);

  const columns = useMemo<ColumnDef<PipelineRow>[]>(() => {
    // Stages sort in process order, not by their label.
    const stageOrder = new Map(set.stages.map((s, i) => [s.key, i]));
    return [
      {
        id: 'deal',
        header: t('pipeline.columns.deal'),
        size: 220,
        accessorFn: (r) => r.name,
        sortingFn: (a, b) => fmt.compare(a.original.name, b.original.name),
        cell: ({ row }) => (
          <Text size="sm" fw={600} truncate>
            {row.original.name}
          </Text>
        ),
      },
      {
        id: 'account',
        header: t('pipeline.columns.account'),
        size: 180,
        accessorFn: (r) => r.accountName,
        sortingFn: (a, b) => fmt.compare(a.original.accountName, b.original.accountName),
        cell: ({ row }) => (
          <Text size="sm" truncate>
            {row.original.accountName}
          </Text>
        ),
      },
      {
        id: 'grade',
        header: t('pipeline.columns.grade'),
        size: 70,
        accessorFn: (r) => r.accountGrade ?? undefined,
        sortUndefined: 'last',
        cell: ({ row }) => row.original.accountGrade ?? t('common.empty'),
      },
      {
        id: 'owner',
        header: t('pipeline.columns.owner'),
        size: 100,
        accessorFn: (r) => r.owner,
        sortingFn: (a, b) => fmt.compare(a.original.owner, b.original.owner),
      },
      {
        id: 'stage',
        header: t('pipeline.columns.stage'),
        size: 140,
        accessorFn: (r) => stageOrder.get(r.stageKey) ?? -1,
        cell: ({ row }) => stageLabel(row.original.stageSetId, row.original.stageKey),
      },
      {
        id: 'amount',
        header: t('pipeline.columns.amount'),
        size: 130,
        accessorFn: (r) => r.amount,
        meta: { align: 'right' },
        cell: ({ row }) => fmt.money(row.original.amount, row.original.currency, { wide: true }),
      },
      {
        id: 'probability',
        header: t('pipeline.columns.probability'),
        size: 110,
        accessorFn: (r) => r.probability,
        meta: { align: 'right' },
        cell: ({ row }) => fmt.percent(row.original.probability),
      },
      {
        id: 'weighted',
        header: t('pipeline.columns.weighted'),
        size: 130,
        accessorFn: (r) => r.weighted,
        meta: { align: 'right' },
        cell: ({ row }) => fmt.money(row.original.weighted, row.original.currency, { wide: true }),
      },
      {
        id: 'category',
        header: t('pipeline.columns.category'),
        size: 120,
        accessorFn: (r) => FORECAST_CATEGORIES.indexOf(r.category),
        cell: ({ row }) => (
          <Badge variant="light" size="sm" color={CATEGORY_COLOR[row.original.category]}>
            {t(`pipeline.category.${row.original.category}`)}
          </Badge>
        ),
      },
      {
        id: 'closeDate',
        header: t('pipeline.columns.closeDate'),
        size: 120,
        accessorFn: (r) => r.closeDate ?? undefined,
        sortUndefined: 'last',
        cell: ({ row }) => fmt.date(row.original.closeDate),
      },
    ];
  }, [t, fmt, set, stageLabel]);

  return (
    <>
      <Group justify="flex-end" mb="xs">
        <ExportMenu
          name={t('exportList.names.pipeline')}
          table={() => pipelineExportTable(shown.current?.shownRows() ?? rows, t, stageLabel)}
        />
      </Group>
      <DataTable
        handle={shown}
        label={t('pipeline.tableLabel')}
        data={rows}
        columns={columns}
        getRowId={(r) => r.id}
        onOpen={(r) => navigate({ name: 'deal', id: r.id, tab: 'committee' })}
        empty={t('pipeline.empty')}
        view={view}
      />
    </>
  );
}
