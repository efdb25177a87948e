import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPosition } from '../../../../shared/orgchart.ts';
import type { Person } from '../../../../shared/schemas.ts';
import type { MapEdits } from '../api/useMapEdits.ts';
import type { MapEdge, MapNode } from '../components/mapTypes.ts';
import type { Refused } from './useRefused.ts';
import type { SetNodes } from './useMapNodes.ts';

/** How far Alt+Arrow moves a card, and Alt+Shift+Arrow. */
export const NUDGE = 10;
export const NUDGE_FAR = 50;
/** Keys stopped this long: the moves so far are saved as one write, one undo step. */
export const NUDGE_SAVE_MS = 400;

const STEPS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Where a card goes for an arrow key, or undefined for any other key. */
export function nudged(
  at: { x: number; y: number },
  key: string,
  far: boolean,
): { x: number; y: number } | undefined {
  const step = STEPS[key];
  if (!step) return undefined;
  const by = far ? NUDGE_FAR : NUDGE;
  return { x: Math.round(at.x + step[0] * by), y: Math.round(at.y + step[1] * by) };
}

/**
 * Moving a focused card by keyboard (Alt+Arrow, Alt+Shift+Arrow further). The card moves at
 * once; the move is saved when the keys stop or focus leaves the card, as one write (one undo
 * step, like a drag). Each move is told to screen readers through a polite live region.
 */
export function useKeyboardMove(options: {
  setNodes: SetNodes;
  peopleById: ReadonlyMap<string, Person>;
  edits: MapEdits;
  refused: Refused;
}) {
  const { setNodes, peopleById, edits, refused } = options;
  const { t } = useTranslation();
  const flow = useReactFlow<MapNode, MapEdge>();
  const [message, setMessage] = useState('');
  // The card's place before its first unsaved move, and where it is now.
  const pending = useRef(new Map<string, { from: MapPosition; to: MapPosition }>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const putBack = useCallback(
    (moves: { from: MapPosition }[]) => {
      const back = new Map(moves.map((m) => [m.from.personId, m.from]));
      setNodes((ns) =>
        ns.map((n) => {
          const p = back.get(n.id);
          return p ? { ...n, position: { x: p.x, y: p.y } } : n;
        }),
      );
    },
    [setNodes],
  );

  /** Ctrl+Z before the save: the unsaved moves are given up (nothing was written). */
  const discard = useCallback((): boolean => {
    if (pending.current.size === 0) return false;
    clearTimeout(timer.current);
    timer.current = undefined;
    putBack([...pending.current.values()]);
    pending.current = new Map();
    return true;
  }, [putBack]);

  const save = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (pending.current.size === 0) return;
    const moves = [...pending.current.values()];
    pending.current = new Map();
    edits.move(moves.map((m) => m.to)).catch((error: unknown) => {
      putBack(moves);
      refused(error);
    });
  }, [edits, refused, putBack]);

  // Leaving the map saves what is left (the newest save: only on unmount, not on every change).
  const saveNow = useRef(save);
  useEffect(() => {
    saveNow.current = save;
  }, [save]);
  useEffect(() => () => saveNow.current(), []);

  const move = useCallback(
    (personId: string, key: string, far: boolean): boolean => {
      const node = flow.getNode(personId);
      const to = node && nudged(node.position, key, far);
      if (!node || !to) return false;
      const earlier = pending.current.get(personId);
      pending.current.set(personId, {
        from: earlier?.from ?? { personId, ...node.position },
        to: { personId, ...to },
      });
      setNodes((ns) => ns.map((n) => (n.id === personId ? { ...n, position: to } : n)));
      setMessage(
        t('orgmap.keyboardMove.moved', { name: peopleById.get(personId)?.name ?? '', ...to }),
      );
      clearTimeout(timer.current);
      timer.current = setTimeout(save, NUDGE_SAVE_MS);
      return true;
    },
    [flow, peopleById, save, setNodes, t],
  );

  return { move, save, discard, message };
}

export type KeyboardMove = ReturnType<typeof useKeyboardMove>;
