import { useEffect, useRef } from 'react';
import { BRIDGE_KEY, type Bridge } from '../../shared/bridge.ts';
import type { MenuCommand } from '../../shared/menuCommands.ts';

export type MenuCommandHandlers = Record<MenuCommand, () => void>;

/**
 * Carries out the desktop app's menu commands (File → Import, Export, Print; Help → Keyboard
 * Shortcuts, About) sent by the Electron main process. The browser shell has no menu: nothing
 * is subscribed there. The latest handlers are called, without subscribing again.
 */
export function useMenuCommands(handlers: MenuCommandHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const bridge = (window as Window & { [BRIDGE_KEY]?: Bridge })[BRIDGE_KEY];
    return bridge?.onMenuCommand?.((command) => latest.current[command]());
  }, []);
}

/**
 * Opens the current screen's Export menu (ExportMenu marks its button); false when the screen
 * has none, or only a disabled one.
 */
export function openExportMenu(root: ParentNode = document): boolean {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button[data-export-menu]')].find(
    (candidate) => !candidate.disabled,
  );
  if (!button) return false;
  button.focus();
  button.click();
  return true;
}
