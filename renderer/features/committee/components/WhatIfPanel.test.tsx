import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  memberDefaults,
  type CommitteeMember,
  type WhatIfChange,
} from '../../../../shared/committee.ts';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const person = (id: string, name: string): Person => ({
  ...emptyPersonDraft,
  ...stamp,
  id,
  name,
  accountId: 'acc',
  archived: false,
});
const member = (personId: string, over: Partial<CommitteeMember> = {}): CommitteeMember => ({
  ...memberDefaults,
  roles: [],
  ...stamp,
  id: `m_${personId}`,
  opportunityId: 'opp',
  personId,
  ...over,
});

const people = [person('p_wang', 'Wang'), person('p_li', 'Li')];
const members = [
  member('p_wang', { attitude: 'opponent', influence: 'high' }),
  member('p_li', { contact: 'close' }),
];

function renderPanel(value: WhatIfChange[]) {
  const onChange = vi.fn<(changes: WhatIfChange[]) => void>();
  renderWithProviders(
    <WhatIfPanel members={members} people={people} value={value} onChange={onChange} />,
    {},
  );
  return onChange;
}

const select = (name: string) => screen.getByRole('combobox', { name }) as HTMLSelectElement;

describe('WhatIfPanel', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('emits a change for the picked field and shows the saved values', () => {
    const onChange = renderPanel([]);
    expect(select('Attitude of Wang').value).toBe('opponent');
    expect(select('Influence of Li').value).toBe('');
    expect(screen.getByText('Not saved')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Reset' }) as HTMLButtonElement).disabled).toBe(
      true,
    );

    fireEvent.change(select('Attitude of Wang'), { target: { value: 'supporter' } });
    expect(onChange).toHaveBeenLastCalledWith([{ personId: 'p_wang', attitude: 'supporter' }]);
    fireEvent.change(select('Influence of Wang'), { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith([{ personId: 'p_wang', influence: null }]);
  });

  it('merges changes per person, drops one set back to the saved value, and resets', () => {
    const value: WhatIfChange[] = [
      { personId: 'p_wang', attitude: 'neutral' },
      { personId: 'p_li', contact: 'none' },
    ];
    const onChange = renderPanel(value);
    expect(select('Attitude of Wang').value).toBe('neutral');
    expect(screen.getByText('saved: Opponent')).toBeTruthy();
    expect(screen.getByText('People changed: 2')).toBeTruthy();

    fireEvent.change(select('Contact of Wang'), { target: { value: 'frequent' } });
    expect(onChange).toHaveBeenLastCalledWith([
      { personId: 'p_wang', attitude: 'neutral', contact: 'frequent' },
      { personId: 'p_li', contact: 'none' },
    ]);
    fireEvent.change(select('Contact of Li'), { target: { value: 'close' } });
    expect(onChange).toHaveBeenLastCalledWith([{ personId: 'p_wang', attitude: 'neutral' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderPanel([]);
    expect(select('Wang的态度').value).toBe('opponent');
    expect(screen.getByRole('option', { name: '反对者', selected: true })).toBeTruthy();
    expect(screen.getByText('未保存')).toBeTruthy();
  });
});
