import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CardActionsContext, type CardActions } from './mapContext.ts';
import { CardEditor } from './MapCard.tsx';

const person: Person = {
  ...emptyPersonDraft,
  id: 'p_ma',
  accountId: 'acc_temp',
  name: 'Ma Guodong',
  title: 'VP Operations',
  archived: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('CardEditor (a map card edited in place)', () => {
  afterEach(() => cleanup());

  it('does not save on the Enter or Escape of an IME composition, then saves on Enter', () => {
    const actions = { saveEdit: vi.fn(), cancelEdit: vi.fn() } as unknown as CardActions;
    renderWithProviders(
      <CardActionsContext.Provider value={actions}>
        <CardEditor
          data={{
            person,
            member: null,
            roleLabels: [],
            dimmed: false,
            editing: true,
            attach: 'top',
          }}
        />
      </CardActionsContext.Provider>,
      {},
    );
    const title = screen.getByRole('textbox', { name: 'Title' });
    fireEvent.change(title, { target: { value: '证明' } });

    fireEvent.keyDown(title, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(title, { key: 'Enter', keyCode: 229 }); // Safari, after compositionend
    fireEvent.keyDown(title, { key: 'Escape', isComposing: true });
    expect(actions.saveEdit).not.toHaveBeenCalled();
    expect(actions.cancelEdit).not.toHaveBeenCalled();

    fireEvent.keyDown(title, { key: 'Enter' });
    expect(actions.saveEdit).toHaveBeenCalledWith(
      person,
      expect.objectContaining({ name: 'Ma Guodong', title: '证明' }),
    );
  });
});
