import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { MapEdge, MapNode } from '../components/mapTypes.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../drawing/geometry.ts';
import type { SetNodes } from './useMapNodes.ts';

/**
 * Puts the keyboard focus on a card, selecting it alone and bringing it into view (or centring
 * it, zoomed in to read). `focusWhenShown` does so for a card not laid out yet, once it is.
 */
export function useFocusCard(
  wrapper: RefObject<HTMLDivElement | null>,
  setNodes: SetNodes,
  cardIds: ReadonlySet<string>,
) {
  const flow = useReactFlow<MapNode, MapEdge>();
  const focusCard = useCallback(
    (personId: string, options: { center?: boolean } = {}) => {
      const node = flow.getNode(personId);
      if (!node) return;
      const el = () =>
        wrapper.current?.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(personId)}"]`,
        );
      const box = wrapper.current?.getBoundingClientRect();
      const rect = el()?.getBoundingClientRect();
      const visible =
        rect &&
        box &&
        rect.left >= box.left &&
        rect.right <= box.right &&
        rect.top >= box.top &&
        rect.bottom <= box.bottom;
      if (options.center || !visible) {
        const zoom = Math.max(flow.getZoom(), options.center ? 1 : 0.6);
        void flow.setCenter(node.position.x + CARD_WIDTH / 2, node.position.y + CARD_HEIGHT / 2, {
          zoom,
          duration: options.center ? 300 : 0,
        });
      }
      setNodes((ns) =>
        ns.map((n) =>
          n.id === personId
            ? n.selected
              ? n
              : { ...n, selected: true }
            : n.selected
              ? { ...n, selected: false }
              : n,
        ),
      );
      const tryFocus = (attempt: number) => {
        const target = el();
        if (target) target.focus({ preventScroll: true });
        else if (attempt < 20) setTimeout(() => tryFocus(attempt + 1), 25);
      };
      requestAnimationFrame(() => tryFocus(0));
    },
    [flow, setNodes, wrapper],
  );

  // A card added from the map gets the focus once it is laid out.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id && cardIds.has(id)) {
      pendingFocus.current = null;
      focusCard(id);
    }
  }, [cardIds, focusCard]);
  const focusWhenShown = useCallback((personId: string) => {
    pendingFocus.current = personId;
  }, []);

  return { focusCard, focusWhenShown };
}

export type FocusCard = ReturnType<typeof useFocusCard>['focusCard'];
