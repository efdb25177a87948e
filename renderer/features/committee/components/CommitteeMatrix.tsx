import { ActionIcon, Badge, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconArrowDown,
  IconArrowUp,
  IconArrowsSort,
  IconId,
  IconTrash,
  IconUsersGroup,
} from '@tabler/icons-react';
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuyingRole, CommitteeMember } from '../../../../shared/committee.ts';
import { ATTITUDES, INFLUENCES, type Attitude, type Influence } from '../../../../shared/enums.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { useReload } from '../../../data/read.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import tableClasses from '../../../ui/DataTable.module.css';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { ListEmptyState } from '../../../ui/ListEmptyState.tsx';
import { matchesQuery } from '../../../ui/matchesQuery.ts';
import { SearchInput } from '../../../ui/SearchInput.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { peopleQueries } from '../../people/index.ts';
import { useRemoveMember } from '../api/useRemoveMember.ts';
import { committeeQueries } from '../api/committeeQueries.ts';
import { useSetPersonLevel, useUpsertMember } from '../api/useUpsertMember.ts';
import { keyOf } from '../../../ui/grid/editKeys.ts';
import { filterOptions, type PickOption } from '../../../ui/grid/filterOptions.ts';
import {
  blurCell,
  gridKey,
  initialGridState,
  typeQuery,
  type GridContext,
  type GridEffect,
  type GridResult,
  type GridState,
} from '../../../ui/grid/gridKeys.ts';
import {
  COLUMN_WIDTHS,
  MATRIX_COLUMNS,
  matrixColumns,
  type MatrixColumnId,
  type MatrixRow,
} from '../utils/matrixColumns.ts';
import { AddMemberPicker } from './AddMemberPicker.tsx';
import classes from './CommitteeMatrix.module.css';
import { optionId, PickList } from './PickList.tsx';

const ATTITUDE_COLORS: Record<Attitude, string> = {
  supporter: 'teal',
  neutral: 'gray',
  opponent: 'red',
};

/** Asks the matrix to put the keyboard on a person's row (from a red flag, or after adding). */
export type FocusRequest = { personId: string; column?: MatrixColumnId; nonce: number };

type Props = {
  opportunityId: string;
  accountId: string;
  members: CommitteeMember[];
  /** The account's people. */
  people: Person[];
  roles: BuyingRole[];
  onOpenPerson: (personId: string) => void;
  focusRequest: FocusRequest | null;
};

const cellKey = (personId: string, column: MatrixColumnId) => `${personId}|${column}`;

/**
 * The buying committee as a spreadsheet: one row per member, every cell edited in place from the
 * keyboard (see ui/grid/gridKeys.ts), each edit saved on its own. Committees are tens of people, so
 * rows are not virtualised: every row stays in the accessibility tree.
 */
export function CommitteeMatrix({
  opportunityId,
  accountId,
  members,
  people,
  roles,
  onOpenPerson,
  focusRequest,
}: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  const reload = useReload();
  const upsert = useUpsertMember(opportunityId);
  const setLevel = useSetPersonLevel(opportunityId);
  const remove = useRemoveMember(opportunityId);
  const listId = useId();

  const [query, setQuery] = useState('');
  const [attitude, setAttitude] = useState<Attitude | null>(null);
  const [influence, setInfluence] = useState<Influence | null>(null);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [grid, setGridState] = useState<GridState>(initialGridState);
  const gridRef = useRef(grid);
  const setGrid = (next: GridState) => {
    gridRef.current = next;
    setGridState(next);
  };
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [removing, setRemoving] = useState<MatrixRow | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  // Set when a key or a request moved the active cell, so the effect below moves the focus too.
  const wantFocus = useRef(false);
  const pendingFocus = useRef<{ personId: string; column: MatrixColumnId } | null>(null);

  const cols = useMemo(() => matrixColumns(t, roles, i18n.language), [t, roles, i18n.language]);
  const byId = useMemo(() => new Map(people.map((p) => [p.id, p])), [people]);
  const all: MatrixRow[] = useMemo(
    () => members.map((member) => ({ member, person: byId.get(member.personId) })),
    [members, byId],
  );
  // Stable while nothing changes: TanStack Table treats new data as a reason to update itself.
  const visible = useMemo(
    () =>
      all.filter(
        (r) =>
          (attitude === null || r.member.attitude === attitude) &&
          (influence === null || r.member.influence === influence) &&
          matchesQuery(query, [
            r.person?.name ?? '',
            r.person?.title ?? '',
            r.member.relationshipOwner,
            r.member.concerns,
            cols.text('roles', r),
          ]),
      ),
    [all, attitude, influence, query, cols],
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
  const rows = table.getRowModel().rows.map((r) => r.original);
  const rowCount = rows.length;
  const active = {
    ...grid,
    row: Math.min(grid.row, Math.max(rowCount - 1, 0)),
  };

  const ctx: GridContext = {
    rowCount,
    colCount: MATRIX_COLUMNS.length,
    editorAt: (row, col) => {
      const r = rows[row];
      const id = MATRIX_COLUMNS[col];
      return r && id ? cols.editor(id, r) : { kind: 'readonly' };
    },
    valueAt: (row, col) => {
      const r = rows[row];
      const id = MATRIX_COLUMNS[col];
      return r && id ? cols.value(id, r) : null;
    },
  };

  async function commit(effect: Extract<GridEffect, { type: 'commit' }>) {
    const row = rows[effect.row];
    const column = MATRIX_COLUMNS[effect.col];
    if (!row || !column) return;
    const save = cols.save(column, effect.value);
    if (!save) return;
    const key = cellKey(row.member.personId, column);
    setErrors(({ [key]: _, ...rest }) => rest);
    try {
      if (save.target === 'member') {
        await upsert(row.member.personId, save.patch, row.member.version);
      } else if (row.person) {
        await setLevel.mutateAsync({
          personId: row.person.id,
          version: row.person.version,
          level: save.level,
        });
      }
    } catch (error) {
      setErrors((e) => ({ ...e, [key]: refusal(error) }));
      // A conflict means our copy is old: fetch the current one so the next edit can go through.
      if (error instanceof RpcError && error.code === 'conflict') {
        void reload(committeeQueries.members(opportunityId));
        void reload(peopleQueries.list(accountId));
      }
    }
  }

  function refusal(error: unknown): string {
    if (error instanceof RpcError && error.issues[0]) return issueMessage(t, error.issues[0]);
    return t(`errors.codes.${error instanceof RpcError ? error.code : 'internal'}`);
  }

  function apply(result: GridResult) {
    setGrid(result.state);
    if (result.effect?.type === 'removeRow') {
      // The confirmation takes the keyboard.
      const r = rows[result.effect.row];
      if (r) setRemoving(r);
      return;
    }
    wantFocus.current = true;
    if (result.effect?.type === 'commit') void commit(result.effect);
    if (result.effect?.type === 'openPanel') {
      const r = rows[result.effect.row];
      if (r) onOpenPerson(r.member.personId);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const state = { ...gridRef.current, row: active.row };
    const result = gridKey(state, keyOf(event), ctx);
    if (!result.handled) return;
    event.preventDefault();
    event.stopPropagation();
    apply(result);
  }

  // Brings the keyboard to the active cell (or its editor) after a move, an edit or a request.
  useEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    const cell = tableRef.current?.querySelector<HTMLElement>(
      `[data-row="${active.row}"][data-col="${active.col}"]`,
    );
    if (!cell) return;
    if (grid.editing) cell.querySelector<HTMLInputElement>('input')?.focus();
    else cell.focus();
    cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  // A requested row (a red flag's person, a member just added) gets the active cell and focus.
  useEffect(() => {
    if (focusRequest) {
      pendingFocus.current = {
        personId: focusRequest.personId,
        column: focusRequest.column ?? 'person',
      };
    }
  }, [focusRequest]);
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    const index = rows.findIndex((r) => r.member.personId === want.personId);
    if (index < 0) {
      // Hidden by the search or a filter: show everyone so the row can be reached.
      if (
        all.some((r) => r.member.personId === want.personId) &&
        (query || attitude || influence)
      ) {
        setQuery('');
        setAttitude(null);
        setInfluence(null);
      }
      return;
    }
    pendingFocus.current = null;
    wantFocus.current = true;
    setGrid({ row: index, col: MATRIX_COLUMNS.indexOf(want.column), editing: null });
  }, [rows, all, query, attitude, influence]);

  const filtered = query !== '' || attitude !== null || influence !== null;
  const clearFilters = () => {
    setQuery('');
    setAttitude(null);
    setInfluence(null);
  };

  return (
    <Stack gap="xs" flex={1} mih={0}>
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <SearchInput
            value={query}
            onChange={setQuery}
            placeholder={t('committee.matrix.searchPlaceholder')}
          />
          {/* Native selects: two filters do not need Mantine's scrolling option lists. */}
          <NativeSelect
            aria-label={t('committee.matrix.filterAttitude')}
            data={[
              { value: '', label: t('committee.matrix.allAttitudes') },
              ...ATTITUDES.map((a) => ({ value: a, label: t(`committee.enums.attitude.${a}`) })),
            ]}
            value={attitude ?? ''}
            onChange={(e) => setAttitude((e.currentTarget.value || null) as Attitude | null)}
            w={150}
          />
          <NativeSelect
            aria-label={t('committee.matrix.filterInfluence')}
            data={[
              { value: '', label: t('committee.matrix.allInfluences') },
              ...INFLUENCES.map((i) => ({ value: i, label: t(`committee.enums.influence.${i}`) })),
            ]}
            value={influence ?? ''}
            onChange={(e) => setInfluence((e.currentTarget.value || null) as Influence | null)}
            w={150}
          />
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {t('committee.matrix.count', { count: rowCount })}
          </Text>
        </Group>
        <AddMemberPicker
          opportunityId={opportunityId}
          accountId={accountId}
          members={members}
          people={people}
          onAdded={(personId) => {
            pendingFocus.current = { personId, column: 'roles' };
            clearFilters();
          }}
        />
      </Group>

      <div
        className={tableClasses.scroller}
        // Room for an open option list under the last rows.
        style={{ flex: '0 1 auto', minHeight: 0, paddingBottom: grid.editing ? 280 : 0 }}
      >
        <table
          ref={tableRef}
          role="grid"
          aria-label={t('committee.matrix.label')}
          aria-rowcount={rowCount + 1}
          aria-colcount={MATRIX_COLUMNS.length}
          className={`${tableClasses.table} ${classes.grid}`}
          style={{ minWidth: table.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          <colgroup>
            {MATRIX_COLUMNS.map((id) => (
              <col key={id} style={{ width: COLUMN_WIDTHS[id] }} />
            ))}
          </colgroup>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} role="row" aria-rowindex={1}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      role="columnheader"
                      scope="col"
                      className={tableClasses.th}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                      }
                    >
                      <button
                        type="button"
                        className={tableClasses.sortButton}
                        style={{ background: 'none', border: 0 }}
                        onClick={header.column.getToggleSortingHandler()}
                        tabIndex={-1}
                      >
                        <span className={tableClasses.headerText}>
                          {t(`committee.matrix.columns.${header.column.id as MatrixColumnId}`)}
                        </span>
                        {sorted === 'asc' ? (
                          <IconArrowUp size={14} aria-hidden />
                        ) : sorted === 'desc' ? (
                          <IconArrowDown size={14} aria-hidden />
                        ) : (
                          <IconArrowsSort size={14} aria-hidden className={tableClasses.idleIcon} />
                        )}
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {rowCount === 0 ? (
              <tr>
                <td colSpan={MATRIX_COLUMNS.length} className={tableClasses.empty}>
                  <ListEmptyState
                    filtered={filtered}
                    icon={<IconUsersGroup size={28} stroke={1.4} />}
                    emptyTitle={t('committee.matrix.emptyTitle')}
                    emptyBody={t('committee.matrix.emptyBody')}
                    noMatchTitle={t('committee.matrix.noMatchTitle')}
                    noMatchBody={t('committee.matrix.noMatchBody')}
                    onClearFilters={clearFilters}
                  />
                </td>
              </tr>
            ) : (
              rows.map((row, r) => (
                <tr key={row.member.personId} role="row" aria-rowindex={r + 2}>
                  {MATRIX_COLUMNS.map((column, c) => {
                    const isActive = active.row === r && active.col === c;
                    const editing = isActive ? grid.editing : null;
                    const error = errors[cellKey(row.member.personId, column)];
                    const header = t(`committee.matrix.columns.${column}`);
                    const shown =
                      column === 'lastContactDate'
                        ? fmt.date(row.member.lastContactDate)
                        : cols.text(column, row);
                    const errorId = `${listId}-error-${r}-${c}`;
                    return (
                      <td
                        key={column}
                        role="gridcell"
                        data-row={r}
                        data-col={c}
                        tabIndex={isActive ? 0 : -1}
                        aria-label={t('common.labelled', {
                          label: header,
                          value: shown || t('committee.matrix.notSet'),
                        })}
                        aria-describedby={error ? errorId : undefined}
                        className={[
                          classes.cell,
                          isActive ? classes.active : '',
                          editing ? classes.editing : '',
                          error ? classes.errorCell : '',
                          column === 'person' ? classes.personCell : '',
                        ].join(' ')}
                        onMouseDown={() => {
                          if (isActive && grid.editing) return;
                          // Clicking away from an edit ends it the way leaving the cell does.
                          const before = gridRef.current;
                          const left = before.editing ? blurCell(before, ctx) : undefined;
                          if (left?.effect?.type === 'commit') void commit(left.effect);
                          setGrid({ row: r, col: c, editing: null });
                        }}
                        onDoubleClick={() => {
                          const result = gridKey(
                            { row: r, col: c, editing: null },
                            { key: 'Enter' },
                            ctx,
                          );
                          apply(result);
                        }}
                      >
                        {editing ? (
                          <CellEditorInput
                            listId={`${listId}-list`}
                            label={header}
                            options={(() => {
                              const ed = ctx.editorAt(r, c);
                              return ed.kind === 'select' || ed.kind === 'multi'
                                ? ed.options
                                : null;
                            })()}
                            multi={ctx.editorAt(r, c).kind === 'multi'}
                            placeholder={
                              column === 'lastContactDate'
                                ? t('committee.matrix.datePlaceholder')
                                : undefined
                            }
                            editingQuery={editing.query}
                            highlight={editing.highlight}
                            picked={editing.picked}
                            emptyText={t('committee.matrix.noMatches')}
                            onQuery={(q) => setGrid(typeQuery(gridRef.current, q))}
                            onPick={(option, index) => {
                              // A click does what Enter does on that option.
                              const state = gridRef.current;
                              if (!state.editing) return;
                              const moved = {
                                ...state,
                                editing: { ...state.editing, highlight: index },
                              };
                              apply(gridKey(moved, { key: 'Enter' }, ctx));
                              void option;
                            }}
                            onBlur={() => {
                              const state = gridRef.current;
                              if (state.editing && state.row === r && state.col === c) {
                                const result = blurCell(state, ctx);
                                setGrid(result.state);
                                if (result.effect?.type === 'commit') void commit(result.effect);
                              }
                            }}
                          />
                        ) : (
                          <CellView column={column} row={row} text={shown} />
                        )}
                        {column === 'person' && !editing && (
                          <span className={classes.rowActions}>
                            <ActionIcon
                              size="sm"
                              variant="subtle"
                              tabIndex={-1}
                              title={t('committee.matrix.openPerson', {
                                name: cols.value('person', row),
                              })}
                              aria-label={t('committee.matrix.openPerson', {
                                name: cols.value('person', row),
                              })}
                              onClick={() => onOpenPerson(row.member.personId)}
                            >
                              <IconId size={15} />
                            </ActionIcon>

                            <ActionIcon
                              size="sm"
                              variant="subtle"
                              color="red"
                              tabIndex={-1}
                              aria-label={t('committee.matrix.remove', {
                                name: cols.value('person', row),
                              })}
                              onClick={() => setRemoving(row)}
                            >
                              <IconTrash size={15} />
                            </ActionIcon>
                          </span>
                        )}
                        {error && (
                          <div id={errorId} role="alert" className={classes.error}>
                            {error}
                          </div>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Text size="xs" c="dimmed">
        {t('committee.matrix.keyboardHint')}
      </Text>

      <ConfirmDialog
        opened={removing !== null}
        title={t('committee.matrix.removeTitle')}
        body={t('committee.matrix.removeBody', {
          name: removing ? cols.value('person', removing) : '',
        })}
        confirmLabel={t('committee.matrix.removeConfirm')}
        color="red"
        busy={remove.isPending}
        onCancel={() => {
          setRemoving(null);
          wantFocus.current = true;
        }}
        onConfirm={() => {
          if (!removing) return;
          const name = String(cols.value('person', removing));
          remove.mutate(removing.member.personId, {
            onSuccess: () => {
              notifications.show({
                color: 'teal',
                message: t('committee.matrix.removedNotice', { name }),
              });
              setRemoving(null);
              wantFocus.current = true;
            },
            onError: (error) => {
              setRemoving(null);
              notifications.show({ color: 'red', message: refusal(error) });
            },
          });
        }}
      />
    </Stack>
  );
}

function CellView({ column, row, text }: { column: MatrixColumnId; row: MatrixRow; text: string }) {
  if (column === 'person') {
    return (
      <Stack gap={0} style={{ overflow: 'hidden' }}>
        <Text size="sm" fw={600} truncate>
          {row.person?.name ?? row.member.personId}
        </Text>
        {row.person?.title && (
          <Text size="xs" c="dimmed" truncate>
            {row.person.title}
          </Text>
        )}
      </Stack>
    );
  }
  if (column === 'attitude') {
    return (
      <Badge variant="light" color={ATTITUDE_COLORS[row.member.attitude]} tt="none">
        {text}
      </Badge>
    );
  }
  if (column === 'influence' && row.member.influence === 'high') {
    return (
      <Text size="sm" fw={700} span>
        {text}
      </Text>
    );
  }
  if (column === 'contact' && row.member.contact === 'none') {
    return (
      <Text size="sm" c="orange.8" span>
        {text}
      </Text>
    );
  }
  return <>{text}</>;
}

type EditorProps = {
  listId: string;
  label: string;
  /** The choices of a select; null for free text. */
  options: PickOption[] | null;
  multi: boolean;
  placeholder: string | undefined;
  editingQuery: string;
  highlight: number;
  picked: string[];
  emptyText: string;
  onQuery: (query: string) => void;
  onPick: (option: PickOption, index: number) => void;
  onBlur: () => void;
};

/** The input of the cell being edited; a select's options open under it. */
function CellEditorInput(props: EditorProps) {
  const { listId, label, options, multi, editingQuery, highlight, picked } = props;
  // A stable ref: Popover.Target merges it, and a new callback each render would loop.
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = inputRef.current;
    if (el && document.activeElement !== el) {
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    }
  }, []);
  const input = (
    <input
      ref={inputRef}
      className={classes.input}
      aria-label={label}
      placeholder={props.placeholder}
      value={editingQuery}
      onChange={(event) => props.onQuery(event.currentTarget.value)}
      onBlur={props.onBlur}
      {...(options
        ? {
            role: 'combobox',
            'aria-expanded': true,
            'aria-controls': listId,
            'aria-autocomplete': 'list' as const,
            'aria-activedescendant': optionId(listId, highlight),
          }
        : {})}
    />
  );
  if (!options) return input;
  const shown = filterOptions(options, editingQuery);
  // The list hangs under the cell inside the grid: a floating popover re-positioned itself
  // against the moving layout without end.
  return (
    <>
      {input}
      <div className={classes.dropdown}>
        <PickList
          id={listId}
          label={label}
          options={shown}
          highlight={highlight}
          picked={multi ? picked : undefined}
          empty={props.emptyText}
          onPick={(option) => props.onPick(option, shown.indexOf(option))}
        />
      </div>
    </>
  );
}
