import { afterEach, describe, expect, it } from 'vitest';
import { inDialog, isTyping } from './isTyping.ts';

afterEach(() => document.body.replaceChildren());

function add(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder;
}

describe('isTyping', () => {
  it('is true for text fields and false for buttons', () => {
    const holder = add('<input id="i"><textarea id="t"></textarea><button id="b"></button>');
    expect(isTyping(holder.querySelector('#i'))).toBe(true);
    expect(isTyping(holder.querySelector('#t'))).toBe(true);
    expect(isTyping(holder.querySelector('#b'))).toBe(false);
  });
});

describe('inDialog', () => {
  it('a key from inside an open modal is the dialog’s', () => {
    const holder = add('<section aria-modal="true"><button id="save"></button></section>');
    expect(inDialog(holder.querySelector('#save'))).toBe(true);
  });

  it('a key from outside a modal still closing (a map card) is not the dialog’s', () => {
    const holder = add('<div tabindex="0" id="card"></div><section aria-modal="true"></section>');
    expect(inDialog(holder.querySelector('#card'))).toBe(false);
  });

  it('a key with no focus while a modal is there is the dialog’s; with none it is not', () => {
    expect(inDialog(document.body)).toBe(false);
    add('<section aria-modal="true"></section>');
    expect(inDialog(document.body)).toBe(true);
  });
});
