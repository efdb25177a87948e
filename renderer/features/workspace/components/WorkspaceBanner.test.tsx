import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ENTITIES } from '../../../../shared/changed.ts';
import type { WorkspaceInfo } from '../../../../shared/workspace.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { renderWithProviders } from '../../../test/renderWithProviders.tsx';
import { makeFormatters } from '../../../ui/useFormatters.ts';
import { manualBackup, okInfo } from '../test/fixtures.ts';
import { WorkspaceBanner } from './WorkspaceBanner.tsx';

const damagedInfo: WorkspaceInfo = { ...okInfo, state: 'damaged', readOnly: true };
const emptyInfo: WorkspaceInfo = { ...okInfo, state: 'emptyFile', newestBackup: null };
const manualAt = makeFormatters('en').dateTime(manualBackup.at);

describe('WorkspaceBanner', () => {
  afterEach(async () => {
    window.location.hash = '';
    await i18n.changeLanguage('en');
  });

  it('shows nothing while the workspace is in good order', async () => {
    const { calls } = renderWithProviders(<WorkspaceBanner />, {
      'workspace.info': () => ({ ok: true, data: okInfo }),
    });
    await waitFor(() => expect(calls.some((c) => c.channel === 'workspace.info')).toBe(true));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('warns, in both languages, when the file lies on a network share', async () => {
    const shared: WorkspaceInfo = { ...okInfo, networkShare: 'cifs //nas/deals' };
    renderWithProviders(<WorkspaceBanner />, {
      'workspace.info': () => ({ ok: true, data: shared }),
    });
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain('The workspace is on a network share');
    expect(banner.textContent).toContain(
      '/home/li/deals/workspace.sqlite lies on cifs //nas/deals.',
    );
    await i18n.changeLanguage('zh-CN');
    expect((await screen.findByRole('status')).textContent).toContain(
      '/home/li/deals/workspace.sqlite 位于 cifs //nas/deals。',
    );
  });

  it('names a damaged file, says nothing is written, and restores the newest good backup once confirmed', async () => {
    let info = damagedInfo;
    const { calls } = renderWithProviders(<WorkspaceBanner />, {
      'workspace.info': () => ({ ok: true, data: info }),
      'workspace.restore': () => {
        info = okInfo;
        return {
          ok: true,
          data: { restored: manualBackup, safetyCopy: 'workspace.sqlite.damaged-20261123' },
          changed: [...ENTITIES],
        };
      },
    });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('The workspace file is damaged');
    expect(banner.textContent).toContain(
      '/home/li/deals/workspace.sqlite is damaged, so it is open read-only: you can look at your data, but nothing will be written to it.',
    );

    fireEvent.click(
      within(banner).getByRole('button', {
        name: `Restore the newest good backup (${manualAt})`,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Restore this backup?' });
    expect(dialog.textContent).toContain(
      `The damaged workspace will be replaced by the backup of ${manualAt} (8 accounts, 1 deal, 1 person). The damaged file is kept aside, not deleted.`,
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));

    expect(await screen.findByText(/^Restored the backup of/)).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'workspace.restore').map((c) => c.input)).toEqual([
      { id: manualBackup.id },
    ]);
    // The restored file is in good order: the banner goes.
    await waitFor(() => expect(screen.queryByText('The workspace file is damaged')).toBeNull());
  });

  it('says so when a damaged file has no good backup to restore', async () => {
    renderWithProviders(<WorkspaceBanner />, {
      'workspace.info': () => ({ ok: true, data: { ...damagedInfo, newestBackup: null } }),
    });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('There is no good backup of it to restore.');
    expect(within(banner).queryByRole('button')).toBeNull();
  });

  it('for an empty file, loads the demo only once confirmed, or goes to the backups', async () => {
    let info = emptyInfo;
    const { calls } = renderWithProviders(<WorkspaceBanner />, {
      'workspace.info': () => ({ ok: true, data: info }),
      'workspace.loadDemo': () => {
        info = { ...okInfo, newestBackup: null };
        return { ok: true, data: info, changed: [...ENTITIES] };
      },
    });
    const banner = await screen.findByRole('status');
    expect(banner.textContent).toContain(
      '/home/li/deals/workspace.sqlite held no data, so it was not filled with the demo.',
    );

    fireEvent.click(within(banner).getByRole('button', { name: 'Restore a backup' }));
    expect(window.location.hash).toBe('#/settings/workspace');

    fireEvent.click(within(banner).getByRole('button', { name: 'Load the demo' }));
    let dialog = await screen.findByRole('dialog', { name: 'Load the demo?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.some((c) => c.channel === 'workspace.loadDemo')).toBe(false);

    fireEvent.click(within(banner).getByRole('button', { name: 'Load the demo' }));
    dialog = await screen.findByRole('dialog', { name: 'Load the demo?' });
    expect(dialog.textContent).toContain(
      'The empty workspace /home/li/deals/workspace.sqlite will be filled with the demo',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Load the demo' }));
    expect(await screen.findByText('The demo is loaded.')).toBeTruthy();
    expect(calls.filter((c) => c.channel === 'workspace.loadDemo')).toHaveLength(1);
    await waitFor(() => expect(screen.queryByText('The workspace file was empty')).toBeNull());
  });

  it('a refused demo says why and keeps the banner', async () => {
    renderWithProviders(<WorkspaceBanner />, {
      'workspace.info': () => ({ ok: true, data: emptyInfo }),
      'workspace.loadDemo': () => ({
        ok: false,
        error: { code: 'read_only', message: 'read-only folder' },
      }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Load the demo' }));
    const dialog = await screen.findByRole('dialog', { name: 'Load the demo?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Load the demo' }));
    expect(await screen.findByText('The demo was not loaded')).toBeTruthy();
    expect(screen.getByText(/^The workspace cannot be changed: it is open read-only/)).toBeTruthy();
    expect(screen.getByText('The workspace file was empty')).toBeTruthy();
  });

  it('reads in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderWithProviders(<WorkspaceBanner />, {
      'workspace.info': () => ({ ok: true, data: damagedInfo }),
    });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain('工作区文件已损坏');
    expect(banner.textContent).toContain(
      '/home/li/deals/workspace.sqlite 已损坏，因此以只读方式打开：可以查看数据，但不会向其写入任何内容。',
    );
    expect(
      within(banner).getByRole('button', {
        name: `恢复最新的完好备份（${makeFormatters('zh-CN').dateTime(manualBackup.at)}）`,
      }),
    ).toBeTruthy();
  });
});
