import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportSummary } from '../../../../shared/imports.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { ok, summary } from '../test/fixtures.ts';
import { ImportHistory } from './ImportHistory.tsx';

const standing = summary({ id: 'imp_2', name: 'Tianpu people', created: 12, updated: 3 });
const undone = summary({
  id: 'imp_1',
  name: 'CRM deals',
  recordType: 'opportunities',
  source: 'xiaoshouyi',
  undoneAt: '2026-11-22T08:00:00.000Z',
});

describe('ImportHistory', () => {
  it('lists the imports and undoes one only after confirming', async () => {
    let items: ImportSummary[] = [standing, undone];
    const { calls } = renderWithProviders(<ImportHistory />, {
      'imports.list': () => ok({ total: items.length, items }),
      'imports.undo': () => {
        items = [{ ...standing, undoneAt: '2026-11-23T09:00:00.000Z' }, undone];
        return ok(items[0]);
      },
    });
    const table = await screen.findByRole('table', { name: 'Imports, newest first' });
    const rowOf = (name: string) => within(table).getByText(name).closest('tr') as HTMLElement;
    expect(within(rowOf('Tianpu people')).getByText('12 created · 3 updated')).toBeTruthy();
    expect(within(rowOf('CRM deals')).getByText('销售易')).toBeTruthy();
    expect(within(rowOf('CRM deals')).getByText('Opportunities')).toBeTruthy();
    expect(within(rowOf('CRM deals')).getByText(/^Undone /)).toBeTruthy();
    // An undone import cannot be undone again.
    expect(within(rowOf('CRM deals')).queryByRole('button')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Undo “Tianpu people”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Undo “Tianpu people”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.filter((c) => c.channel === 'imports.undo')).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Undo “Tianpu people”' }));
    fireEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Undo import' }),
    );
    await waitFor(() => expect(within(rowOf('Tianpu people')).getByText(/^Undone /)).toBeTruthy());
    expect(calls.filter((c) => c.channel === 'imports.undo')).toEqual([
      { channel: 'imports.undo', input: { id: 'imp_2' } },
    ]);
  });

  it('says why an undo was refused and leaves the import standing', async () => {
    renderWithProviders(<ImportHistory />, {
      'imports.list': () => ok({ total: 1, items: [standing] }),
      'imports.undo': () => ({
        ok: false,
        error: { code: 'conflict', message: 'A record of this import changed after it.' },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Undo “Tianpu people”' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Undo import' }));
    expect(
      await within(dialog).findByText('This record was changed elsewhere in the meantime.'),
    ).toBeTruthy();
    expect(screen.getByRole('dialog')).toBeTruthy();
  });

  it('says when nothing was imported yet', async () => {
    renderWithProviders(<ImportHistory />, {
      'imports.list': () => ok({ total: 0, items: [] }),
    });
    expect(await screen.findByText('Nothing has been imported yet.')).toBeTruthy();
  });
});
