import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

type AnyKeyboardEvent = KeyboardEvent | ReactKeyboardEvent;

/**
 * True while an input method (Chinese pinyin, Japanese…) is composing: Enter then picks the
 * characters and belongs to the input method. Safari sends that Enter after compositionend, with
 * isComposing false but keyCode 229 ("processed by the IME").
 */
export function isComposing(event: AnyKeyboardEvent): boolean {
  const native = 'nativeEvent' in event ? event.nativeEvent : event;
  // keyCode is deprecated but is the only sign Safari gives.
  return native.isComposing || native.keyCode === 229;
}

/** Enter that saves, submits or opens — never the Enter that finishes an IME composition. */
export function isSaveEnter(event: AnyKeyboardEvent): boolean {
  return event.key === 'Enter' && !isComposing(event);
}
