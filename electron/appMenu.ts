import type { MenuCommand } from '../shared/menuCommands.ts';
import type { RecentWorkspace } from '../shared/workspace.ts';
import { fill, type MenuLabels } from './menuLabels.ts';

// The application menu as plain data (issue 15): main.ts hands it to Menu.buildFromTemplate.
// Built here, without Electron, so both languages, packaged and development builds, macOS and
// the other platforms are tested under plain Node.

/** The roles the menu uses: Electron carries them out (text editing, zoom, window, quit). */
export type MenuRole =
  | 'about'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'close'
  | 'front'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'windowMenu'
  | 'help';

/** The part of Electron's MenuItemConstructorOptions the menu uses (assignable to it). */
export type MenuItem = {
  label?: string;
  sublabel?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  enabled?: boolean;
  submenu?: MenuItem[];
  click?: () => void;
};

/** What the menu's own items do; main.ts wires them to dialogs, the session and the window. */
export type MenuActions = {
  newWorkspace(): void;
  openWorkspace(): void;
  saveCopy(): void;
  openRecent(path: string): void;
  /** Takes the files no longer there off the recent list. */
  forgetMissing(paths: string[]): void;
  /** A command the page carries out (import, export, print, shortcuts, about). */
  send(command: MenuCommand): void;
  openDataFolder(): void;
};

export type MenuState = {
  labels: MenuLabels;
  /** The recent list, newest first. */
  recent: RecentWorkspace[];
  /** The workspace open now: listed, but not offered again. */
  currentPath: string | undefined;
  /** A packaged build has no developer tools and no force reload. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  appName: string;
};

const separator: MenuItem = { type: 'separator' };

/** File, Edit, View, Window and Help (after the app's own menu on macOS), in the labels' language. */
export function appMenuTemplate(state: MenuState, actions: MenuActions): MenuItem[] {
  const { labels, isPackaged } = state;
  const mac = state.platform === 'darwin';
  const send = (command: MenuCommand) => () => actions.send(command);

  const missing = state.recent.filter((item) => !item.exists).map((item) => item.path);
  const recentItems: MenuItem[] = state.recent.length
    ? [
        ...state.recent.map((item) => ({
          // A file's own "&" is doubled, or Windows and Linux would take it for an access key.
          label: item.exists
            ? accessKeySafe(item.name)
            : fill(labels.missing, { name: accessKeySafe(item.name) }),
          sublabel: item.path,
          enabled: item.exists && item.path !== state.currentPath,
          click: () => actions.openRecent(item.path),
        })),
        ...(missing.length
          ? [separator, { label: labels.clearMissing, click: () => actions.forgetMissing(missing) }]
          : []),
      ]
    : [{ label: labels.noRecent, enabled: false }];

  const about: MenuItem = { label: labels.about, click: send('about') };

  const appMenu: MenuItem = {
    label: state.appName,
    submenu: [
      about,
      separator,
      { label: labels.services, role: 'services' },
      separator,
      { label: labels.hide, role: 'hide' },
      { label: labels.hideOthers, role: 'hideOthers' },
      { label: labels.showAll, role: 'unhide' },
      separator,
      { label: labels.quit, role: 'quit' },
    ],
  };

  const file: MenuItem = {
    label: labels.file,
    submenu: [
      { label: labels.newWorkspace, accelerator: 'CmdOrCtrl+N', click: actions.newWorkspace },
      { label: labels.openWorkspace, accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
      { label: labels.saveCopy, accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveCopy },
      { label: labels.openRecent, submenu: recentItems },
      separator,
      { label: labels.importData, click: send('import') },
      { label: labels.exportList, click: send('export') },
      separator,
      { label: labels.print, accelerator: 'CmdOrCtrl+P', click: send('print') },
      separator,
      // macOS quits from the app menu; its File menu closes the window.
      mac ? { label: labels.close, role: 'close' } : { label: labels.quit, role: 'quit' },
    ],
  };

  const edit: MenuItem = {
    label: labels.edit,
    submenu: [
      { label: labels.undo, role: 'undo' },
      { label: labels.redo, role: 'redo' },
      separator,
      { label: labels.cut, role: 'cut' },
      { label: labels.copy, role: 'copy' },
      { label: labels.paste, role: 'paste' },
      ...(mac ? [{ label: labels.pasteAndMatchStyle, role: 'pasteAndMatchStyle' } as const] : []),
      { label: labels.delete, role: 'delete' },
      separator,
      { label: labels.selectAll, role: 'selectAll' },
    ],
  };

  const view: MenuItem = {
    label: labels.view,
    submenu: [
      { label: labels.reload, role: 'reload' },
      // Developer tools only while developing: a packaged build never opens them.
      ...(isPackaged ? [] : [{ label: labels.toggleDevTools, role: 'toggleDevTools' } as const]),
      separator,
      { label: labels.resetZoom, role: 'resetZoom' },
      { label: labels.zoomIn, role: 'zoomIn' },
      { label: labels.zoomOut, role: 'zoomOut' },
      separator,
      { label: labels.fullScreen, role: 'togglefullscreen' },
    ],
  };

  const window: MenuItem = {
    label: labels.window,
    ...(mac ? { role: 'windowMenu' as const } : {}),
    submenu: mac
      ? [
          { label: labels.minimize, role: 'minimize' },
          { label: labels.zoom, role: 'zoom' },
          separator,
          { label: labels.bringAllToFront, role: 'front' },
        ]
      : [
          { label: labels.minimize, role: 'minimize' },
          { label: labels.close, role: 'close' },
        ],
  };

  const help: MenuItem = {
    label: labels.help,
    ...(mac ? { role: 'help' as const } : {}),
    submenu: [
      { label: labels.keyboardShortcuts, click: send('shortcuts') },
      { label: labels.openDataFolder, click: actions.openDataFolder },
      // macOS keeps About in the app menu.
      ...(mac ? [] : [separator, about]),
    ],
  };

  const template = [...(mac ? [appMenu] : []), file, edit, view, window, help];
  return mac ? template.map(withoutMnemonics) : template;
}

const accessKeySafe = (text: string) => text.replaceAll('&', '&&');

/**
 * macOS menus have no access keys: "&File" and Chinese "文件(&F)" would show the marks, so they
 * become "File" and "文件" (and a file's "&&" its "&" again).
 */
function withoutMnemonics(item: MenuItem): MenuItem {
  return {
    ...item,
    ...(item.label === undefined
      ? {}
      : { label: item.label.replace(/\(&\w\)/g, '').replace(/&(&?)/g, '$1') }),
    ...(item.submenu ? { submenu: item.submenu.map(withoutMnemonics) } : {}),
  };
}
