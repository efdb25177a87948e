import { useQuery } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../../shared/changed.ts';
import type { RecentWorkspace, WorkspaceInfo } from '../../../../shared/workspace.ts';
import { readQuery } from '../../../data/read.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import { okInfo } from '../test/fixtures.ts';
import { WorkspaceSettings } from './WorkspaceSettings.tsx';

const copyPath = '/home/li/deals/copy.sqlite';
const recent: RecentWorkspace[] = [
  {
    path: okInfo.path,
    name: 'workspace.sqlite',
    lastOpenedAt: '2026-11-23T02:00:00.000Z',
    exists: true,
  },
  { path: copyPath, name: 'copy.sqlite', lastOpenedAt: '2026-11-22T02:00:00.000Z', exists: true },
  {
    path: '/media/usb/old.sqlite',
    name: 'old.sqlite',
    lastOpenedAt: '2026-11-01T02:00:00.000Z',
    exists: false,
  },
];

/** The accounts list, to see that every view reads from the file opened. */
function AccountNames() {
  const accounts = useQuery(readQuery('accounts.list', {}));
  return <p data-testid="accounts">{accounts.data?.map((a) => a.name).join(' | ')}</p>;
}

function server(overrides: FakeServer = {}) {
  let info: WorkspaceInfo = okInfo;
  let list = recent;
  let names = ['Main Co'];
  const fake: FakeServer = {
    'workspace.info': () => ({ ok: true, data: info }),
    'workspace.backups': () => ({ ok: true, data: [] }),
    'workspace.recent': () => ({ ok: true, data: list }),
    'accounts.list': () => ({
      ok: true,
      data: names.map((name, i) => ({ id: `a${i}`, name }) as never),
    }),
    'workspace.open': (input) => {
      const { path } = input as { path: string };
      info = { ...okInfo, path };
      names = ['Copy Co'];
      return { ok: true, data: info, changed: [...ENTITIES] };
    },
    'workspace.forgetRecent': (input) => {
      list = list.filter((r) => r.path !== (input as { path: string }).path);
      return { ok: true, data: list, changed: ['recent_workspace'] };
    },
    ...overrides,
  };
  return fake;
}

const recentRows = async () =>
  within(await screen.findByRole('table', { name: 'Recent workspaces, newest first' }))
    .getAllByRole('row')
    .slice(1);

describe('Workspace files', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('saves a copy at a typed path, showing the server’s reason when it refuses', async () => {
    let answers = 0;
    const { calls } = renderWithProviders(
      <WorkspaceSettings />,
      server({
        'workspace.saveCopy': (input) =>
          answers++ === 0
            ? {
                ok: false,
                error: {
                  code: 'invalid_input',
                  message: 'The path cannot be used.',
                  issues: [{ path: ['path'], code: 'file_exists', message: 'exists' }],
                },
              }
            : {
                ok: true,
                data: { path: (input as { path: string }).path, sizeBytes: 10 },
                changed: ['recent_workspace'],
              },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Save a copy…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save a copy of the workspace' });
    const field = within(dialog).getByRole('textbox', { name: 'File path' });
    expect((field as HTMLInputElement).value).toBe('/home/li/deals/workspace copy.sqlite');

    // Checked as typed: a relative path is refused before anything is sent.
    fireEvent.change(field, { target: { value: 'copy.sqlite' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the copy' }));
    expect(await within(dialog).findByText(/^Give the full path/)).toBeTruthy();
    expect(calls.some((c) => c.channel === 'workspace.saveCopy')).toBe(false);

    fireEvent.change(field, { target: { value: copyPath } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the copy' }));
    expect(await within(dialog).findByText('A file with this name already exists.')).toBeTruthy();

    fireEvent.click(
      within(dialog).getByRole('checkbox', { name: 'Replace the file if it already exists' }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the copy' }));
    expect(await screen.findByText(`Saved a copy to ${copyPath}.`)).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'workspace.saveCopy').map((c) => c.input)).toEqual([
      { path: copyPath, overwrite: false },
      { path: copyPath, overwrite: true },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('creates a new workspace, with the demo when ticked', async () => {
    const { calls } = renderWithProviders(
      <WorkspaceSettings />,
      server({
        'workspace.create': (input) => ({
          ok: true,
          data: { ...okInfo, path: (input as { path: string }).path },
          changed: [...ENTITIES],
        }),
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'New workspace…' }));
    const dialog = await screen.findByRole('dialog', { name: 'New workspace' });
    expect(dialog.textContent).toContain('An existing file is never replaced.');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /demo/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create and open' }));
    expect(
      await screen.findByText(
        'Created and opened the workspace /home/li/deals/new workspace.sqlite.',
      ),
    ).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'workspace.create').map((c) => c.input)).toEqual([
      { path: '/home/li/deals/new workspace.sqlite', withDemo: true },
    ]);
  });

  it('lists recent files, opens one after confirming, and every view reads the new file', async () => {
    const { calls } = renderWithProviders(
      <>
        <WorkspaceSettings />
        <AccountNames />
      </>,
      server(),
    );
    const rows = await recentRows();
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual([
      'workspace.sqliteOpen now',
      'copy.sqlite',
      'old.sqliteMissing: the file is no longer there',
    ]);
    // The open file and a missing one cannot be opened from the list.
    expect(within(rows[0]!).queryByRole('button', { name: /^Open/ })).toBeNull();
    expect(within(rows[2]!).queryByRole('button', { name: /^Open/ })).toBeNull();
    await waitFor(() => expect(screen.getByTestId('accounts').textContent).toBe('Main Co'));

    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Open copy.sqlite' }));
    let dialog = await screen.findByRole('dialog', { name: 'Open this workspace?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.some((c) => c.channel === 'workspace.open')).toBe(false);

    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Open copy.sqlite' }));
    dialog = await screen.findByRole('dialog', { name: 'Open this workspace?' });
    expect(dialog.textContent).toContain(copyPath);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await screen.findByText(`Opened the workspace ${copyPath}.`)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('accounts').textContent).toBe('Copy Co'));
    expect(calls.filter((c) => c.channel === 'workspace.open').map((c) => c.input)).toEqual([
      { path: copyPath },
    ]);
  });

  it('removes a missing file from the list, leaving the others', async () => {
    const { calls } = renderWithProviders(<WorkspaceSettings />, server());
    await recentRows();
    fireEvent.click(screen.getByRole('button', { name: 'Remove old.sqlite from the list' }));
    expect(await screen.findByText(/^old.sqlite was removed from the list/)).toBeTruthy();
    await waitFor(async () => expect(await recentRows()).toHaveLength(2));
    expect(calls.filter((c) => c.channel === 'workspace.forgetRecent').map((c) => c.input)).toEqual(
      [{ path: '/media/usb/old.sqlite' }],
    );
  });

  it('reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<WorkspaceSettings />, server());
    expect(await screen.findByRole('button', { name: '另存副本…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '打开工作区…' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '新建工作区…' }));
    const dialog = await screen.findByRole('dialog', { name: '新建工作区' });
    expect(within(dialog).getByRole('textbox', { name: '文件路径' })).toBeTruthy();
    expect(
      await screen.findByRole('table', { name: '最近使用的工作区（最新的在前）' }),
    ).toBeTruthy();
  });
});
