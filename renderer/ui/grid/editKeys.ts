import type { KeyboardEvent } from 'react';
import { isComposing } from '../isSaveEnter.ts';

/** One key press, as the grid keyboard model reads it. */
export type GridKey = {
  key: string;
  shift?: boolean;
  /** Ctrl, or ⌘ on a Mac. */
  ctrl?: boolean;
  alt?: boolean;
  /** The key belongs to an input method composing characters (pinyin…), never to the grid. */
  composing?: boolean;
};

/** Reads a key press for the grid keyboard model. */
export function keyOf(event: KeyboardEvent): GridKey {
  return {
    key: event.key,
    shift: event.shiftKey,
    ctrl: event.ctrlKey || event.metaKey,
    alt: event.altKey,
    composing: isComposing(event),
  };
}

/** Where the keyboard goes after an edit ends. */
export type Move = 'down' | 'up' | 'right' | 'left' | 'stay';

/** What a key does to the text being edited in a cell. */
export type EditAction = { type: 'cancel' } | { type: 'commit'; move: Move };

/**
 * The keys that end the edit of a text cell, in every grid: Enter saves and moves down (Shift
 * too), Tab saves and moves right (Shift+Tab left), Escape goes back to the saved value. In a grid
 * whose cells are always inputs (`alwaysEditing`), ↑/↓ also save and move, as there is no other
 * way to go up or down. Undefined: the input keeps the key (typing, caret, an IME composition).
 */
export function editKey(key: GridKey, alwaysEditing = false): EditAction | undefined {
  if (key.composing) return undefined;
  switch (key.key) {
    case 'Escape':
      return { type: 'cancel' };
    case 'Enter':
      return { type: 'commit', move: 'down' };
    case 'Tab':
      return { type: 'commit', move: key.shift ? 'left' : 'right' };
    case 'ArrowDown':
      return alwaysEditing ? { type: 'commit', move: 'down' } : undefined;
    case 'ArrowUp':
      return alwaysEditing ? { type: 'commit', move: 'up' } : undefined;
    default:
      return undefined;
  }
}
