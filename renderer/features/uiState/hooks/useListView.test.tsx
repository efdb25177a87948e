import { act, screen, waitFor } from '@testing-library/react';
import type { ColumnDef } from '@tanstack/react-table';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_VIEW, type ViewState } from '../../../../shared/uiState.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { DataTable } from '../../../ui/DataTable.tsx';
import { useListView } from './useListView.ts';

type Row = { id: string; name: string };
const ROWS: Row[] = [
  { id: 'a', name: 'Alpha' },
  { id: 'b', name: 'Beta' },
];

let renders = 0;
const COLUMNS: ColumnDef<Row>[] = [
  {
    id: 'name',
    accessorFn: (r) => r.name,
    // Counts the table's renders; a runaway render fails here instead of hanging the test.
    header: () => {
      renders += 1;
      if (renders > 50) throw new Error('render loop');
      return 'Name';
    },
  },
  { id: 'size', header: 'Size', accessorFn: (r) => r.name.length },
];

const NO_FILTERS = {};

/** A list as the pipeline table is: a remembered view, no filters of its own, no default sort. */
function List() {
  const view = useListView('pipelineTable', NO_FILTERS);
  const [clicks, setClicks] = useState(0);
  return (
    <>
      <button onClick={() => setClicks(clicks + 1)}>again {clicks}</button>
      <DataTable
        label="Deals"
        data={ROWS}
        columns={COLUMNS}
        getRowId={(r) => r.id}
        onOpen={() => {}}
        empty="none"
        view={view.ready ? view.table : undefined}
      />
    </>
  );
}

describe('useListView with DataTable', () => {
  afterEach(() => {
    renders = 0;
    window.location.hash = '';
  });

  it('settles after a re-render of the list (it once rendered without end)', async () => {
    window.location.hash = '#/pipeline/table';
    const saved: ViewState[] = [];
    renderWithProviders(<List />, {
      'viewState.get': () => ({ ok: true, data: null }),
      'viewState.save': (input) => {
        saved.push((input as { state: ViewState }).state);
        return { ok: true, data: (input as { state: ViewState }).state, changed: [] };
      },
    });
    await screen.findByRole('button', { name: 'Columns' }, { timeout: 5000 });
    for (let i = 1; i <= 3; i += 1) {
      act(() => screen.getByRole('button', { name: /again/ }).click());
      await screen.findByRole('button', { name: `again ${i}` });
    }
    // Let any queued table update run.
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(renders).toBeLessThan(15);
    // A plain re-render changes nothing worth keeping.
    expect(saved).toEqual([]);
    expect(window.location.hash).toBe('#/pipeline/table');
  });

  it('keeps a sort chosen on the table and writes it once', async () => {
    window.location.hash = '#/pipeline/table';
    const saved: ViewState[] = [];
    renderWithProviders(<List />, {
      'viewState.get': () => ({ ok: true, data: null }),
      'viewState.save': (input) => {
        saved.push((input as { state: ViewState }).state);
        return { ok: true, data: (input as { state: ViewState }).state, changed: [] };
      },
    });
    await screen.findByRole('button', { name: 'Columns' }, { timeout: 5000 });
    act(() => screen.getByRole('button', { name: 'Size' }).click());
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toEqual({ ...EMPTY_VIEW, sorting: [{ id: 'size', desc: true }] });
    expect(renders).toBeLessThan(20);
  });
});
