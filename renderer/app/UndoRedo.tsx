import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepRef } from '../../shared/history.ts';
import { onDone, onUndoableWrite, takeUndoRequests } from '../data/undoSteps.ts';
import { useWrite } from '../data/write.ts';
import { errorText } from '../ui/form/errorText.ts';
import { inDialog, isTyping } from '../ui/isTyping.ts';

type Which = 'undo' | 'redo';

/**
 * Undo and redo everywhere: a toast with "Undo" after every write that made an undo step, and
 * Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl/⌘+Y anywhere but in a text field or a dialog. Buttons
 * elsewhere (the map's toolbar) undo through here too (requestUndo).
 */
export function UndoRedo() {
  const { t } = useTranslation();
  const { mutateAsync } = useWrite(
    ({ which, stepId }: { which: Which; stepId?: number }, { write }) =>
      write(which === 'undo' ? 'history.undo' : 'history.redo', stepId ? { stepId } : {}),
    // One after another, and never offering to undo the undo itself.
    { scope: 'history', undo: false },
  );
  const shown = useRef<string | null>(null);
  // A write's Undo waits one turn of the event loop for the feature's own words (announceDone),
  // said as its write settles, so the user sees one toast that says what happened.
  const pending = useRef<{ steps: StepRef[]; message?: string } | null>(null);
  // The Undo toast last shown with the generic words, which late words replace in place.
  const generic = useRef<{ id: string; steps: number[]; at: number } | null>(null);
  // The toast's button runs the newest `run` (declared below: each needs the other).
  const runRef = useRef<(which: Which, steps?: number[]) => Promise<void>>(async () => {});

  const toast = useCallback(
    (options: Parameters<typeof notifications.show>[0]) => {
      if (shown.current) notifications.hide(shown.current);
      generic.current = null;
      // Long enough to reach the button; hovering keeps it open, and Ctrl+Z works meanwhile too.
      shown.current = notifications.show({
        withBorder: true,
        autoClose: 10_000,
        closeButtonProps: { 'aria-label': t('common.close') },
        ...options,
      });
    },
    [t],
  );

  const content = useCallback(
    (message: string, which: Which, steps: number[] | undefined) => (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{message}</Text>
        <Button
          size="compact-sm"
          variant="light"
          onClick={() => {
            if (shown.current) notifications.hide(shown.current);
            void runRef.current(which, steps);
          }}
        >
          {t(which === 'undo' ? 'undo.undo' : 'undo.redo')}
        </Button>
      </Group>
    ),
    [t],
  );

  const offer = useCallback(
    (message: string, which: Which, steps: number[] | undefined) =>
      toast({ message: content(message, which, steps) }),
    [content, toast],
  );
  /** Undoes (or redoes) the given steps, newest first for undo; the newest one when none. */
  const run = useCallback(
    async (which: Which, steps?: number[]) => {
      const order = steps ? (which === 'undo' ? [...steps].reverse() : steps) : [undefined];
      const done: number[] = [];
      try {
        for (const stepId of order) {
          const answer = await mutateAsync({ which, ...(stepId ? { stepId } : {}) });
          done.push(answer.step.id);
        }
      } catch (error) {
        if (done.length === 0) {
          toast({
            color: 'red',
            title: t(which === 'undo' ? 'undo.undoFailed' : 'undo.redoFailed'),
            message: errorText(t, error),
          });
          return;
        }
      }
      const back = which === 'undo' ? [...done].reverse() : done;
      offer(
        t(which === 'undo' ? 'undo.undone' : 'undo.redone'),
        which === 'undo' ? 'redo' : 'undo',
        back,
      );
    },
    [mutateAsync, offer, t, toast],
  );
  useEffect(() => {
    runRef.current = run;
  }, [run]);
  useEffect(() => takeUndoRequests((which) => runRef.current(which)), []);

  useEffect(() => {
    const show = () => {
      const waiting = pending.current;
      pending.current = null;
      if (!waiting) return;
      const head = waiting.steps.at(-1)!;
      const ids = waiting.steps.map((s) => s.id);
      const message =
        waiting.message ??
        t(`undo.done.${head.action}`, { entity: t(`undo.entity.${head.entity}`) });
      offer(message, 'undo', ids);
      generic.current =
        waiting.message === undefined && shown.current
          ? { id: shown.current, steps: ids, at: Date.now() }
          : null;
    };
    const offSteps = onUndoableWrite((steps) => {
      if (pending.current) pending.current.steps.push(...steps);
      else {
        pending.current = { steps: [...steps] };
        setTimeout(show, 0);
      }
    });
    const offDone = onDone((message) => {
      if (pending.current) {
        pending.current.message = message;
        return;
      }
      const late = generic.current;
      generic.current = null;
      if (late && late.id === shown.current && Date.now() - late.at < 2_000) {
        notifications.update({ id: late.id, message: content(message, 'undo', late.steps) });
        return;
      }
      // The write made no step: a plain notice says it.
      toast({ color: 'teal', message });
    });
    return () => {
      offSteps();
      offDone();
    };
  }, [content, offer, t, toast]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (isTyping(e.target) || inDialog(e.target)) return;
      const key = e.key.toLowerCase();
      const which: Which | null =
        key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : null;
      if (!which) return;
      e.preventDefault();
      void runRef.current(which);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return null;
}
