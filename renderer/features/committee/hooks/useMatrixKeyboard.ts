import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import { keyOf } from '../../../ui/grid/editKeys.ts';
import {
  blurCell,
  gridKey,
  initialGridState,
  typeQuery,
  type CellValue,
  type GridContext,
  type GridEffect,
  type GridResult,
  type GridState,
} from '../../../ui/grid/gridKeys.ts';
import { MATRIX_COLUMNS, type MatrixColumnId, type MatrixRow } from '../utils/matrixColumns.ts';
import { useMatrixFocus, type FocusRequest } from './useMatrixFocus.ts';
import type { MatrixColumns } from './useMatrixRows.ts';

type Input = {
  rows: MatrixRow[];
  all: MatrixRow[];
  cols: MatrixColumns;
  filtered: boolean;
  clearFilters: () => void;
  focusRequest: FocusRequest | null;
  onCommit: (row: MatrixRow, column: MatrixColumnId, value: CellValue) => void;
  onOpenPerson: (personId: string) => void;
  onRemove: (row: MatrixRow) => void;
};

/**
 * The matrix's keyboard and mouse: the shared grid model (ui/grid/gridKeys.ts) run over the
 * shown rows, its effects turned into saves, opened people and removals.
 */
export function useMatrixKeyboard(input: Input) {
  const { rows, cols, onCommit, onOpenPerson, onRemove } = input;
  const [grid, setGridState] = useState<GridState>(initialGridState);
  // Handlers read the newest state, even between a key and the render it causes.
  const gridRef = useRef(grid);
  const setGrid = useCallback((next: GridState) => {
    gridRef.current = next;
    setGridState(next);
  }, []);
  const tableRef = useRef<HTMLTableElement>(null);
  const rowCount = rows.length;
  const active = { ...grid, row: Math.min(grid.row, Math.max(rowCount - 1, 0)) };
  const focus = useMatrixFocus({ ...input, tableRef, grid, active, setGrid });

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

  function commit(effect: GridEffect | undefined) {
    if (effect?.type !== 'commit') return;
    const row = rows[effect.row];
    const column = MATRIX_COLUMNS[effect.col];
    if (row && column) onCommit(row, column, effect.value);
  }

  function apply(result: GridResult) {
    setGrid(result.state);
    const effect = result.effect;
    if (effect?.type === 'removeRow') {
      // The confirmation takes the keyboard.
      const r = rows[effect.row];
      if (r) onRemove(r);
      return;
    }
    focus.focusActiveCell();
    commit(effect);
    if (effect?.type === 'openPanel') {
      const r = rows[effect.row];
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

  /** What the mouse and the editing input do to cell (row, col). */
  const cell = {
    mouseDown(row: number, col: number) {
      if (active.row === row && active.col === col && grid.editing) return;
      // Clicking away from an edit ends it the way leaving the cell does.
      const before = gridRef.current;
      if (before.editing) commit(blurCell(before, ctx).effect);
      setGrid({ row, col, editing: null });
    },
    doubleClick(row: number, col: number) {
      apply(gridKey({ row, col, editing: null }, { key: 'Enter' }, ctx));
    },
    typed(query: string) {
      setGrid(typeQuery(gridRef.current, query));
    },
    /** A click on an option does what Enter does on it. */
    picked(index: number) {
      const state = gridRef.current;
      if (!state.editing) return;
      apply(
        gridKey(
          { ...state, editing: { ...state.editing, highlight: index } },
          { key: 'Enter' },
          ctx,
        ),
      );
    },
    blur(row: number, col: number) {
      const state = gridRef.current;
      if (state.editing && state.row === row && state.col === col) {
        const result = blurCell(state, ctx);
        setGrid(result.state);
        commit(result.effect);
      }
    },
  };

  return { tableRef, grid, active, ctx, onKeyDown, cell, ...focus };
}

export type MatrixCellHandlers = ReturnType<typeof useMatrixKeyboard>['cell'];
