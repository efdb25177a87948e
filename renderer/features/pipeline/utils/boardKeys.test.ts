import { describe, expect, it } from 'vitest';
import { boardMoveStep, stageBeside, type BoardKey } from './boardKeys.ts';

const key = (k: string, more: Partial<BoardKey> = {}): BoardKey => ({
  key: k,
  altKey: true,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  nativeEvent: { isComposing: false },
  ...more,
});

describe('the board’s keyboard', () => {
  it('Alt+→ moves on, Alt+← back; other keys and chords are left alone', () => {
    expect(boardMoveStep(key('ArrowRight'))).toBe(1);
    expect(boardMoveStep(key('ArrowLeft'))).toBe(-1);
    expect(boardMoveStep(key('ArrowRight', { altKey: false }))).toBeNull();
    expect(boardMoveStep(key('ArrowLeft', { ctrlKey: true }))).toBeNull();
    expect(boardMoveStep(key('ArrowLeft', { metaKey: true }))).toBeNull();
    expect(boardMoveStep(key('ArrowLeft', { shiftKey: true }))).toBeNull();
    expect(boardMoveStep(key('ArrowUp'))).toBeNull();
    // An input method composing owns its keys.
    expect(boardMoveStep(key('ArrowRight', { nativeEvent: { isComposing: true } }))).toBeNull();
  });

  it('finds the stage beside, and none past either end', () => {
    const stages = [{ key: 'visit' }, { key: 'proposal' }, { key: 'signed' }];
    expect(stageBeside(stages, 'proposal', 1)).toBe('signed');
    expect(stageBeside(stages, 'proposal', -1)).toBe('visit');
    expect(stageBeside(stages, 'signed', 1)).toBeNull();
    expect(stageBeside(stages, 'visit', -1)).toBeNull();
    expect(stageBeside(stages, 'gone', 1)).toBeNull();
  });
});
