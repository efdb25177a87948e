// The committee matrix answers the grid keys through the shared model (ui/grid): the same keys
// as the criteria grid (CriteriaGrid.keys.test.tsx), the same way. The model's functions are
// spied on, so each test fails if the matrix stops asking the model.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { memberDefaults, type CommitteeMember } from '../../../../shared/committee.ts';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import type * as EditKeys from '../../../ui/grid/editKeys.ts';
import type * as GridKeys from '../../../ui/grid/gridKeys.ts';
import type * as Grid from './CommitteeMatrix.tsx';

vi.mock('../../../ui/grid/editKeys.ts', async (importOriginal) => {
  const model = await importOriginal<typeof EditKeys>();
  return { ...model, editKey: vi.fn(model.editKey) };
});
vi.mock('../../../ui/grid/gridKeys.ts', async (importOriginal) => {
  const model = await importOriginal<typeof GridKeys>();
  return { ...model, gridKey: vi.fn(model.gridKey) };
});

// Test files share one module graph (vitest.config.ts): the grid may already be loaded with the
// real model, so it is loaded afresh here, taking the spied one.
let CommitteeMatrix: typeof Grid.CommitteeMatrix;
let editKey: typeof EditKeys.editKey;
let gridKey: typeof GridKeys.gridKey;
beforeAll(async () => {
  vi.resetModules();
  ({ CommitteeMatrix } = await import('./CommitteeMatrix.tsx'));
  ({ editKey } = await import('../../../ui/grid/editKeys.ts'));
  ({ gridKey } = await import('../../../ui/grid/gridKeys.ts'));
});

const person = (id: string, name: string): Person => ({
  ...emptyPersonDraft,
  id,
  accountId: 'acc_1',
  name,
  archived: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const member = (personId: string, concerns: string): CommitteeMember => ({
  ...memberDefaults,
  id: `m_${personId}`,
  opportunityId: 'opp_1',
  personId,
  concerns,
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

function renderMatrix() {
  const rendered = renderWithProviders(
    <CommitteeMatrix
      opportunityId="opp_1"
      dealName="Line 4"
      accountId="acc_1"
      members={[member('p_ma', 'price'), member('p_li', 'delivery')]}
      people={[person('p_ma', 'Ma Guodong'), person('p_li', 'Li Na')]}
      roles={[]}
      onOpenPerson={() => {}}
      focusRequest={null}
    />,
    {
      'committee.upsertMember': (input) => ({
        ok: true,
        data: { ...member('p_ma', ''), ...(input as object), version: 4 },
      }),
    },
  );
  const saves = () => rendered.calls.filter((c) => c.channel === 'committee.upsertMember');
  return { saves };
}

/** The "Concerns" cell of Ma, in edit with `draft` typed. */
function editConcerns(draft: string) {
  const cell = screen.getByRole('gridcell', { name: 'Concerns: price' });
  fireEvent.mouseDown(cell);
  fireEvent.keyDown(cell, { key: 'Enter' });
  const input = within(cell).getByRole('textbox', { name: 'Concerns' });
  fireEvent.change(input, { target: { value: draft } });
  return { cell, input };
}

describe('CommitteeMatrix keys (the shared grid model)', () => {
  afterEach(() => {
    cleanup();
    vi.mocked(editKey).mockClear();
    vi.mocked(gridKey).mockClear();
  });

  it('ArrowDown moves to the cell below', () => {
    renderMatrix();
    const cell = screen.getByRole('gridcell', { name: 'Concerns: price' });
    fireEvent.mouseDown(cell);
    fireEvent.keyDown(cell, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(
      screen.getByRole('gridcell', { name: 'Concerns: delivery' }),
    );
    expect(vi.mocked(gridKey).mock.results.at(-1)?.value).toMatchObject({
      state: { row: 1 },
      handled: true,
    });
  });

  it('Enter commits and moves down', async () => {
    const { saves } = renderMatrix();
    const { input } = editConcerns('budget');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(vi.mocked(editKey)).toHaveLastReturnedWith({ type: 'commit', move: 'down' });
    await waitFor(() =>
      expect(saves().map((c) => c.input)).toEqual([
        { opportunityId: 'opp_1', personId: 'p_ma', version: 3, concerns: 'budget' },
      ]),
    );
    expect(document.activeElement).toBe(
      screen.getByRole('gridcell', { name: 'Concerns: delivery' }),
    );
  });

  it('Escape cancels: the draft goes, nothing is saved', () => {
    const { saves } = renderMatrix();
    const { cell, input } = editConcerns('budget');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(vi.mocked(editKey)).toHaveLastReturnedWith({ type: 'cancel' });
    expect(within(cell).queryByRole('textbox')).toBeNull();
    expect(cell.textContent).toBe('price');
    expect(saves()).toEqual([]);
  });

  it('an Enter that ends an IME composition does not save', () => {
    const { saves } = renderMatrix();
    const { input } = editConcerns('预算');
    fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(input, { key: 'Enter', keyCode: 229 }); // Safari, after compositionend
    expect(vi.mocked(gridKey)).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ key: 'Enter', composing: true }),
      expect.anything(),
    );
    expect(vi.mocked(gridKey).mock.results.at(-1)?.value).toMatchObject({ handled: false });
    expect(input).toHaveProperty('value', '预算');
    expect(saves()).toEqual([]);
  });
});
