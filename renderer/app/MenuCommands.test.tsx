import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_KEY, type Bridge } from '../../shared/bridge.ts';
import type { MenuCommand } from '../../shared/menuCommands.ts';
import { SHOW_SHORTCUTS_EVENT } from '../../shared/menuCommands.ts';
import { createQueryClient } from '../data/queryClient.ts';
import { i18n } from '../i18n/i18n.ts';
import '../test/jsdomPolyfills.ts';
import { ExportMenu } from '../ui/ExportMenu.tsx';
import { AppProviders } from './AppProviders.tsx';
import { MenuCommands } from './MenuCommands.tsx';
import { openExportMenu, useMenuCommands } from './useMenuCommands.ts';

const info = {
  version: '1.4.2',
  schemaVersion: 13,
  workspacePath: '/home/li/deals/workspace.sqlite',
  systemLocale: 'en',
};

/** A stand-in for the preload's bridge whose menu commands the test sends. */
function desktopBridge() {
  const listeners = new Set<(command: MenuCommand) => void>();
  const bridge: Bridge = {
    invoke: async (channel) =>
      channel === 'app.info'
        ? { ok: true, data: info }
        : { ok: false, error: { code: 'not_found', message: channel } },
    onMenuCommand: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  Object.assign(window, { [BRIDGE_KEY]: bridge });
  return {
    listeners,
    send: (command: MenuCommand) => act(() => listeners.forEach((listener) => listener(command))),
  };
}

const renderApp = (children = <MenuCommands />) =>
  render(
    <AppProviders queryClient={createQueryClient()} env="test">
      {children}
    </AppProviders>,
  );

describe('the desktop menu’s commands in the page', () => {
  afterEach(async () => {
    window.location.hash = '';
    delete (window as Window & { [BRIDGE_KEY]?: Bridge })[BRIDGE_KEY];
    vi.restoreAllMocks();
    await i18n.changeLanguage('en');
  });

  it('opens the import wizard, the print dialog and the shortcuts screen', () => {
    const desktop = desktopBridge();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const shortcuts = vi.fn();
    window.addEventListener(SHOW_SHORTCUTS_EVENT, shortcuts);
    try {
      renderApp();
      desktop.send('import');
      expect(window.location.hash).toBe('#/import');
      desktop.send('print');
      expect(print).toHaveBeenCalledOnce();
      desktop.send('shortcuts');
      expect(shortcuts).toHaveBeenCalledOnce();
    } finally {
      window.removeEventListener(SHOW_SHORTCUTS_EVENT, shortcuts);
    }
  });

  it('shows the About dialog with the version from the main process, in both languages', async () => {
    const desktop = desktopBridge();
    renderApp();
    desktop.send('about');
    const dialog = await screen.findByRole('dialog', { name: 'About Deal Workbench' });
    await within(dialog).findByText('Version 1.4.2');
    expect(dialog.textContent).toContain('Workspace format 13');
    expect(dialog.textContent).toContain('Open workspace: /home/li/deals/workspace.sqlite');
    expect(dialog.textContent).toContain('Copyright © Deal Workbench contributors.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await act(() => i18n.changeLanguage('zh-CN'));
    desktop.send('about');
    const zh = await screen.findByRole('dialog', { name: '关于大客户销售工作台' });
    expect(zh.textContent).toContain('版本 1.4.2');
    expect(zh.textContent).toContain('当前工作区：/home/li/deals/workspace.sqlite');
  });

  it('opens the screen’s Export menu, or says there is no list to export', async () => {
    const desktop = desktopBridge();
    const { rerender } = renderApp();
    desktop.send('export');
    expect(await screen.findByText(/This screen has no list to export/)).toBeDefined();

    const table = () => ({ columns: [{ header: 'Name', type: 'text' as const }], rows: [['A']] });
    rerender(
      <AppProviders queryClient={createQueryClient()} env="test">
        <MenuCommands />
        <ExportMenu name="Accounts" table={table} />
      </AppProviders>,
    );
    desktop.send('export');
    expect(await screen.findByRole('menuitem', { name: 'Excel (.xlsx)' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Export' }).getAttribute('aria-expanded')).toBe(
      'true',
    );
  });

  it('stops listening when the page unmounts, and does nothing in the browser shell', () => {
    const desktop = desktopBridge();
    const { unmount } = renderApp();
    expect(desktop.listeners.size).toBe(1);
    unmount();
    expect(desktop.listeners.size).toBe(0);

    // No bridge method (the browser shell): nothing subscribes, nothing fails.
    Object.assign(window, { [BRIDGE_KEY]: { invoke: vi.fn() } });
    const handlers = {
      import: vi.fn(),
      export: vi.fn(),
      print: vi.fn(),
      shortcuts: vi.fn(),
      about: vi.fn(),
    };
    function Probe() {
      useMenuCommands(handlers);
      return null;
    }
    expect(() => renderApp(<Probe />)).not.toThrow();
    expect(Object.values(handlers).every((handler) => handler.mock.calls.length === 0)).toBe(true);
  });

  it('skips a disabled Export button', () => {
    const root = document.createElement('div');
    root.innerHTML = '<button data-export-menu disabled>Export</button>';
    expect(openExportMenu(root)).toBe(false);
    const enabled = document.createElement('button');
    enabled.setAttribute('data-export-menu', '');
    const click = vi.fn();
    enabled.addEventListener('click', click);
    root.append(enabled);
    expect(openExportMenu(root)).toBe(true);
    expect(click).toHaveBeenCalledOnce();
  });
});
