import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announceDone, announceSteps } from '../data/undoSteps.ts';
import { renderWithProviders } from '../test/renderWithProviders.tsx';
import { UndoRedo } from './UndoRedo.tsx';

const move = { id: 7, action: 'move', entity: 'opportunity' } as const;
const alerts = () => screen.queryAllByRole('alert');

describe('the undo toast', () => {
  it("says the feature's own words with Undo: one toast for a move, not two", async () => {
    renderWithProviders(<UndoRedo />, {});
    act(() => {
      announceSteps([move]);
      announceDone('Moved to “Proposal”.');
    });
    await waitFor(() => expect(screen.getByText('Moved to “Proposal”.')).toBeTruthy());
    expect(alerts()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    expect(screen.queryByText('Opportunity moved.')).toBeNull();
  });

  it('names the step itself when the feature says nothing, and replaces those words if they come late', async () => {
    renderWithProviders(<UndoRedo />, {});
    act(() => announceSteps([move]));
    await waitFor(() => expect(screen.getByText('Opportunity moved.')).toBeTruthy());
    act(() => announceDone('Moved to “Proposal”.'));
    await waitFor(() => expect(screen.getByText('Moved to “Proposal”.')).toBeTruthy());
    expect(screen.queryByText('Opportunity moved.')).toBeNull();
    expect(alerts()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('a write that made no step gets a plain notice, without Undo', async () => {
    renderWithProviders(<UndoRedo />, {});
    act(() => announceDone('Appearance saved.'));
    await waitFor(() => expect(screen.getByText('Appearance saved.')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});
