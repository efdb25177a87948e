import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeIssue } from '../../../../shared/issues.ts';
import type { PackagePreview } from '../../../../shared/packages.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { PackagePreviewDialog } from './PackagePreviewDialog.tsx';

const preview: PackagePreview = {
  previewId: 'pv_1',
  fileName: 'Temp.dwpkg',
  accountName: '天普精密机械',
  exportedAt: '2026-11-20T08:00:00.000Z',
  appVersion: '1.4.0',
  items: [
    {
      key: 'person:p_1',
      entity: 'person',
      label: '王强',
      status: 'conflict',
      fields: [{ field: 'title', mine: 'CTO', theirs: 'CIO' }],
    },
    {
      key: 'opportunity:o_1',
      entity: 'opportunity',
      label: 'Plant 2',
      status: 'conflict',
      fields: [{ field: 'amount', mine: '100', theirs: '' }],
    },
    { key: 'person:p_2', entity: 'person', label: '李娜', status: 'new', fields: [] },
    {
      key: 'person:p_3',
      entity: 'person',
      label: '赵伟',
      status: 'theirs',
      fields: [{ field: 'department', mine: 'IT', theirs: 'Ops' }],
    },
    { key: 'account:a_1', entity: 'account', label: '天普精密机械', status: 'same', fields: [] },
  ],
  counts: { new: 1, theirs: 1, mine: 0, conflict: 2, same: 1 },
};

const applied = () => ({
  ok: true as const,
  data: { accountId: 'a_1', created: 1, updated: 2, kept: 1 },
});

const rowOf = (name: RegExp) => screen.getByRole('row', { name });

describe('PackagePreviewDialog', () => {
  afterEach(async () => {
    cleanup();
    await i18n.changeLanguage('en');
  });

  it('lists the records by status with what differs; a choice per conflict or for all', async () => {
    const onImported = vi.fn();
    const onClose = vi.fn();
    const { calls } = renderWithProviders(
      <PackagePreviewDialog preview={preview} onClose={onClose} onImported={onImported} />,
      { 'packages.apply': applied },
    );
    await screen.findByRole('dialog', { name: 'Import account package' });
    screen.getByText('Changed on both sides: 2');
    screen.getByText('1 record is the same here and is not listed.');
    const conflict = rowOf(/Person 王强/);
    within(conflict).getByText('Title: here “CTO”, package “CIO”');
    within(rowOf(/Opportunity Plant 2/)).getByText('Amount: here “100”, package “(empty)”');
    // The same record is not listed.
    expect(screen.queryByRole('row', { name: /Account 天普精密机械/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Take theirs for all' }));
    fireEvent.click(within(conflict).getByText('Mine'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 1 added, 2 updated, 1 kept as they were here.');
    expect(calls.filter((c) => c.channel === 'packages.apply')).toEqual([
      {
        channel: 'packages.apply',
        input: {
          previewId: 'pv_1',
          resolution: 'mine',
          choices: { 'person:p_1': 'mine', 'opportunity:o_1': 'theirs' },
        },
      },
    ]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(onImported).toHaveBeenCalledWith('a_1');
    expect(onClose).toHaveBeenCalled();
  });

  it("shows the server's refusal and stays open", async () => {
    renderWithProviders(<PackagePreviewDialog preview={preview} onClose={() => {}} />, {
      'packages.apply': () => ({
        ok: false,
        error: {
          code: 'invalid_input',
          message: 'clash',
          issues: [makeIssue([], 'package_clash', { record: '王强' })],
        },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    const refusal = await screen.findByRole('alert');
    expect(refusal.textContent).toBe(
      'The package’s record “王强” clashes with one in this workspace (a name already used, for example). Nothing was imported.',
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import' })).toBeTruthy());
  });

  it('reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<PackagePreviewDialog preview={preview} onClose={() => {}} />, {});
    await screen.findByRole('dialog', { name: '导入客户资料包' });
    screen.getByRole('button', { name: '全部保留我的' });
    screen.getByRole('button', { name: '全部采用对方的' });
    within(rowOf(/联系人 王强/)).getByText('职务：我的“CTO”，对方的“CIO”');
    screen.getByText('双方都已修改：2');
  });
});
