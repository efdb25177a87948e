import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { influenceCreate, influenceUpdate } from '../../../../shared/orgchart.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { LineDialog, NEW_LINE, NOTE_MAX, type LineValues } from './LineDialog.tsx';

function renderDialog(over: Partial<Parameters<typeof LineDialog>[0]> = {}) {
  const onSubmit = vi.fn<(values: LineValues) => void>();
  const onDelete = vi.fn();
  renderWithProviders(
    <LineDialog
      opened
      mode="create"
      fromName="Zhou Zhiqiang"
      toName="Wang Jianguo"
      initial={NEW_LINE}
      busy={false}
      error={null}
      onSubmit={onSubmit}
      onDelete={onDelete}
      onClose={vi.fn()}
      {...over}
    />,
    {},
  );
  return { onSubmit, onDelete };
}

describe('LineDialog', () => {
  afterEach(() => cleanup());

  it('starts as an informal, one-way, medium line and sends only valid codes', async () => {
    const { onSubmit } = renderDialog();
    expect(
      ((await screen.findByRole('radio', { name: 'Informal organisation' })) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect((screen.getByRole('radio', { name: 'One way' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Medium' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('Zhou Zhiqiang → Wang Jianguo')).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Personal relationship' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Mutual' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Strong' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: '  classmates at Tongji  ' },
    });
    expect(screen.getByText('Zhou Zhiqiang ↔ Wang Jianguo')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Draw line' }));

    const sent = onSubmit.mock.calls[0]![0];
    expect(sent).toEqual({
      kind: 'personal',
      direction: 'mutual',
      strength: 'strong',
      note: 'classmates at Tongji',
    });
    // What the dialog sends always passes the contract.
    expect(influenceCreate.safeParse({ fromPersonId: 'a', toPersonId: 'b', ...sent }).success).toBe(
      true,
    );
  });

  it('caps the note at the contract length', async () => {
    const { onSubmit } = renderDialog();
    const note = await screen.findByRole('textbox', { name: 'Note' });
    fireEvent.change(note, { target: { value: 'x'.repeat(NOTE_MAX + 50) } });
    fireEvent.click(screen.getByRole('button', { name: 'Draw line' }));
    const sent = onSubmit.mock.calls[0]![0];
    expect(sent.note.length).toBeLessThanOrEqual(NOTE_MAX);
    expect(influenceUpdate.safeParse({ id: 'l', version: 1, ...sent }).success).toBe(true);
  });

  it('edits an existing line and can delete it', async () => {
    const { onSubmit, onDelete } = renderDialog({
      mode: 'edit',
      initial: { kind: 'formal', direction: 'one_way', strength: 'weak', note: 'signs off' },
    });
    expect(
      ((await screen.findByRole('radio', { name: 'Formal organisation' })) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe(
      'signs off',
    );
    fireEvent.click(screen.getByRole('radio', { name: 'Outside the organisation' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ kind: 'external', strength: 'weak' });
    fireEvent.click(screen.getByRole('button', { name: 'Delete line' }));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });
});
