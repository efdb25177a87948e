import { describe, expect, it } from 'vitest';
import { editKey } from './editKeys.ts';

describe('editKey', () => {
  it('Enter saves and moves down, Tab right, Shift+Tab left; Escape cancels', () => {
    expect(editKey({ key: 'Enter' })).toEqual({ type: 'commit', move: 'down' });
    expect(editKey({ key: 'Enter', shift: true })).toEqual({ type: 'commit', move: 'down' });
    expect(editKey({ key: 'Tab' })).toEqual({ type: 'commit', move: 'right' });
    expect(editKey({ key: 'Tab', shift: true })).toEqual({ type: 'commit', move: 'left' });
    expect(editKey({ key: 'Escape' })).toEqual({ type: 'cancel' });
  });

  it('leaves ↑/↓ to the input unless the cells are always inputs', () => {
    expect(editKey({ key: 'ArrowDown' })).toBeUndefined();
    expect(editKey({ key: 'ArrowDown' }, true)).toEqual({ type: 'commit', move: 'down' });
    expect(editKey({ key: 'ArrowUp' }, true)).toEqual({ type: 'commit', move: 'up' });
  });

  it('leaves typing and every key of an IME composition to the input', () => {
    expect(editKey({ key: 'a' })).toBeUndefined();
    expect(editKey({ key: 'Enter', composing: true })).toBeUndefined();
    expect(editKey({ key: 'Escape', composing: true }, true)).toBeUndefined();
  });
});
