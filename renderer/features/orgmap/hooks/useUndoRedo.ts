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
 * edit of a card, whose fields it may change.
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
      if (key === 'z') {
        e.preventDefault();
        run(e.shiftKey ? 'redo' : 'undo');
      } else if (key === 'y' && !e.shiftKey) {
        e.preventDefault();
        run('redo');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return { state, undo: () => run('undo'), redo: () => run('redo') };
}
