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

/** Whether a modal dialog is open: its keys are its own. */
export function dialogIsOpen(): boolean {
  return document.querySelector('[aria-modal="true"]') !== null;
}
