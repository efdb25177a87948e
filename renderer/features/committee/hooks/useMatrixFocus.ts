import { useEffect, useRef, type RefObject } from 'react';
import type { GridState } from '../../../ui/grid/gridKeys.ts';
import { MATRIX_COLUMNS, type MatrixColumnId, type MatrixRow } from '../utils/matrixColumns.ts';

/** Asks the matrix to put the keyboard on a person's row (from a red flag, or after adding). */
export type FocusRequest = { personId: string; column?: MatrixColumnId; nonce: number };

type Input = {
  tableRef: RefObject<HTMLTableElement | null>;
  grid: GridState;
  /** The active cell, its row kept inside the shown rows. */
  active: GridState;
  setGrid: (next: GridState) => void;
  rows: MatrixRow[];
  all: MatrixRow[];
  filtered: boolean;
  clearFilters: () => void;
  focusRequest: FocusRequest | null;
};

/** Moves the browser's focus to the matrix's active cell, and a requested row to the keyboard. */
export function useMatrixFocus(input: Input) {
  const { tableRef, grid, active, setGrid, rows, all, filtered, clearFilters } = input;
  // Set when a key or a request moved the active cell, so the effect below moves the focus too.
  const wantFocus = useRef(false);
  const pendingFocus = useRef<{ personId: string; column: MatrixColumnId } | null>(null);

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
  const { focusRequest } = input;
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
      if (all.some((r) => r.member.personId === want.personId) && filtered) clearFilters();
      return;
    }
    pendingFocus.current = null;
    wantFocus.current = true;
    setGrid({ row: index, col: MATRIX_COLUMNS.indexOf(want.column), editing: null });
  }, [rows, all, filtered, clearFilters, setGrid]);

  return {
    /** The focus follows the active cell after the next render. */
    focusActiveCell: () => {
      wantFocus.current = true;
    },
    /** Puts the keyboard on a person's row once it is shown, clearing filters that hide it. */
    focusRow: (personId: string, column: MatrixColumnId) => {
      pendingFocus.current = { personId, column };
      clearFilters();
    },
  };
}
