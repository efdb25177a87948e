import { useQuery } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../../shared/changed.ts';
import type { BackupItem } from '../../../../shared/workspace.ts';
import { readQuery } from '../../../data/read.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders, type FakeServer } from '../../../test/renderWithProviders.tsx';
import { makeFormatters } from '../../../ui/useFormatters.ts';
import { manualBackup, okInfo, openedBackup } from '../test/fixtures.ts';
import { WorkspaceSettings } from './WorkspaceSettings.tsx';

const at = (backup: BackupItem, locale = 'en') => makeFormatters(locale).dateTime(backup.at);

/** Another view on screen: the account names, as the accounts list shows them. */
function AccountNames() {
  const accounts = useQuery(readQuery('accounts.list', {}));
  return <p data-testid="accounts">{accounts.data?.map((a) => a.name).join(' | ')}</p>;
}

/** A workspace with two backups; a restore brings back the older one's accounts. */
function workspaceServer(overrides: FakeServer = {}) {
  let backups = [manualBackup, openedBackup];
  let accountNames = ['Temp Precision Machinery', 'Added after the backup'];
  const server: FakeServer = {
    'workspace.info': () => ({ ok: true, data: okInfo }),
    'workspace.backups': () => ({ ok: true, data: backups }),
    'accounts.list': () => ({
      ok: true,
      data: accountNames.map((name, i) => ({ id: `a${i}`, name }) as never),
    }),
    'workspace.restore': (input) => {
      const restored = backups.find((b) => b.id === (input as { id: string }).id)!;
      const safety: BackupItem = {
        ...manualBackup,
        id: 'workspace-2026-11-23T040000Z-beforeRestore.sqlite',
        at: '2026-11-23T04:00:00.000Z',
        reason: 'beforeRestore',
      };
      backups = [safety, ...backups];
      accountNames = ['Temp Precision Machinery'];
      return {
        ok: true,
        data: { restored, safetyCopy: safety.id },
        changed: [...ENTITIES],
      };
    },
    ...overrides,
  };
  return server;
}

const table = () => screen.findByRole('table', { name: 'Backups, newest first' });
const rowTexts = async () =>
  within(await table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));

describe('WorkspaceSettings', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows the file and its backups, newest first, with time, reason, size and counts', async () => {
    renderWithProviders(<WorkspaceSettings />, workspaceServer());
    const facts = await screen.findByRole('table', { name: 'Workspace file' });
    expect(within(facts).getByRole('row', { name: /^File/ }).textContent).toContain(
      '/home/li/deals/workspace.sqlite',
    );
    expect(within(facts).getByRole('row', { name: /^Size/ }).textContent).toContain('1.3 MB');
    expect(within(facts).getByRole('row', { name: /^State/ }).textContent).toContain(
      'In good order',
    );
    expect(within(facts).getByRole('row', { name: /^Backups folder/ }).textContent).toContain(
      '/home/li/deals/backups',
    );
    expect(await rowTexts()).toEqual([
      [at(manualBackup), 'Backed up by hand', '1.3 MB', '8', '1', '1', 'Restore…'],
      [at(openedBackup), 'Workspace opened', '1.2 MB', '7', '3', '25', 'Restore…'],
    ]);
  });

  it('restores a backup after a confirmation naming it; every view then shows the restored data', async () => {
    const { calls } = renderWithProviders(
      <>
        <WorkspaceSettings />
        <AccountNames />
      </>,
      workspaceServer(),
    );
    await waitFor(() =>
      expect(screen.getByTestId('accounts').textContent).toContain('Added after the backup'),
    );
    fireEvent.click(
      await screen.findByRole('button', { name: `Restore the backup of ${at(openedBackup)}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(dialog.textContent).toContain(
      `The workspace will be replaced by the backup of ${at(openedBackup)} (7 accounts, 3 deals, 25 people). The current workspace is backed up first, so you can go back to it.`,
    );
    expect(calls.some((c) => c.channel === 'workspace.restore')).toBe(false);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(
      await screen.findByText(
        `Restored the backup of ${at(openedBackup)} (7 accounts, 3 deals, 25 people). The workspace as it was before is kept as workspace-2026-11-23T040000Z-beforeRestore.sqlite.`,
      ),
    ).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'workspace.restore').map((c) => c.input)).toEqual([
      { id: openedBackup.id },
    ]);
    await waitFor(() =>
      expect(screen.getByTestId('accounts').textContent).toBe('Temp Precision Machinery'),
    );
    await waitFor(async () => expect((await rowTexts())[0]?.[1]).toBe('Before a restore'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('cancelling the confirmation restores nothing', async () => {
    const { calls } = renderWithProviders(<WorkspaceSettings />, workspaceServer());
    fireEvent.click(
      await screen.findByRole('button', { name: `Restore the backup of ${at(manualBackup)}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.some((c) => c.channel === 'workspace.restore')).toBe(false);
    expect(screen.queryByText(/^Restored the backup/)).toBeNull();
    expect(await rowTexts()).toHaveLength(2);
  });

  it('a refused restore says why and leaves the list as it was', async () => {
    const { calls } = renderWithProviders(
      <WorkspaceSettings />,
      workspaceServer({
        'workspace.restore': () => ({
          ok: false,
          error: { code: 'disk_full', message: 'SQLITE_FULL' },
        }),
      }),
    );
    fireEvent.click(
      await screen.findByRole('button', { name: `Restore the backup of ${at(openedBackup)}` }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(await screen.findByText('Nothing was restored')).toBeTruthy();
    expect(
      screen.getByText('The disk is full. Free some space, then try again. Nothing was saved.'),
    ).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'workspace.restore')).toHaveLength(1);
    expect(screen.queryByText(/^Restored the backup/)).toBeNull();
    expect((await rowTexts()).map((row) => row[1])).toEqual([
      'Backed up by hand',
      'Workspace opened',
    ]);
  });

  it('"Back up now" takes a backup and lists it first', async () => {
    let backups = [openedBackup];
    const { calls } = renderWithProviders(
      <WorkspaceSettings />,
      workspaceServer({
        'workspace.backups': () => ({ ok: true, data: backups }),
        'workspace.backupNow': () => {
          backups = [manualBackup, ...backups];
          return { ok: true, data: manualBackup, changed: ['backup'] };
        },
      }),
    );
    expect(await rowTexts()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    expect(await screen.findByText(`Backed up: ${at(manualBackup)}.`)).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'workspace.backupNow')).toHaveLength(1);
    await waitFor(async () => expect((await rowTexts())[0]?.[1]).toBe('Backed up by hand'));
  });

  it('reads in Chinese, the confirmation naming the backup’s time and counts', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<WorkspaceSettings />, workspaceServer());
    expect(await screen.findByRole('heading', { name: '工作区' })).toBeTruthy();
    const backups = await screen.findByRole('table', { name: '备份（最新的在前）' });
    expect(within(backups).getByRole('columnheader', { name: '备份时间' })).toBeTruthy();
    expect(within(backups).getByText('手动备份')).toBeTruthy();
    fireEvent.click(
      screen.getByRole('button', { name: `恢复 ${at(openedBackup, 'zh-CN')} 的备份` }),
    );
    const dialog = await screen.findByRole('dialog', { name: '恢复此备份？' });
    expect(dialog.textContent).toContain(
      `工作区将被替换为 ${at(openedBackup, 'zh-CN')} 的备份（7 个客户、3 个项目、25 位联系人）。恢复前会先备份当前工作区`,
    );
  });

  it('brought into view, its heading takes the focus', async () => {
    renderWithProviders(<WorkspaceSettings focused />, workspaceServer());
    const heading = await screen.findByRole('heading', { name: 'Workspace' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('says when a backup list cannot be read', async () => {
    renderWithProviders(
      <WorkspaceSettings />,
      workspaceServer({
        'workspace.backups': () => ({
          ok: false,
          error: { code: 'read_only', message: 'read-only' },
        }),
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'The workspace cannot be changed: it is open read-only',
    );
  });
});
