// The board's keyboard: Alt+→ / Alt+← on a card moves its deal one stage on or back.

/** What the board reads of a key press (a React keyboard event has it). */
export type BoardKey = {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  nativeEvent: { isComposing: boolean };
};

/** The stage one step from `from` (+1 next, -1 previous); null at either end. */
export function stageBeside(
  stages: readonly { key: string }[],
  from: string,
  step: 1 | -1,
): string | null {
  const index = stages.findIndex((s) => s.key === from);
  return index < 0 ? null : (stages[index + step]?.key ?? null);
}

/** Alt+→ / Alt+← on a card (its link or menu button): the step to move it, else null. */
export function boardMoveStep(event: BoardKey): 1 | -1 | null {
  if (event.nativeEvent.isComposing || !event.altKey || event.ctrlKey || event.metaKey) return null;
  if (event.shiftKey) return null;
  if (event.key === 'ArrowRight') return 1;
  if (event.key === 'ArrowLeft') return -1;
  return null;
}
