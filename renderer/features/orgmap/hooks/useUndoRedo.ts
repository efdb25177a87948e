import {
  useCallback,
  useEffect,
  useRef,
  useSyncExternalStore,
  type Dispatch,
  type SetStateAction,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoStack } from './undoStack.ts';
import { isTyping } from './isTyping.ts';
import type { Refused } from './useRefused.ts';

/**
 * Undo and redo of the map's edits, from the toolbar or with Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and
 * Ctrl/⌘+Y anywhere on the page but in a text field or while a dialog is open. Either ends the
 * edit of a card, whose fields it may change. When the map's own stack is empty the keys go on
 * to the app's undo, which takes back the workspace's history (the map's edits included).
 */
export function useUndoRedo(
  stack: UndoStack,
  options: {
    dialogOpen: boolean;
    setEditingId: Dispatch<SetStateAction<string | null>>;
    refused: Refused;
  },
) {
  const { dialogOpen, setEditingId, refused } = options;
  const { t } = useTranslation();
  const state = useSyncExternalStore(stack.subscribe, stack.getState);

  const dialogOpenNow = useRef(false);
  useEffect(() => {
    dialogOpenNow.current = dialogOpen;
  }, [dialogOpen]);

  const run = useCallback(
    (which: 'undo' | 'redo') => {
      setEditingId(null);
      stack[which]().catch((error: unknown) =>
        refused(error, t(which === 'undo' ? 'orgmap.undo.failed' : 'orgmap.undo.redoFailed')),
      );
    },
    [stack, setEditingId, refused, t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTyping(e.target)) return;
      if (dialogOpenNow.current) return;
      const key = e.key.toLowerCase();
      const which =
        key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : null;
      if (!which) return;
      // Nothing left here: the app's undo (renderer/app/UndoRedo.tsx) takes the key instead.
      const { canUndo, canRedo, busy } = stack.getState();
      if (!busy && !(which === 'undo' ? canUndo : canRedo)) return;
      e.preventDefault();
      run(which);
    };
    // On the document, so it runs before the app's handler on the window and can claim the key.
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [run, stack]);

  return { state, undo: () => run('undo'), redo: () => run('redo') };
}
