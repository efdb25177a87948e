import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CommitteeDialog, NOT_A_MEMBER, type CommitteeValues } from './CommitteeDialog.tsx';

const ROLES = [
  { value: 'decider', label: 'Decider' },
  { value: 'user', label: 'User' },
];

function renderDialog(over: Partial<Parameters<typeof CommitteeDialog>[0]> = {}) {
  const onSubmit = vi.fn<(values: CommitteeValues) => void>();
  const onClose = vi.fn();
  renderWithProviders(
    <CommitteeDialog
      opened
      personName="Ma Guodong"
      roleOptions={ROLES}
      initial={NOT_A_MEMBER}
      busy={false}
      error={null}
      onSubmit={onSubmit}
      onClose={onClose}
      {...over}
    />,
    {},
  );
  return { onSubmit, onClose };
}

const radio = (name: string) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('CommitteeDialog', () => {
  afterEach(() => cleanup());

  it('puts a person on the committee with attitude, influence and contact', async () => {
    const { onSubmit } = renderDialog();
    const onCommittee = (await screen.findByRole('switch', {
      name: "On this deal's committee",
    })) as HTMLInputElement;
    expect(onCommittee.checked).toBe(false);
    expect(radio('Supporter').disabled).toBe(true);

    fireEvent.click(onCommittee);
    fireEvent.click(radio('Supporter'));
    fireEvent.click(radio('High'));
    fireEvent.click(radio('Frequent'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(onSubmit).toHaveBeenCalledWith({
      member: true,
      roles: [],
      attitude: 'supporter',
      influence: 'high',
      contact: 'frequent',
    });
  });

  it('saves on Enter from the switch, keeping the roles held', async () => {
    const { onSubmit } = renderDialog({
      initial: {
        member: true,
        roles: ['decider'],
        attitude: 'opponent',
        influence: null,
        contact: 'none',
      },
    });
    await screen.findByRole('switch');
    expect(radio('Unknown').checked).toBe(true);
    expect(radio('Opponent').checked).toBe(true);
    fireEvent.click(radio('Low'));
    fireEvent.keyDown(screen.getByRole('switch'), { key: 'Enter' });
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ member: true, roles: ['decider'], influence: 'low' }),
    );
  });

  it('does not save on the Enter that finishes an IME composition', async () => {
    const { onSubmit } = renderDialog();
    fireEvent.click(await screen.findByRole('switch'));
    fireEvent.keyDown(screen.getByRole('switch'), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(screen.getByRole('switch'), { key: 'Enter', keyCode: 229 });
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.keyDown(screen.getByRole('switch'), { key: 'Enter' });
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ member: true }));
  });

  it('asks once more before taking off someone who holds roles', async () => {
    const { onSubmit } = renderDialog({
      initial: {
        member: true,
        roles: ['decider'],
        attitude: 'neutral',
        influence: 'high',
        contact: 'close',
      },
    });
    fireEvent.click(await screen.findByRole('switch'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Take off the committee?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Take off committee' }));
    expect(onSubmit).toHaveBeenCalledWith(NOT_A_MEMBER);
  });

  it('shows a refusal and cancels with Esc', async () => {
    const { onClose } = renderDialog({ error: 'Someone else changed this member.' });
    expect((await screen.findByRole('alert')).textContent).toContain('Someone else changed');
    fireEvent.keyDown(screen.getByRole('switch'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });
});
