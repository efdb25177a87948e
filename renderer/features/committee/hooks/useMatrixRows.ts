import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuyingRole, CommitteeMember } from '../../../../shared/committee.ts';
import type { Attitude, Influence } from '../../../../shared/enums.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { quickSearch, useQuickSearch } from '../../../ui/quickSearch.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import {
  COLUMN_WIDTHS,
  MATRIX_COLUMNS,
  matrixColumns,
  type MatrixRow,
} from '../utils/matrixColumns.ts';
import { useQuery } from '@tanstack/react-query';
import { teamQueries } from '../../team/index.ts';

type Input = { members: CommitteeMember[]; people: Person[]; roles: BuyingRole[] };

/** The matrix's rows: every member with their person, searched, filtered and sorted. */
export function useMatrixRows({ members, people, roles }: Input) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const [query, setQuery] = useState('');
  const [attitude, setAttitude] = useState<Attitude | null>(null);
  const [influence, setInfluence] = useState<Influence | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);

  // Relationship owners are picked from our team (Settings → Our team).
  // Archived members are read too: typing one's name is no new member.
  const team = useQuery(teamQueries.list(true)).data;
  const cols = useMemo(
    () => matrixColumns(t, roles, i18n.language, team?.items),
    [t, roles, i18n.language, team],
  );
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const all: MatrixRow[] = useMemo(
    () => members.map((member) => ({ member, person: byId.get(member.personId) })),
    [members, byId],
  );
  // A row's roles are read in the language of the columns: a new language keys the rows again.
  const search = useMemo(
    () =>
      quickSearch<MatrixRow>((r) => [
        r.person?.name ?? '',
        r.person?.title ?? '',
        r.member.relationshipOwner,
        r.member.concerns,
        cols.text('roles', r),
      ]),
    [cols],
  );
  const found = useQuickSearch(search, all, query);
  // Stable while nothing changes: TanStack Table treats new data as a reason to update itself.
  const visible = useMemo(
    () =>
      found.filter(
        (r) =>
          (attitude === null || r.member.attitude === attitude) &&
          (influence === null || r.member.influence === influence),
      ),
    [found, attitude, influence],
  );

  const columnDefs = useMemo<ColumnDef<MatrixRow>[]>(
    () =>
      MATRIX_COLUMNS.map((id) => ({
        id,
        header: t(`committee.matrix.columns.${id}`),
        size: COLUMN_WIDTHS[id],
        accessorFn: (row: MatrixRow) => cols.sortValue(id, row),
        sortUndefined: 'last',
        sortingFn: (a, b) => {
          const x = cols.sortValue(id, a.original);
          const y = cols.sortValue(id, b.original);
          if (typeof x === 'number' && typeof y === 'number') return x - y;
          return fmt.compare(String(x), String(y));
        },
      })),
    [t, cols, fmt],
  );

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is not memoisable by the compiler; the matrix does not rely on it.
  const table = useReactTable({
    data: visible,
    columns: columnDefs,
    state: { sorting },
    onSortingChange: setSorting,
    getRowId: (row) => row.member.personId,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    // No pagination here; its automatic reset would otherwise follow every data change.
    autoResetPageIndex: false,
  });

  const clearFilters = useCallback(() => {
    setQuery('');
    setAttitude(null);
    setInfluence(null);
  }, []);

  return {
    cols,
    table,
    /** Every member, shown or not. */
    all,
    /** The shown rows, in their order on screen. */
    rows: table.getRowModel().rows.map((r) => r.original),
    filters: { query, setQuery, attitude, setAttitude, influence, setInfluence },
    filtered: query !== '' || attitude !== null || influence !== null,
    clearFilters,
  };
}

export type MatrixColumns = ReturnType<typeof matrixColumns>;
export type MatrixFilters = ReturnType<typeof useMatrixRows>['filters'];
