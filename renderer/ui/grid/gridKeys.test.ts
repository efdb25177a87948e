import { describe, expect, it } from 'vitest';
import type { GridKey } from './editKeys.ts';
import {
  blurCell,
  gridKey,
  shownOptions,
  typeQuery,
  type CellEditor,
  type CellValue,
  type GridContext,
  type GridState,
} from './gridKeys.ts';

const attitudes = [
  { value: 'supporter', label: 'Supporter' },
  { value: 'neutral', label: 'Neutral' },
  { value: 'opponent', label: 'Opponent' },
];
const roles = [
  { value: 'user', label: 'User' },
  { value: 'evaluator', label: 'Evaluator' },
  { value: 'economic_buyer', label: 'Economic buyer' },
  { value: 'decider', label: 'Decision maker' },
];

// Columns: person (readonly), roles (multi), attitude (select), concerns (text).
const editors: CellEditor[] = [
  { kind: 'readonly' },
  { kind: 'multi', options: roles },
  { kind: 'select', options: attitudes, nullable: false },
  { kind: 'text' },
];
const rows: CellValue[][] = [
  ['Wang', ['user'], 'neutral', 'price'],
  ['Zhou', [], 'supporter', ''],
  ['Ma', ['decider'], 'opponent', 'delivery'],
];
const ctx: GridContext = {
  rowCount: rows.length,
  colCount: editors.length,
  editorAt: (_row, col) => editors[col]!,
  valueAt: (row, col) => rows[row]![col]!,
};

const at = (row: number, col: number): GridState => ({ row, col, editing: null });
/** Presses keys in order, typing printable text into an open editor as its input would. */
function press(start: GridState, ...keys: (string | GridKey)[]) {
  let state = start;
  const effects = [];
  for (const k of keys) {
    const key = typeof k === 'string' ? { key: k } : k;
    const result = gridKey(state, key, ctx);
    if (result.effect) effects.push(result.effect);
    if (!result.handled && state.editing && key.key.length === 1) {
      state = typeQuery(state, state.editing.query + key.key);
    } else {
      state = result.state;
    }
  }
  return { state, effects };
}
const type = (text: string) => [...text];

describe('gridKey: moving', () => {
  it('moves with arrows and stays inside the grid', () => {
    expect(press(at(0, 0), 'ArrowDown', 'ArrowRight').state).toEqual(at(1, 1));
    expect(press(at(0, 0), 'ArrowUp', 'ArrowLeft').state).toEqual(at(0, 0));
    expect(press(at(2, 3), 'ArrowDown', 'ArrowRight').state).toEqual(at(2, 3));
    expect(press(at(1, 2), 'Home').state).toEqual(at(1, 0));
    expect(press(at(1, 0), 'End').state).toEqual(at(1, 3));
    expect(press(at(1, 2), { key: 'End', ctrl: true }).state).toEqual(at(2, 3));
  });

  it('Tab moves right and wraps to the next row; at the last cell it lets focus leave', () => {
    expect(press(at(0, 3), 'Tab').state).toEqual(at(1, 0));
    expect(press(at(1, 0), { key: 'Tab', shift: true }).state).toEqual(at(0, 3));
    expect(gridKey(at(2, 3), { key: 'Tab' }, ctx).handled).toBe(false);
  });

  it('leaves keys it does not use to the browser', () => {
    expect(gridKey(at(0, 0), { key: 'c', ctrl: true }, ctx).handled).toBe(false);
  });

  it('leaves the keys of an IME composition to it', () => {
    const editing = press(at(0, 3), ...type('x')).state;
    expect(gridKey(editing, { key: 'Enter', composing: true }, ctx)).toEqual({
      state: editing,
      handled: false,
    });
    expect(gridKey(at(0, 0), { key: 'ArrowDown', composing: true }, ctx).handled).toBe(false);
  });
});

describe('gridKey: editing', () => {
  it('Enter starts editing with the current value; Esc cancels without saving', () => {
    const started = press(at(0, 3), 'Enter');
    expect(started.state.editing?.query).toBe('price');
    const cancelled = press(started.state, ...type('x'), 'Escape');
    expect(cancelled.state).toEqual(at(0, 3));
    expect(cancelled.effects).toEqual([]);
  });

  it('typing starts editing a text cell with what was typed; Enter saves and moves down', () => {
    const { state, effects } = press(at(0, 3), ...type('lead time'), 'Enter');
    expect(effects).toEqual([{ type: 'commit', row: 0, col: 3, value: 'lead time' }]);
    expect(state).toEqual(at(1, 3));
  });

  it('Tab saves and moves right; an unchanged value is not saved', () => {
    const { state, effects } = press(at(1, 2), 'Enter', 'Tab');
    expect(effects).toEqual([]);
    expect(state).toEqual(at(1, 3));
  });

  it('Enter on the person, or Shift+Enter anywhere, opens the person', () => {
    expect(press(at(2, 0), 'Enter').effects).toEqual([{ type: 'openPanel', row: 2 }]);
    expect(press(at(1, 2), { key: 'Enter', shift: true }).effects).toEqual([
      { type: 'openPanel', row: 1 },
    ]);
  });

  it('Delete clears a text cell but not a select that must have a value', () => {
    expect(press(at(0, 3), 'Delete').effects).toEqual([
      { type: 'commit', row: 0, col: 3, value: '' },
    ]);
    expect(press(at(0, 2), 'Delete').effects).toEqual([]);
  });

  it('Delete or Backspace on the readonly name asks to remove the row', () => {
    expect(press(at(1, 0), 'Delete').effects).toEqual([{ type: 'removeRow', row: 1 }]);
    expect(press(at(2, 0), 'Backspace').effects).toEqual([{ type: 'removeRow', row: 2 }]);
  });
});

describe('gridKey: type-to-pick', () => {
  it('typing "opp" then Enter picks Opponent and moves down', () => {
    const { state, effects } = press(at(0, 2), ...type('opp'), 'Enter');
    expect(effects).toEqual([{ type: 'commit', row: 0, col: 2, value: 'opponent' }]);
    expect(state).toEqual(at(1, 2));
  });

  it('arrows move the highlight; Enter with nothing matching stays in the cell', () => {
    const down = press(at(0, 2), 'Enter', 'ArrowDown', 'Enter');
    expect(down.effects).toEqual([{ type: 'commit', row: 0, col: 2, value: 'opponent' }]);
    const none = press(at(0, 2), ...type('zz'), 'Enter');
    expect(none.effects).toEqual([]);
    expect(none.state.editing?.query).toBe('zz');
  });

  it('roles: type to filter, Enter ticks, Enter again unticks, Esc finishes and saves', () => {
    const { state, effects } = press(
      at(1, 1),
      ...type('eval'),
      'Enter',
      ...type('dec'),
      'Enter',
      ...type('buy'),
      'Enter',
      ...type('buy'),
      'Enter',
      'Escape',
    );
    expect(effects).toEqual([{ type: 'commit', row: 1, col: 1, value: ['evaluator', 'decider'] }]);
    expect(state).toEqual(at(1, 1));
  });

  it('roles: Tab saves the ticks and moves right; Esc without changes saves nothing', () => {
    expect(press(at(0, 1), 'Enter', 'Escape').effects).toEqual([]);
    const { state, effects } = press(at(0, 1), ...type('e'), 'Enter', 'Tab');
    expect(effects).toEqual([{ type: 'commit', row: 0, col: 1, value: ['user', 'evaluator'] }]);
    expect(state).toEqual(at(0, 2));
  });

  it('leaving a half-typed pick drops it; leaving a text draft keeps it', () => {
    const pick = press(at(0, 2), ...type('sup')).state;
    expect(blurCell(pick, ctx).effect).toBeUndefined();
    const draft = press(at(1, 3), ...type('budget')).state;
    expect(blurCell(draft, ctx).effect).toEqual({
      type: 'commit',
      row: 1,
      col: 3,
      value: 'budget',
    });
  });
});

describe('a select that takes new names (relationship owner)', () => {
  const members = [
    { value: 'Chen Ming', label: 'Chen Ming' },
    { value: 'Wang Lei', label: 'Wang Lei' },
  ];
  const owner: CellEditor = {
    kind: 'select',
    options: members,
    nullable: true,
    create: (typed) =>
      typed === '' || members.some((m) => m.value.toLowerCase() === typed.toLowerCase())
        ? null
        : { value: typed, label: `Add “${typed}”` },
  };
  const ownerCtx: GridContext = {
    rowCount: 1,
    colCount: 1,
    editorAt: () => owner,
    valueAt: () => null,
  };
  const run = (...keys: (string | GridKey)[]) => {
    let state: GridState = at(0, 0);
    const effects = [];
    for (const k of keys) {
      const key = typeof k === 'string' ? { key: k } : k;
      const result = gridKey(state, key, ownerCtx);
      if (result.effect) effects.push(result.effect);
      state =
        !result.handled && state.editing && key.key.length === 1
          ? typeQuery(state, state.editing.query + key.key)
          : result.state;
    }
    return { state, effects };
  };

  it('offers typed text that names nobody after the matches, and only then', () => {
    expect(shownOptions(owner, 'Chen').map((o) => o.label)).toEqual(['Chen Ming', 'Add “Chen”']);
    expect(shownOptions(owner, ' Xu Jing ').map((o) => o.label)).toEqual(['Add “Xu Jing”']);
    expect(shownOptions(owner, 'wang lei').map((o) => o.label)).toEqual(['Wang Lei']);
    expect(shownOptions(owner, '')).toEqual(members);
  });

  it('Enter on a new name commits it; Enter on a match picks the member', () => {
    expect(run('X', 'u', 'Enter').effects).toEqual([
      { type: 'commit', row: 0, col: 0, value: 'Xu' },
    ]);
    expect(run('C', 'h', 'Enter').effects).toEqual([
      { type: 'commit', row: 0, col: 0, value: 'Chen Ming' },
    ]);
    expect(run('C', 'h', 'ArrowDown', 'Enter').effects).toEqual([
      { type: 'commit', row: 0, col: 0, value: 'Ch' },
    ]);
  });

  it('leaves Enter to the input method while composing', () => {
    const typing = run('X', 'u').state;
    const result = gridKey(typing, { key: 'Enter', composing: true }, ownerCtx);
    expect(result.handled).toBe(false);
    expect(result.effect).toBeUndefined();
  });
});
