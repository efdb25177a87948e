// The keyboard of a grid with a navigation mode (the committee matrix), as a pure function of
// (state, key) so that it can be tested without a browser: moving the active cell, starting,
// committing and cancelling an edit, and type-to-pick in selects. The keys that end a text edit
// are editKeys.ts, shared with grids whose cells are always inputs.
import { editKey, type GridKey, type Move } from './editKeys.ts';
import { filterOptions, type PickOption } from './filterOptions.ts';

/** How a column is edited. */
export type CellEditor =
  /** Not editable in place (a row's name): Enter opens the row's panel. */
  | { kind: 'readonly' }
  | { kind: 'text' }
  /**
   * One of `options`; `nullable` lets the user clear it. `create`, where given, offers typed text
   * that names no option as an option of its own (null when it names one, or nothing is typed).
   */
  | {
      kind: 'select';
      options: PickOption[];
      nullable: boolean;
      create?: (typed: string) => PickOption | null;
    }
  /** Several of `options` (buying roles). */
  | { kind: 'multi'; options: PickOption[] };

/** A cell's current value: text, a code (or null), or a set of codes. */
export type CellValue = string | null | string[];

export type Editing = {
  /** Typed text: the draft of a text cell, or the filter of a select. */
  query: string;
  /** Index into the filtered options of a select. */
  highlight: number;
  /** The codes ticked so far in a multi-select. */
  picked: string[];
};

export type GridState = { row: number; col: number; editing: Editing | null };

export type GridContext = {
  rowCount: number;
  colCount: number;
  /** The editor of a cell; options may depend on the row (a hidden role it still holds). */
  editorAt: (row: number, col: number) => CellEditor;
  valueAt: (row: number, col: number) => CellValue;
};

export type GridEffect =
  | { type: 'commit'; row: number; col: number; value: CellValue }
  | { type: 'openPanel'; row: number }
  /** Delete on a row's readonly cell (its name): the row itself is to go, once confirmed. */
  | { type: 'removeRow'; row: number };

export type GridResult = {
  state: GridState;
  effect?: GridEffect;
  /** False when the key is not the grid's business (the browser or an input should have it). */
  handled: boolean;
};

/** The options a select or multi-select shows for the typed text, best match first. */
export function shownOptions(
  editor: Extract<CellEditor, { options: PickOption[] }>,
  query: string,
): PickOption[] {
  const shown = filterOptions(editor.options, query);
  const created = editor.kind === 'select' ? editor.create?.(query.trim()) : null;
  return created ? [...shown, created] : shown;
}

export const initialGridState: GridState = { row: 0, col: 0, editing: null };

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

const isPrintable = (k: GridKey) => k.key.length === 1 && !k.ctrl && !k.alt;

function startEditing(state: GridState, ctx: GridContext, seed: string | null): GridResult {
  const editor = ctx.editorAt(state.row, state.col);
  const value = ctx.valueAt(state.row, state.col);
  if (editor.kind === 'readonly') {
    return { state, effect: { type: 'openPanel', row: state.row }, handled: true };
  }
  if (editor.kind === 'text') {
    const draft = seed ?? (typeof value === 'string' ? value : '');
    return {
      state: { ...state, editing: { query: draft, highlight: 0, picked: [] } },
      handled: true,
    };
  }
  if (editor.kind === 'select') {
    const current = editor.options.findIndex((o) => o.value === value);
    return {
      state: {
        ...state,
        editing: {
          query: seed ?? '',
          highlight: seed === null ? Math.max(current, 0) : 0,
          picked: [],
        },
      },
      handled: true,
    };
  }
  return {
    state: {
      ...state,
      editing: { query: seed ?? '', highlight: 0, picked: Array.isArray(value) ? value : [] },
    },
    handled: true,
  };
}

/** What the edit would save, or undefined when it changes nothing. */
function editedValue(state: GridState, ctx: GridContext): { value: CellValue } | undefined {
  const editing = state.editing;
  if (!editing) return undefined;
  const editor = ctx.editorAt(state.row, state.col);
  const before = ctx.valueAt(state.row, state.col);
  if (editor.kind === 'text') {
    return editing.query === before ? undefined : { value: editing.query };
  }
  if (editor.kind === 'select') {
    // Without typing, leaving the cell keeps its value; typing and leaving takes the best match.
    if (
      editing.query === '' &&
      editing.highlight ===
        Math.max(
          editor.options.findIndex((o) => o.value === before),
          0,
        )
    ) {
      return undefined;
    }
    const option = shownOptions(editor, editing.query)[editing.highlight];
    if (!option || option.value === before) return undefined;
    return { value: option.value };
  }
  if (editor.kind === 'multi') {
    const old = Array.isArray(before) ? before : [];
    const same =
      old.length === editing.picked.length && old.every((code) => editing.picked.includes(code));
    return same ? undefined : { value: editing.picked };
  }
  return undefined;
}

/** Ends the edit, saving what changed, then moves (wrapping at row ends on Tab). */
function finish(state: GridState, ctx: GridContext, move: Move): GridResult {
  const edited = editedValue(state, ctx);
  const moved = moveBy(state, ctx, move);
  return {
    state: { ...moved, editing: null },
    ...(edited
      ? { effect: { type: 'commit', row: state.row, col: state.col, value: edited.value } }
      : {}),
    handled: true,
  };
}

function moveBy(state: GridState, ctx: GridContext, move: Move): GridState {
  const lastRow = Math.max(ctx.rowCount - 1, 0);
  const lastCol = ctx.colCount - 1;
  switch (move) {
    case 'down':
      return { ...state, row: clamp(state.row + 1, lastRow) };
    case 'up':
      return { ...state, row: clamp(state.row - 1, lastRow) };
    case 'right':
      if (state.col < lastCol) return { ...state, col: state.col + 1 };
      return state.row < lastRow ? { ...state, row: state.row + 1, col: 0 } : state;
    case 'left':
      if (state.col > 0) return { ...state, col: state.col - 1 };
      return state.row > 0 ? { ...state, row: state.row - 1, col: lastCol } : state;
    case 'stay':
      return state;
  }
}

function navigate(state: GridState, key: GridKey, ctx: GridContext): GridResult {
  const lastRow = Math.max(ctx.rowCount - 1, 0);
  const lastCol = ctx.colCount - 1;
  const to = (row: number, col: number): GridResult => ({
    state: { row: clamp(row, lastRow), col: clamp(col, lastCol), editing: null },
    handled: true,
  });
  switch (key.key) {
    case 'ArrowDown':
      return to(state.row + 1, state.col);
    case 'ArrowUp':
      return to(state.row - 1, state.col);
    case 'ArrowRight':
      return to(state.row, state.col + 1);
    case 'ArrowLeft':
      return to(state.row, state.col - 1);
    case 'Home':
      return key.ctrl ? to(0, 0) : to(state.row, 0);
    case 'End':
      return key.ctrl ? to(lastRow, lastCol) : to(state.row, lastCol);
    case 'PageDown':
      return to(lastRow, state.col);
    case 'PageUp':
      return to(0, state.col);
    case 'Tab': {
      const atEdge = key.shift
        ? state.row === 0 && state.col === 0
        : state.row === lastRow && state.col === lastCol;
      // At the grid's ends Tab leaves it, as it would leave any other control.
      if (atEdge) return { state, handled: false };
      return { state: moveBy(state, ctx, key.shift ? 'left' : 'right'), handled: true };
    }
    default:
      return { state, handled: false };
  }
}

/** The grid's answer to one key press. */
export function gridKey(state: GridState, key: GridKey, ctx: GridContext): GridResult {
  if (ctx.rowCount === 0 || key.composing) return { state, handled: false };
  const editor = ctx.editorAt(state.row, state.col);

  if (!state.editing) {
    if (key.key === 'Enter' && key.shift) {
      return { state, effect: { type: 'openPanel', row: state.row }, handled: true };
    }
    if (key.key === 'Enter' || key.key === 'F2') return startEditing(state, ctx, null);
    const isDelete = key.key === 'Delete' || key.key === 'Backspace';
    if (isDelete) {
      if (editor.kind === 'readonly') {
        return { state, effect: { type: 'removeRow', row: state.row }, handled: true };
      }
      const cleared: CellValue | undefined =
        editor.kind === 'text'
          ? ''
          : editor.kind === 'multi'
            ? []
            : editor.nullable
              ? null
              : undefined;
      const before = ctx.valueAt(state.row, state.col);
      const empty =
        before === null || before === '' || (Array.isArray(before) && before.length === 0);
      if (cleared === undefined || empty) return { state, handled: true };
      return {
        state,
        effect: { type: 'commit', row: state.row, col: state.col, value: cleared },
        handled: true,
      };
    }
    if (isPrintable(key) && key.key !== ' ' && editor.kind !== 'readonly') {
      return startEditing(state, ctx, key.key);
    }
    if (key.key === ' ' && editor.kind !== 'readonly' && editor.kind !== 'text') {
      return startEditing(state, ctx, null);
    }
    return navigate(state, key, ctx);
  }

  const editing = state.editing;
  if (editor.kind === 'text' || editor.kind === 'readonly') {
    const action = editKey(key);
    if (!action) return { state, handled: false };
    if (action.type === 'cancel') return { state: { ...state, editing: null }, handled: true };
    return finish(state, ctx, action.move);
  }

  const shown = shownOptions(editor, editing.query);
  const highlightBy = (d: number): GridResult => ({
    state: {
      ...state,
      editing: {
        ...editing,
        highlight: clamp(editing.highlight + d, Math.max(shown.length - 1, 0)),
      },
    },
    handled: true,
  });
  if (key.key === 'ArrowDown') return highlightBy(1);
  if (key.key === 'ArrowUp') return highlightBy(-1);

  if (editor.kind === 'select') {
    const action = editKey(key);
    if (!action) return { state, handled: false };
    if (action.type === 'cancel') return { state: { ...state, editing: null }, handled: true };
    // Nothing matches what was typed: stay in the cell so the user can correct it.
    if (key.key === 'Enter' && shown.length === 0) return { state, handled: true };
    return finish(state, ctx, action.move);
  }

  // Multi-select: Enter ticks or unticks the highlighted option; Esc or Tab finishes.
  if (key.key === 'Enter') {
    const option = shown[editing.highlight];
    if (!option) return { state, handled: true };
    const picked = editing.picked.includes(option.value)
      ? editing.picked.filter((c) => c !== option.value)
      : [...editing.picked, option.value];
    return { state: { ...state, editing: { query: '', highlight: 0, picked } }, handled: true };
  }
  const action = editKey(key);
  if (!action) return { state, handled: false };
  return finish(state, ctx, action.type === 'cancel' ? 'stay' : action.move);
}

/** The user typed into the cell's input: a new draft or filter, best match highlighted. */
export function typeQuery(state: GridState, query: string): GridState {
  return state.editing ? { ...state, editing: { ...state.editing, query, highlight: 0 } } : state;
}

/** Focus left the cell while editing: text and ticked roles are kept, a half-typed pick is not. */
export function blurCell(state: GridState, ctx: GridContext): GridResult {
  if (!state.editing) return { state, handled: false };
  const editor = ctx.editorAt(state.row, state.col);
  if (editor.kind === 'select') return { state: { ...state, editing: null }, handled: true };
  return finish(state, ctx, 'stay');
}
