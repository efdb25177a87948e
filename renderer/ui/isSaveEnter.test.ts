import { describe, expect, it } from 'vitest';
import { isComposing, isSaveEnter } from './isSaveEnter.ts';

describe('isSaveEnter', () => {
  it('takes a plain Enter and no other key', () => {
    expect(isSaveEnter(new KeyboardEvent('keydown', { key: 'Enter' }))).toBe(true);
    expect(isSaveEnter(new KeyboardEvent('keydown', { key: 'a' }))).toBe(false);
  });

  it('leaves the Enter of an IME composition to the input method, Safari’s keyCode 229 too', () => {
    const composing = new KeyboardEvent('keydown', { key: 'Enter', isComposing: true });
    const safari = new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229 });
    expect(isComposing(composing)).toBe(true);
    expect(isSaveEnter(composing)).toBe(false);
    expect(isComposing(safari)).toBe(true);
    expect(isSaveEnter(safari)).toBe(false);
  });
});
