import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TeamMemberListItem } from '../../../../shared/team.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { ADD, ownerOptions } from '../utils/ownerOptions.ts';
import { OwnerPicker } from './OwnerPicker.tsx';

const member = (id: string, name: string, archived = false): TeamMemberListItem => ({
  id,
  name,
  role: '',
  managerId: null,
  archived,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  managerName: null,
  reportCount: 0,
});
const TEAM = [member('m1', 'Chen Ming'), member('m2', 'Wang Lei'), member('m3', 'Old Li', true)];

let picked: string[] = [];
function Harness({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <OwnerPicker
      label="Owner"
      value={value}
      onChange={(name) => {
        picked.push(name);
        setValue(name);
      }}
    />
  );
}

const render = (initial = '') =>
  renderWithProviders(<Harness initial={initial} />, {
    'team.list': () => ({ ok: true, data: { items: TEAM, total: TEAM.length } }),
  });
const input = () => screen.getByRole('combobox', { name: 'Owner' }) as HTMLInputElement;
const options = () => screen.queryAllByRole('option').map((o) => o.textContent);

describe('OwnerPicker', () => {
  afterEach(async () => {
    cleanup();
    picked = [];
    await i18n.changeLanguage('en');
  });

  it('offers the active members, and picks one by name', async () => {
    render();
    fireEvent.click(input());
    await waitFor(() => expect(options()).toEqual(['Chen Ming', 'Wang Lei']));
    fireEvent.click(screen.getByRole('option', { name: 'Wang Lei' }));
    expect(picked).toEqual(['Wang Lei']);
    expect(input().value).toBe('Wang Lei');
  });

  it('shows an archived owner as archived, in both languages', async () => {
    render('Old Li');
    await waitFor(() => expect(input().value).toBe('Old Li (archived)'));
    await i18n.changeLanguage('zh-CN');
    await waitFor(() => expect(input().value).toBe('Old Li（已归档）'));
  });
});

describe('ownerOptions', () => {
  const words = { archived: (n: string) => `${n} (archived)`, add: (n: string) => `Add ${n}` };
  const labels = (value: string, search: string) =>
    ownerOptions(TEAM, value, search, words).map((o) => o.label);

  it('offers a typed new name as a member to add, whose value carries the name', () => {
    expect(labels('', 'Xu Jing')).toEqual(['Chen Ming', 'Wang Lei', 'Add Xu Jing']);
    expect(ownerOptions(TEAM, '', ' Xu Jing ', words).at(-1)?.value).toBe(`${ADD}Xu Jing`);
  });

  it('does not offer a name the team has in another spelling or width, archived included', () => {
    expect(labels('', 'chen ming')).toEqual(['Chen Ming', 'Wang Lei']);
    expect(labels('', 'ＷＡＮＧ lei')).toEqual(['Chen Ming', 'Wang Lei']);
    expect(labels('', 'old li')).toEqual(['Chen Ming', 'Wang Lei']);
  });

  it('keeps the current owner: archived, or a name not yet in the team; the picked label is no new name', () => {
    expect(labels('Old Li', 'Old Li (archived)')).toEqual([
      'Chen Ming',
      'Wang Lei',
      'Old Li (archived)',
    ]);
    expect(labels('Xu Jing', 'Xu Jing')).toEqual(['Chen Ming', 'Wang Lei', 'Xu Jing']);
  });
});
