import { Badge, Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS } from '../../../../shared/enums.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { DataTable, type DataTableHandle } from '../../../ui/DataTable.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useListView } from '../../uiState/index.ts';

const NO_FILTERS = {};

type Props = {
  people: Person[];
  /** Everybody of the account, to name managers who are filtered out of `people`. */
  everyone: Person[];
  onOpen: (person: Person) => void;
  empty: ReactNode;
  /** The rows as shown (sorted), for Export. */
  handle?: Ref<DataTableHandle<Person>>;
};

export function PeopleTable({ people, everyone, onOpen, empty, handle }: Props) {
  // Sort, widths and columns are remembered for every account's people alike.
  const view = useListView('people', NO_FILTERS);
  const { t } = useTranslation();
  const fmt = useFormatters();

  const columns = useMemo<ColumnDef<Person>[]>(() => {
    const names = new Map(everyone.map((p) => [p.id, p.name]));
    const externalLabel = (p: Person) =>
      p.organization
        ? `${t('people.fields.external')} · ${p.organization}`
        : t('people.fields.external');
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? '') : '');
    const text = (
      id: string,
      header: string,
      size: number,
      get: (p: Person) => string,
    ): ColumnDef<Person> => ({
      id,
      header,
      size,
      accessorFn: get,
      sortingFn: (a, b) => fmt.compare(get(a.original), get(b.original)),
      cell: ({ row }) => get(row.original),
    });
    return [
      {
        ...text('name', t('people.columns.name'), 150, (p) => p.name),
        cell: ({ row }) => (
          <Text size="sm" fw={600} truncate>
            {row.original.name}
          </Text>
        ),
      },
      text('title', t('people.columns.title'), 150, (p) => p.title),
      {
        // People outside the customer have no department of it: their own organisation instead.
        ...text('department', t('people.columns.department'), 170, (p) =>
          p.external ? externalLabel(p) : p.department,
        ),
        cell: ({ row }) =>
          row.original.external ? (
            <Badge
              variant="light"
              color="grape"
              radius="sm"
              tt="none"
              maw="100%"
              title={externalLabel(row.original)}
            >
              {externalLabel(row.original)}
            </Badge>
          ) : (
            row.original.department
          ),
      },
      {
        id: 'level',
        header: t('people.columns.level'),
        size: 100,
        accessorFn: (p) => (p.level ? LEVELS.indexOf(p.level) : undefined),
        sortUndefined: 'last',
        cell: ({ row }) => (row.original.level ? t(`enums.level.${row.original.level}`) : ''),
      },
      text('reportsTo', t('people.columns.reportsTo'), 130, (p) => nameOf(p.managerId)),
      {
        ...text('dottedLine', t('people.columns.dottedLine'), 130, (p) =>
          nameOf(p.secondManagerId),
        ),
        cell: ({ row }) => (
          <Text size="sm" c="dimmed" fs="italic" span>
            {nameOf(row.original.secondManagerId)}
          </Text>
        ),
      },
      text('phone', t('people.columns.phone'), 130, (p) => p.phone),
      text('email', t('people.columns.email'), 190, (p) => p.email),
    ];
  }, [t, fmt, everyone]);

  return (
    <DataTable
      handle={handle}
      label={t('people.tableLabel')}
      data={people}
      columns={columns}
      getRowId={(p) => p.id}
      onOpen={onOpen}
      initialSorting={[{ id: 'name', desc: false }]}
      empty={empty}
      view={view.ready ? view.table : undefined}
    />
  );
}
