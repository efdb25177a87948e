/** Whether a key event's target takes text: its keys (Ctrl+Z included) are the field's. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

/**
 * Whether a key event belongs to a modal dialog: its keys are its own. A dialog holds the focus
 * while open, so a key from outside it (a map card's, once the dialog is closing) is not its.
 */
export function inDialog(target: EventTarget | null): boolean {
  const modal = '[aria-modal="true"]';
  if (target instanceof Element && target !== document.body) return target.closest(modal) !== null;
  return document.querySelector(modal) !== null;
}
