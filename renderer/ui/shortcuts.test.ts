import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { zhCN } from '../i18n/zh-CN.ts';
import {
  comboKeys,
  isMacPlatform,
  isShortcutsKey,
  SHORTCUT_SCOPES,
  SHORTCUTS,
} from './shortcuts.ts';

const name = (key: string) => en.shortcuts.platformKeys[key as 'mod'];

describe('shortcuts', () => {
  it('names ⌘ ⇧ on a Mac and Ctrl Shift elsewhere', () => {
    const redo = SHORTCUTS.find((s) => s.id === 'redo');
    expect(redo?.combos.map((c) => comboKeys(c, true, name))).toEqual([
      ['⌘', '⇧', 'Z'],
      ['⌘', 'Y'],
    ]);
    expect(redo?.combos.map((c) => comboKeys(c, false, name))).toEqual([
      ['Ctrl', 'Shift', 'Z'],
      ['Ctrl', 'Y'],
    ]);
    expect(comboKeys(['Escape'], true, name)).toEqual(['Esc']);
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)' })).toBe(true);
    expect(isMacPlatform({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64)' })).toBe(false);
  });

  it('lists the shortcuts the app answers, each labelled in both languages, once', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['search', 'undo', 'redo', 'save', 'print']));
    expect(ids).toEqual(expect.arrayContaining(['shortcuts', 'closeDialog', 'saveField']));
    expect(Object.keys(en.shortcuts.items).sort()).toEqual([...ids].sort());
    expect(Object.keys(zhCN.shortcuts.items).sort()).toEqual([...ids].sort());
    for (const s of SHORTCUTS) expect(SHORTCUT_SCOPES).toContain(s.scope);
    for (const scope of SHORTCUT_SCOPES) expect(zhCN.shortcuts.scopes[scope]).toBeTruthy();
  });

  it('opens on "?" but not while typing in a field or with a modifier', () => {
    const press = (init: KeyboardEventInit, target: EventTarget = document.body) => {
      const event = new KeyboardEvent('keydown', { key: '?', shiftKey: true, ...init });
      Object.defineProperty(event, 'target', { value: target });
      return isShortcutsKey(event);
    };
    expect(press({})).toBe(true);
    expect(press({}, document.createElement('input'))).toBe(false);
    expect(press({}, document.createElement('textarea'))).toBe(false);
    expect(press({ ctrlKey: true })).toBe(false);
    expect(press({ key: '/' })).toBe(false);
  });
});
