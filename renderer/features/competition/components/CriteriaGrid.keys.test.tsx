// The criteria grid answers the grid keys through the shared model (ui/grid): the same keys as
// the committee matrix (CommitteeMatrix.keys.test.tsx), the same way. The model is spied on, so
// each test fails if the grid's cells stop asking it.
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { comparison, ok } from '../test/fixtures.ts';
import type * as EditKeys from '../../../ui/grid/editKeys.ts';
import type * as Grid from './CriteriaGrid.tsx';

vi.mock('../../../ui/grid/editKeys.ts', async (importOriginal) => {
  const model = await importOriginal<typeof EditKeys>();
  return { ...model, editKey: vi.fn(model.editKey) };
});

// Test files share one module graph (vitest.config.ts): the grid may already be loaded with the
// real model, so it is loaded afresh here, taking the spied one.
let CriteriaGrid: typeof Grid.CriteriaGrid;
let editKey: typeof EditKeys.editKey;
beforeAll(async () => {
  vi.resetModules();
  ({ CriteriaGrid } = await import('./CriteriaGrid.tsx'));
  ({ editKey } = await import('../../../ui/grid/editKeys.ts'));
});

function renderGrid() {
  const rendered = renderWithProviders(
    <CriteriaGrid opportunityId="opp_temp" dealName="Line 4" comparison={comparison} />,
    {
      'criteria.comparison': () => ok(comparison),
      'criteria.upsert': (input) => ok({ ...comparison.criteria[0], ...(input as object) }),
    },
  );
  const saves = () => rendered.calls.filter((c) => c.channel === 'criteria.upsert');
  return { saves };
}

const nameCell = (n: number) => screen.getByRole('textbox', { name: `Name of criterion ${n}` });

/** The first criterion's name cell, with `draft` typed. */
function editName(draft: string) {
  const input = nameCell(1);
  input.focus();
  fireEvent.change(input, { target: { value: draft } });
  return input;
}

describe('CriteriaGrid keys (the shared grid model)', () => {
  afterEach(() => {
    cleanup();
    vi.mocked(editKey).mockClear();
  });

  it('ArrowDown moves to the cell below', async () => {
    renderGrid();
    const input = nameCell(1);
    input.focus();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(vi.mocked(editKey)).toHaveLastReturnedWith({ type: 'commit', move: 'down' });
    await waitFor(() => expect(document.activeElement).toBe(nameCell(2)));
  });

  it('Enter commits and moves down', async () => {
    const { saves } = renderGrid();
    const input = editName('Cost');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(vi.mocked(editKey)).toHaveLastReturnedWith({ type: 'commit', move: 'down' });
    await waitFor(() =>
      expect(saves().map((c) => c.input)).toEqual([
        { opportunityId: 'opp_temp', id: 'crit_price', name: 'Cost' },
      ]),
    );
    await waitFor(() => expect(document.activeElement).toBe(nameCell(2)));
  });

  it('Escape cancels: the draft goes, nothing is saved', () => {
    const { saves } = renderGrid();
    const input = editName('Cost');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(vi.mocked(editKey)).toHaveLastReturnedWith({ type: 'cancel' });
    expect(input).toHaveProperty('value', 'Price');
    expect(saves()).toEqual([]);
  });

  it('an Enter that ends an IME composition does not save', () => {
    const { saves } = renderGrid();
    const input = editName('价格');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 }); // Safari, after compositionend
    expect(vi.mocked(editKey)).toHaveBeenLastCalledWith(
      expect.objectContaining({ key: 'Enter', composing: true }),
      true,
    );
    expect(vi.mocked(editKey)).toHaveLastReturnedWith(undefined);
    expect(input).toHaveProperty('value', '价格');
    expect(saves()).toEqual([]);
  });
});
