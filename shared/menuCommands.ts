// The application menu's items that the page carries out (issue 15): the Electron main process
// sends one of these names to the window; the preload passes on only names from this list.
// Plain constants, no zod: the preload bundles this file.

export const MENU_COMMANDS = [
  /** The import wizard. */
  'import',
  /** The current screen's list export (its Export menu). */
  'export',
  /** The print dialog for the current screen. */
  'print',
  /** The keyboard shortcuts screen. */
  'shortcuts',
  /** The About dialog: name, version, licence. */
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** The window event the shortcuts screen listens to (the menu's Help → Keyboard Shortcuts). */
export const SHOW_SHORTCUTS_EVENT = 'dw:show-shortcuts';

/** The window event that opens the About dialog (Help → About; a command palette may send it too). */
export const SHOW_ABOUT_EVENT = 'dw:show-about';
