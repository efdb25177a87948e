import { isTyping } from './isTyping.ts';
/**
 * Every keyboard shortcut of the app, in one place: the shortcuts screen lists them from here.
 * A shortcut's handler lives beside the screen it serves; add the shortcut here with it.
 */

/** Where a shortcut works; each is a heading of the shortcuts screen (shortcuts.scopes.*). */
export type ShortcutScope =
  'global' | 'form' | 'dialog' | 'field' | 'list' | 'board' | 'grid' | 'map';

/**
 * A key of a combination: `Mod` is ⌘ on a Mac and Ctrl elsewhere; named keys are translated
 * (shortcuts.platformKeys.*); a single character is shown as it is.
 */
export type ShortcutKey =
  | 'Mod'
  | 'Shift'
  | 'Alt'
  | 'Enter'
  | 'Escape'
  | 'Delete'
  | 'Backspace'
  | 'Arrows'
  | 'Space'
  | 'PageUpDown'
  | 'HomeEnd'
  | 'Tab'
  | 'F2'
  | (string & {});

export type Shortcut = {
  /** Also the key of its label, shortcuts.items.<id>. */
  id: string;
  scope: ShortcutScope;
  /** Combinations that do the same, e.g. redo: Mod+Shift+Z or Mod+Y. */
  combos: readonly (readonly ShortcutKey[])[];
};

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'search', scope: 'global', combos: [['Mod', 'K']] },
  { id: 'undo', scope: 'global', combos: [['Mod', 'Z']] },
  {
    id: 'redo',
    scope: 'global',
    combos: [
      ['Mod', 'Shift', 'Z'],
      ['Mod', 'Y'],
    ],
  },
  { id: 'print', scope: 'global', combos: [['Mod', 'P']] },
  { id: 'shortcuts', scope: 'global', combos: [['?']] },
  { id: 'save', scope: 'form', combos: [['Mod', 'S']] },
  { id: 'closeDialog', scope: 'dialog', combos: [['Escape']] },
  { id: 'saveField', scope: 'field', combos: [['Enter']] },
  { id: 'cancelField', scope: 'field', combos: [['Escape']] },
  { id: 'clearSearch', scope: 'field', combos: [['Escape']] },
  { id: 'listMove', scope: 'list', combos: [['Arrows']] },
  { id: 'listJump', scope: 'list', combos: [['PageUpDown'], ['HomeEnd']] },
  { id: 'listOpen', scope: 'list', combos: [['Enter']] },
  {
    id: 'boardMove',
    scope: 'board',
    combos: [
      ['Alt', '→'],
      ['Alt', '←'],
    ],
  },
  { id: 'boardMenu', scope: 'board', combos: [['Tab'], ['Enter']] },
  { id: 'gridMove', scope: 'grid', combos: [['Arrows']] },
  { id: 'gridEdit', scope: 'grid', combos: [['Enter'], ['F2']] },
  { id: 'gridNext', scope: 'grid', combos: [['Tab'], ['Shift', 'Tab']] },
  { id: 'gridClear', scope: 'grid', combos: [['Delete'], ['Backspace']] },
  { id: 'gridOpen', scope: 'grid', combos: [['Shift', 'Enter']] },
  { id: 'addMember', scope: 'grid', combos: [['Alt', 'N']] },
  { id: 'mapMove', scope: 'map', combos: [['Arrows']] },
  { id: 'mapNudge', scope: 'map', combos: [['Alt', 'Arrows']] },
  { id: 'mapNudgeFar', scope: 'map', combos: [['Alt', 'Shift', 'Arrows']] },
  { id: 'mapEdit', scope: 'map', combos: [['Enter'], ['F2']] },
  { id: 'mapRemove', scope: 'map', combos: [['Delete'], ['Backspace']] },
  { id: 'mapLineEnd', scope: 'map', combos: [['Enter']] },
  { id: 'mapLineCancel', scope: 'map', combos: [['Escape']] },
  { id: 'mapLineOpen', scope: 'map', combos: [['Enter'], ['Space']] },
];

export const SHORTCUT_SCOPES: readonly ShortcutScope[] = [
  'global',
  'form',
  'dialog',
  'field',
  'list',
  'board',
  'grid',
  'map',
];

/** Whether the app runs on a Mac, whose keyboards say ⌘ ⇧ ⌥ where others say Ctrl Shift Alt. */
export function isMacPlatform(nav: Pick<Navigator, 'userAgent'> = navigator): boolean {
  return /Mac|iPhone|iPad/.test(nav.userAgent);
}

const MAC_SYMBOLS: Partial<Record<ShortcutKey, string>> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
const NAMED: Record<string, string> = {
  Mod: 'mod',
  Shift: 'shift',
  Alt: 'alt',
  Enter: 'enter',
  Escape: 'escape',
  Delete: 'delete',
  Backspace: 'backspace',
  Arrows: 'arrows',
  Space: 'space',
  PageUpDown: 'pageUpDown',
  HomeEnd: 'homeEnd',
  Tab: 'tab',
};

/**
 * The keys of one combination as the user's keyboard names them: ['⌘', 'K'] on a Mac,
 * ['Ctrl', 'K'] elsewhere; `name` translates a named key (shortcuts.platformKeys.<name>).
 */
export function comboKeys(
  combo: readonly ShortcutKey[],
  mac: boolean,
  name: (key: string) => string,
): string[] {
  return combo.map((key) => {
    const symbol = mac ? MAC_SYMBOLS[key] : undefined;
    if (symbol) return symbol;
    const named = NAMED[key];
    return named ? name(named) : key;
  });
}

/** A key press that asks for the shortcuts screen: "?" outside a field being typed in. */
export function isShortcutsKey(event: KeyboardEvent): boolean {
  if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return false;
  return !event.isComposing && !isTyping(event.target);
}
