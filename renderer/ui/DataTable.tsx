import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import {
  flexRender,
  functionalUpdate,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnSizingState,
  type RowData,
  type SortingState,
  type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useImperativeHandle,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import classes from './DataTable.module.css';
import { ColumnsMenu } from './ColumnsMenu.tsx';
import { ColumnResizer } from './ColumnResizer.tsx';
import { isSaveEnter } from './isSaveEnter.ts';
import { useStableValue } from './useStableValue.ts';

declare module '@tanstack/react-table' {
  // Declaration merging needs the library's own type parameters.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** Numbers are right-aligned so that digits line up. */
    align?: 'right';
  }
}

/** What a list asks of its table: the rows in the order shown (its sort applied), e.g. to export. */
export type DataTableHandle<T> = { shownRows: () => T[] };

/** The user's choices for a table, kept by the list (remembered per list in the workspace). */
export type DataTableView = {
  state: {
    sorting: SortingState;
    columnSizing: ColumnSizingState;
    columnVisibility: VisibilityState;
  };
  onChange: (
    patch: Partial<{
      sorting: SortingState;
      columnSizing: ColumnSizingState;
      columnVisibility: VisibilityState;
    }>,
  ) => void;
  /** Back to the list's default view (filters included). */
  onReset: () => void;
};

type Props<T> = {
  /** The table's accessible name. */
  label: string;
  data: T[];
  columns: ColumnDef<T>[];
  getRowId: (row: T) => string;
  /** Click, or Enter on a focused row. */
  onOpen: (row: T) => void;
  initialSorting?: SortingState;
  /** Shown instead of rows when there are none. */
  empty: ReactNode;
  handle?: Ref<DataTableHandle<T>>;
  /**
   * A remembered view: sort, widths (a handle on each column's edge) and shown columns (a
   * Columns menu above the table, with Reset view). Without it the sort lasts while it is shown.
   */
  view?: DataTableView;
};

/** The narrowest and widest a column can be dragged (the contract's bounds). */
const MIN_WIDTH = 40;
const MAX_WIDTH = 2000;

const ROW_HEIGHT = 40;

const NO_SORTING: SortingState = [];

/**
 * A sortable list with virtualised rows, kept a real table for assistive technology.
 * One row at a time is in the tab order; arrows, Home/End and PageUp/PageDown move between rows.
 */
export function DataTable<T>({
  label,
  data,
  columns,
  getRowId,
  onOpen,
  initialSorting = NO_SORTING,
  empty,
  handle,
  view,
}: Props<T>) {
  const [localSorting, setLocalSorting] = useState<SortingState>(initialSorting);
  // Equal state keeps its identity, however the list builds it (see useStableValue).
  const sorting = useStableValue(
    view ? (view.state.sorting.length > 0 ? view.state.sorting : initialSorting) : localSorting,
  );
  const columnSizing = useStableValue(view?.state.columnSizing ?? {});
  const columnVisibility = useStableValue(view?.state.columnVisibility ?? {});
  const [active, setActive] = useState(0);
  const scrollerRef = useRef<HTMLDivElement>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table is not memoisable by the compiler; this component does not rely on it.
  const table = useReactTable({
    data,
    columns,
    state: { sorting, columnSizing, columnVisibility },
    // Rows are virtualised, never paged: a page reset after each new row model would be a state
    // update per render for nothing.
    autoResetPageIndex: false,
    defaultColumn: { minSize: MIN_WIDTH, maxSize: MAX_WIDTH },
    onSortingChange: (updater) =>
      view
        ? view.onChange({ sorting: functionalUpdate(updater, sorting) })
        : setLocalSorting(updater),
    // A remembered sort goes between ascending and descending; "none" would be the default again.
    enableSortingRemoval: !view,
    enableColumnResizing: view !== undefined,
    columnResizeMode: 'onChange',
    onColumnSizingChange: (updater) => {
      if (!view) return;
      const next = functionalUpdate(updater, view.state.columnSizing);
      view.onChange({ columnSizing: roundSizes(next) });
    },
    onColumnVisibilityChange: (updater) =>
      view?.onChange({
        columnVisibility: functionalUpdate(updater, view.state.columnVisibility),
      }),
    getRowId: (row) => getRowId(row),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  // Read when asked, so it follows the sort the user picked since.
  useImperativeHandle(
    handle,
    () => ({ shownRows: () => table.getRowModel().rows.map((row) => row.original) }),
    [table],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const focusable = Math.min(active, Math.max(rows.length - 1, 0));
  const columnCount = table.getVisibleLeafColumns().length;

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() => {
      scrollerRef.current?.querySelector<HTMLElement>(`tr[data-index="${next}"]`)?.focus();
    });
  }

  function onRowKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number, row: T) {
    const page = Math.max(
      1,
      Math.floor((scrollerRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1,
    );
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: rows.length - 1,
    };
    if (isSaveEnter(event)) {
      event.preventDefault();
      onOpen(row);
    } else if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key] ?? index);
    }
  }

  const tableElement = (
    <div ref={scrollerRef} className={classes.scroller}>
      <table
        className={classes.table}
        aria-label={label}
        aria-rowcount={rows.length + 1}
        style={{ minWidth: table.getTotalSize() }}
      >
        <colgroup>
          {/* The first column takes whatever width the others leave. */}
          {table.getVisibleLeafColumns().map((column, i) => (
            <col key={column.id} style={{ width: i === 0 ? undefined : column.getSize() }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header, index) => {
                const sorted = header.column.getIsSorted();
                const align = header.column.columnDef.meta?.align;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={`${classes.th} ${align === 'right' ? classes.right : ''}`}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                    }
                  >
                    <UnstyledButton
                      className={classes.sortButton}
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <span className={classes.headerText}>
                        {flexRender(header.column.columnDef.header, header.getContext())}
                      </span>
                      {sorted === 'asc' ? (
                        <IconArrowUp size={14} aria-hidden />
                      ) : sorted === 'desc' ? (
                        <IconArrowDown size={14} aria-hidden />
                      ) : (
                        <IconArrowsSort size={14} aria-hidden className={classes.idleIcon} />
                      )}
                    </UnstyledButton>
                    {/* The first column takes the room the others leave: it has no width to drag. */}
                    {view && index > 0 && <ColumnResizer header={header} />}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columnCount} className={classes.empty}>
                {empty}
              </td>
            </tr>
          ) : (
            <>
              {paddingTop > 0 && (
                <tr className={classes.spacer} aria-hidden style={{ height: paddingTop }}>
                  <td colSpan={columnCount} />
                </tr>
              )}
              {items.map((item) => {
                const row = rows[item.index];
                if (!row) return null;
                return (
                  <tr
                    key={row.id}
                    data-index={item.index}
                    aria-rowindex={item.index + 2}
                    tabIndex={item.index === focusable ? 0 : -1}
                    className={classes.row}
                    style={{ height: ROW_HEIGHT }}
                    onClick={() => {
                      setActive(item.index);
                      onOpen(row.original);
                    }}
                    onFocus={() => setActive(item.index)}
                    onKeyDown={(event) => onRowKeyDown(event, item.index, row.original)}
                  >
                    {row.getVisibleCells().map((cell) => (
                      <td
                        key={cell.id}
                        className={`${classes.td} ${cell.column.columnDef.meta?.align === 'right' ? classes.right : ''}`}
                      >
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </td>
                    ))}
                  </tr>
                );
              })}
              {paddingBottom > 0 && (
                <tr className={classes.spacer} aria-hidden style={{ height: paddingBottom }}>
                  <td colSpan={columnCount} />
                </tr>
              )}
            </>
          )}
        </tbody>
      </table>
    </div>
  );
  if (!view) return tableElement;
  return (
    <div className={classes.withToolbar}>
      <div className={classes.toolbar}>
        <ColumnsMenu
          columns={table.getAllLeafColumns().map((column, index) => ({
            id: column.id,
            label:
              typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id,
            visible: column.getIsVisible(),
            // The first column names the row: it always stays.
            canHide: index > 0,
          }))}
          onToggle={(id, visible) =>
            view.onChange({ columnVisibility: { ...view.state.columnVisibility, [id]: visible } })
          }
          onReset={view.onReset}
        />
      </div>
      {tableElement}
    </div>
  );
}

/** Whole pixels within the bounds the workspace keeps. */
function roundSizes(sizes: ColumnSizingState): ColumnSizingState {
  return Object.fromEntries(
    Object.entries(sizes).map(([id, size]) => [
      id,
      Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(size))),
    ]),
  );
}
