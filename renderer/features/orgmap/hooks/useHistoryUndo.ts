import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { UndoStep } from '../../../../shared/history.ts';
import { readQuery } from '../../../data/read.ts';
import { requestUndo } from '../../../data/undoSteps.ts';

/** What the toolbar's Undo and Redo show: enabled or not, and what they would take back. */
export type UndoButtons = {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
};

/**
 * The map toolbar's Undo and Redo: the app's one history (history.undoState), run through the
 * app's undo so they act and answer (toast, refusal) exactly as Ctrl+Z and the toast's Undo do.
 */
export function useHistoryUndo(onBeforeRun: () => void) {
  const { t } = useTranslation();
  const { data } = useQuery(readQuery('history.undoState', {}));

  const label = useCallback(
    (step: UndoStep | null | undefined): string | null => {
      if (!step) return null;
      const entity = t(`undo.entity.${step.entity}`);
      const action = t(`orgmap.step.action.${step.action}`);
      return step.name
        ? t('orgmap.step.named', { entity, action, name: step.name })
        : t('orgmap.step.unnamed', { entity, action });
    },
    [t],
  );

  const run = useCallback(
    (which: 'undo' | 'redo') => {
      onBeforeRun();
      void requestUndo(which);
    },
    [onBeforeRun],
  );

  const state: UndoButtons = {
    canUndo: Boolean(data?.undo),
    canRedo: Boolean(data?.redo),
    undoLabel: label(data?.undo),
    redoLabel: label(data?.redo),
  };
  return { state, undo: () => run('undo'), redo: () => run('redo') };
}
