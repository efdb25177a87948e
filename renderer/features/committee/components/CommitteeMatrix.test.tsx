import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { memberDefaults, type CommitteeMember } from '../../../../shared/committee.ts';
import { makeIssue } from '../../../../shared/issues.ts';
import { emptyPersonDraft, type Person } from '../../../../shared/schemas.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { CommitteeMatrix } from './CommitteeMatrix.tsx';

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
const member: CommitteeMember = {
  ...memberDefaults,
  id: 'm_ma',
  opportunityId: 'opp_1',
  personId: 'p_ma',
  attitude: 'neutral',
  version: 3,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

function renderMatrix(server: Parameters<typeof renderWithProviders>[1]) {
  return renderWithProviders(
    <CommitteeMatrix
      opportunityId="opp_1"
      dealName="Line 4"
      accountId="acc_temp"
      members={[member]}
      people={[person]}
      roles={[]}
      onOpenPerson={() => {}}
      focusRequest={null}
    />,
    server,
  );
}

describe('CommitteeMatrix', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('sends only the edited field with the held version, and shows a refusal at the cell in Chinese, keeping the old value', async () => {
    await i18n.changeLanguage('zh-CN');
    const { calls } = renderMatrix({
      'committee.upsertMember': () => ({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'The input is not valid.',
          issues: [makeIssue(['lastContactDate'], 'invalid_date')],
        },
      }),
    });

    const grid = screen.getByRole('grid', { name: '采购中心' });
    const cell = within(grid).getByRole('gridcell', { name: '最近联系：未设置' });
    fireEvent.mouseDown(cell);
    fireEvent.keyDown(cell, { key: '2' });
    const input = within(cell).getByRole('textbox', { name: '最近联系' });
    fireEvent.change(input, { target: { value: '2026-13-45' } });
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() =>
      expect(within(cell).getByRole('alert').textContent).toBe('日期无效（格式为 YYYY-MM-DD）。'),
    );
    expect(calls.filter((c) => c.channel === 'committee.upsertMember')).toEqual([
      {
        channel: 'committee.upsertMember',
        input: {
          opportunityId: 'opp_1',
          personId: 'p_ma',
          version: 3,
          lastContactDate: '2026-13-45',
        },
      },
    ]);
    expect(cell.getAttribute('aria-label')).toBe('最近联系：未设置');
  });

  it('picks an attitude by typing "opp" and Enter, and saves just that', async () => {
    const { calls } = renderMatrix({
      'committee.upsertMember': (input) => ({
        ok: true,
        data: { ...member, ...(input as object), version: 4 },
      }),
    });
    const cell = screen.getByRole('gridcell', { name: 'Attitude: Neutral' });
    fireEvent.mouseDown(cell);
    fireEvent.keyDown(cell, { key: 'o' });
    const input = within(cell).getByRole('combobox', { name: 'Attitude' });
    fireEvent.change(input, { target: { value: 'opp' } });
    expect(
      within(screen.getByRole('listbox', { name: 'Attitude' }))
        .getByRole('option', { name: 'Opponent' })
        .getAttribute('aria-selected'),
    ).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() =>
      expect(calls.find((c) => c.channel === 'committee.upsertMember')?.input).toEqual({
        opportunityId: 'opp_1',
        personId: 'p_ma',
        version: 3,
        attitude: 'opponent',
      }),
    );
  });
});
