import { useEffect } from 'react';
import { dirtyForms as appForms, type DirtyForms } from './dirtyForms.ts';

/** Ctrl+S, or ⌘S on a Mac. */
export function isSaveShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    !event.isComposing &&
    event.key.toLowerCase() === 's'
  );
}

/**
 * Saves the form the keyboard is in; else the form of the dialog or drawer on top; else the
 * last form with unsaved changes. A dialog on top without a form (a confirmation) saves nothing.
 * Answers whether a form was asked to save.
 */
export function saveOpenForm(doc: Document = document, forms: DirtyForms = appForms): boolean {
  const active = doc.activeElement;
  const focused = active instanceof Element ? active.closest('form') : null;
  const dialogs = doc.querySelectorAll('[role="dialog"]');
  const top = dialogs[dialogs.length - 1];
  const target = focused ?? (top ? top.querySelector('form') : null);
  if (top && !target) return false;
  const dirty = forms.list();
  const entry = target
    ? dirty.find((form) => {
        const element = form.element();
        return element !== null && (element === target || target.contains(element));
      })
    : dirty.findLast((form) => form.save !== undefined);
  if (entry?.save) {
    void entry.save();
    return true;
  }
  if (target instanceof HTMLFormElement) {
    target.requestSubmit();
    return true;
  }
  return false;
}

/** Ctrl+S (⌘S) saves the open form instead of the browser's "save page". */
export function useSaveShortcut() {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSaveShortcut(event)) return;
      event.preventDefault();
      saveOpenForm();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
