import { useReactFlow, type OnNodeDrag } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas.ts';
import type { MapEdits } from '../api/useMapEdits.ts';
import type { MapEdge, MapNode } from '../components/mapTypes.ts';
import { cardAt, droppedInPlace } from './cardPlaces.ts';
import type { Refused } from './useRefused.ts';
import type { SetNodes } from './useMapNodes.ts';
import { announceDone } from '../../../data/undoSteps.ts';

/**
 * Dragging cards: one dropped onto another card gets that person as manager (and goes back to
 * its place until the map is laid out again); dropped onto empty space, cards keep a position of
 * their own. A refused move puts them back.
 */
export function useCardDrag(
  setNodes: SetNodes,
  peopleById: ReadonlyMap<string, Person>,
  edits: MapEdits,
  refused: Refused,
) {
  const { t } = useTranslation();
  const flow = useReactFlow<MapNode, MapEdge>();
  const dragStart = useRef(new Map<string, { x: number; y: number }>());
  const onNodeDragStart = useCallback<OnNodeDrag<MapNode>>((_event, _node, dragged) => {
    dragStart.current = new Map(dragged.map((n) => [n.id, { ...n.position }]));
  }, []);

  const putBack = useCallback(
    (ids: string[]) => {
      const start = dragStart.current;
      setNodes((ns) =>
        ns.map((n) => {
          const p = ids.includes(n.id) ? start.get(n.id) : undefined;
          return p ? { ...n, position: p } : n;
        }),
      );
    },
    [setNodes],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<MapNode>>(
    (event, _node, dragged) => {
      const moved = dragged.filter((n) => n.type === 'card');
      if (moved.length === 0) return;
      const ids = moved.map((n) => n.id);
      const pointer = 'changedTouches' in event ? event.changedTouches[0] : event;
      if (!pointer) return;
      const point = flow.screenToFlowPosition({ x: pointer.clientX, y: pointer.clientY });
      const target = moved.length === 1 ? cardAt(flow.getNodes(), point, ids) : undefined;
      if (target) {
        putBack(ids);
        const person = peopleById.get(ids[0]!);
        const manager = peopleById.get(target.id);
        if (!person || !manager || person.managerId === manager.id) return;
        edits.reparent(person, manager.id).then(
          () =>
            announceDone(
              t('orgmap.moves.reparented', { name: person.name, manager: manager.name }),
            ),
          (error: unknown) => refused(error, t('orgmap.moves.refused')),
        );
        return;
      }
      if (droppedInPlace(moved, dragStart.current)) return;
      const positions = moved.map((n) => ({
        personId: n.id,
        x: Math.round(n.position.x),
        y: Math.round(n.position.y),
      }));
      const label = moved.map((n) => peopleById.get(n.id)?.name ?? '').join(', ');
      edits.move(positions, label).catch((error: unknown) => {
        putBack(ids);
        refused(error);
      });
    },
    [flow, peopleById, edits, putBack, refused, t],
  );

  return { onNodeDragStart, onNodeDragStop };
}
