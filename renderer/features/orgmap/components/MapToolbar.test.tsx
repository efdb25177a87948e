import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { MapToolbar } from './MapToolbar.tsx';

const idle = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

function renderToolbar(over: Partial<Parameters<typeof MapToolbar>[0]> = {}) {
  const props = {
    opportunities: [{ id: 'opp_1', name: 'Plant 2 line' }],
    opportunityId: null,
    onDealChange: vi.fn(),
    hidden: new Set<never>(),
    onToggleLine: vi.fn(),
    people: [],
    onFind: vi.fn(),
    onAddPerson: vi.fn(),
    onAddExternal: vi.fn(),
    onRelayout: vi.fn(),
    undo: idle,
    onUndo: vi.fn(),
    onRedo: vi.fn(),
    onExport: vi.fn(),
    exporting: false,
    ...over,
  };
  renderWithProviders(<MapToolbar {...props} />, {});
  return props;
}

describe('MapToolbar', () => {
  afterEach(() => cleanup());

  it('shows and hides lines by kind', async () => {
    const props = renderToolbar({ hidden: new Set(['dotted']) });
    fireEvent.click(screen.getByRole('button', { name: 'Show or hide lines by kind' }));
    const group = await screen.findByRole('group', { name: 'Show or hide lines by kind' });
    const personal = within(group).getByRole('checkbox', { name: 'Personal relationship' });
    const dotted = within(group).getByRole('checkbox', { name: 'Dotted-line reporting' });
    expect((personal as HTMLInputElement).checked).toBe(true);
    expect((dotted as HTMLInputElement).checked).toBe(false);
    expect(within(group).getAllByRole('checkbox')).toHaveLength(6);
    fireEvent.click(personal);
    expect(props.onToggleLine).toHaveBeenCalledWith('personal', false);
    fireEvent.click(dotted);
    expect(props.onToggleLine).toHaveBeenCalledWith('dotted', true);
  });

  it('offers undo and redo only when there is something to take back', () => {
    const first = renderToolbar();
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement).disabled).toBe(true);
    expect(first.onUndo).not.toHaveBeenCalled();
    cleanup();
    const props = renderToolbar({
      undo: { ...idle, canUndo: true, undoLabel: 'move Zhang Wei' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(props.onUndo).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('button', { name: 'Redo' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('adds people and exports from its buttons and menu', async () => {
    const props = renderToolbar();
    fireEvent.click(screen.getByRole('button', { name: 'Add person' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add outside person' }));
    expect(props.onAddPerson).toHaveBeenCalledTimes(1);
    expect(props.onAddExternal).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'PDF, A3 landscape' }));
    expect(props.onExport).toHaveBeenCalledWith('pdf-a3');
  });
});
