import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDirtyForms, type DirtyForm } from './dirtyForms.ts';
import { saveOpenForm } from './saveShortcut.ts';

const form = (over: Partial<DirtyForm> = {}): DirtyForm => ({
  isDirty: () => true,
  discard: vi.fn(),
  element: () => null,
  ...over,
});

describe('dirty form registry', () => {
  it('lists the forms that are dirty now, saves them in turn and discards them', async () => {
    const forms = createDirtyForms();
    const listener = vi.fn();
    forms.subscribe(listener);
    expect(forms.isDirty()).toBe(false);

    let stillDirty = true;
    const a = form({ isDirty: () => stillDirty, save: vi.fn(async () => true) });
    const b = form({ save: vi.fn(async () => true) });
    const keyA = Symbol('a');
    forms.set(keyA, a);
    forms.set(Symbol('b'), b);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(forms.list()).toEqual([a, b]);
    expect(forms.canSaveAll()).toBe(true);

    // A form that saved a moment ago is no longer dirty, before it re-registers.
    stillDirty = false;
    expect(forms.list()).toEqual([b]);
    stillDirty = true;

    expect(await forms.saveAll()).toBe(true);
    expect(a.save).toHaveBeenCalled();
    expect(b.save).toHaveBeenCalled();
    forms.discardAll();
    expect(a.discard).toHaveBeenCalled();

    forms.set(keyA, null);
    expect(forms.list()).toEqual([b]);
  });

  it('stops at the first form that does not save, and cannot save one without a save', async () => {
    const forms = createDirtyForms();
    const refused = form({ save: async () => false });
    const after = form({ save: vi.fn(async () => true) });
    forms.set(Symbol('r'), refused);
    forms.set(Symbol('a'), after);
    expect(await forms.saveAll()).toBe(false);
    expect(after.save).not.toHaveBeenCalled();

    forms.set(Symbol('n'), form());
    expect(forms.canSaveAll()).toBe(false);
    expect(await forms.saveAll()).toBe(false);
  });
});

describe('Ctrl+S', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('saves the form the keyboard is in, through its registered save if it has one', () => {
    document.body.innerHTML = `
      <form id="one"><input id="a" /></form>
      <form id="two"><input id="b" /></form>`;
    const one = document.getElementById('one') as HTMLFormElement;
    const two = document.getElementById('two') as HTMLFormElement;
    const submitted = vi.fn((event: Event) => event.preventDefault());
    one.addEventListener('submit', submitted);
    const forms = createDirtyForms();
    const save = vi.fn(async () => true);
    forms.set(Symbol('two'), form({ element: () => two, save }));

    document.getElementById('a')?.focus();
    expect(saveOpenForm(document, forms)).toBe(true);
    expect(submitted).toHaveBeenCalledTimes(1);
    expect(save).not.toHaveBeenCalled();

    document.getElementById('b')?.focus();
    expect(saveOpenForm(document, forms)).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('else the form of the dialog on top; a confirmation on top saves nothing', () => {
    document.body.innerHTML = `
      <div role="dialog"><form id="drawer"><input /></form></div>`;
    const drawer = document.getElementById('drawer') as HTMLFormElement;
    const submitted = vi.fn((event: Event) => event.preventDefault());
    drawer.addEventListener('submit', submitted);
    const forms = createDirtyForms();
    expect(saveOpenForm(document, forms)).toBe(true);
    expect(submitted).toHaveBeenCalledTimes(1);

    document.body.insertAdjacentHTML('beforeend', '<div role="dialog"><button>OK</button></div>');
    expect(saveOpenForm(document, forms)).toBe(false);
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('else the last unsaved form that can save; nothing when there is none', () => {
    const forms = createDirtyForms();
    expect(saveOpenForm(document, forms)).toBe(false);
    const first = vi.fn(async () => true);
    const last = vi.fn(async () => true);
    forms.set(Symbol('1'), form({ save: first }));
    forms.set(Symbol('2'), form({ save: last }));
    forms.set(Symbol('3'), form());
    expect(saveOpenForm(document, forms)).toBe(true);
    expect(last).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });
});
