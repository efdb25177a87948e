import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Activity } from '../../../../shared/activities.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { ActivityForm } from './ActivityForm.tsx';

const person = (id: string, name: string): Person => ({
  id,
  accountId: 'acc_1',
  name,
  title: '',
  department: '',
  level: null,
  managerId: null,
  secondManagerId: null,
  external: false,
  organization: '',
  phone: '',
  email: '',
  birthday: null,
  interests: '',
  education: '',
  notes: '',
  archived: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const existing: Activity = {
  id: 'act_1',
  accountId: 'acc_1',
  opportunityId: 'opp_1',
  kind: 'visit',
  date: '2026-11-20',
  personIds: ['p_zhou'],
  summary: 'Plant tour',
  promises: '',
  nextStep: 'Send the offer',
  nextDate: '2026-11-27',
  owner: 'Zheng Peng',
  version: 2,
  createdAt: '2026-11-20T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
};

describe('ActivityForm', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  const render = (activity?: Activity) => {
    const onClose = vi.fn();
    const rendered = renderWithProviders(
      <ActivityForm
        accountId="acc_1"
        opportunityId="opp_1"
        {...(activity ? { activity } : {})}
        people={[person('p_zhou', 'Zhou Zhiqiang'), person('p_ma', 'Ma Guodong')]}
        committeeIds={['p_zhou']}
        onClose={onClose}
      />,
      {
        'activities.update': (input) => ({ ok: true, data: { ...existing, ...(input as object) } }),
        'activities.create': (input) => ({ ok: true, data: { ...existing, ...(input as object) } }),
      },
    );
    // The owner picker reads our team; what matters here is what the form sends.
    const sent = () => rendered.calls.filter((c) => c.channel !== 'team.list');
    return { ...rendered, sent, onClose };
  };

  it('refuses a next date before the date at the field and sends nothing', async () => {
    const { sent, onClose } = render(existing);
    const next = await screen.findByRole('textbox', { name: 'Next date' });
    fireEvent.change(next, { target: { value: '2026-11-01' } });
    fireEvent.blur(next);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('The next date cannot be before the activity date.'),
    ).toBeTruthy();
    expect(sent()).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('asks for a summary before logging a new activity', async () => {
    const { sent } = render();
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This field is required.')).toBeTruthy();
    expect(sent()).toEqual([]);
  });

  it('saves an edit with the version it was opened at', async () => {
    const { sent, onClose } = render(existing);
    fireEvent.change(await screen.findByRole('textbox', { name: /Summary/ }), {
      target: { value: 'Plant tour with the director' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent()).toMatchObject([
      {
        channel: 'activities.update',
        input: { id: 'act_1', version: 2, summary: 'Plant tour with the director' },
      },
    ]);
  });
});
