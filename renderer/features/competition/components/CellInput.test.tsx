import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CellInput } from './CellInput.tsx';

describe('CellInput', () => {
  afterEach(() => cleanup());

  it('leaves the keys of an IME composition to it and saves on the next Enter', async () => {
    const onCommit = vi.fn(async (_text: string) => null);
    renderWithProviders(<CellInput label="Name of criterion 1" value="" onCommit={onCommit} />, {});
    const cell = screen.getByRole('textbox', { name: 'Name of criterion 1' });
    fireEvent.change(cell, { target: { value: '证明' } });

    fireEvent.keyDown(cell, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(cell, { key: 'Enter', keyCode: 229 }); // Safari, after compositionend
    fireEvent.keyDown(cell, { key: 'Escape', isComposing: true }); // drops the pinyin, not the text
    expect(onCommit).not.toHaveBeenCalled();
    expect(cell).toHaveProperty('value', '证明');

    fireEvent.keyDown(cell, { key: 'Enter' });
    await waitFor(() => expect(onCommit).toHaveBeenCalledWith('证明'));
  });
});
