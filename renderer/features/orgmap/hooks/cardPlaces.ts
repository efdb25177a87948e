import type { XYPosition } from '@xyflow/react';
import { CARD_HEIGHT, CARD_WIDTH } from '../drawing/geometry.ts';

// Where cards are, for the keyboard and for dragging: the card an arrow key goes to, the card
// under a drop, and whether a drag moved the cards at all.

type Placed = { id: string; type?: string; position: XYPosition };

/**
 * The card an arrow key goes to from `fromId`: the nearest one ahead in that direction, a card
 * off to the side counting double. Undefined when none lies that way.
 */
export function cardInDirection(
  nodes: readonly Placed[],
  fromId: string,
  key: string,
): string | undefined {
  const from = nodes.find((n) => n.id === fromId);
  if (!from) return undefined;
  const cx = from.position.x;
  const cy = from.position.y;
  let best: { id: string; score: number } | null = null;
  for (const n of nodes) {
    if (n.type !== 'card' || n.id === fromId) continue;
    const dx = n.position.x - cx;
    const dy = n.position.y - cy;
    const [main, side] =
      key === 'ArrowRight'
        ? [dx, dy]
        : key === 'ArrowLeft'
          ? [-dx, dy]
          : key === 'ArrowDown'
            ? [dy, dx]
            : [-dy, dx];
    if (main <= 1) continue;
    const score = main + Math.abs(side) * 2;
    if (!best || score < best.score) best = { id: n.id, score };
  }
  return best?.id;
}

/** The card (other than the dragged ones) a point of the chart falls on. */
export function cardAt<N extends Placed>(
  nodes: readonly N[],
  point: XYPosition,
  dragged: readonly string[],
): N | undefined {
  return nodes.find(
    (n) =>
      n.type === 'card' &&
      !dragged.includes(n.id) &&
      point.x >= n.position.x &&
      point.x <= n.position.x + CARD_WIDTH &&
      point.y >= n.position.y &&
      point.y <= n.position.y + CARD_HEIGHT,
  );
}

/** Dropped where they started (a click that wobbled, a drag and back): nothing to save. */
export function droppedInPlace(
  moved: readonly Placed[],
  start: ReadonlyMap<string, XYPosition>,
): boolean {
  return moved.every((n) => {
    const p = start.get(n.id);
    return p && Math.abs(p.x - n.position.x) < 2 && Math.abs(p.y - n.position.y) < 2;
  });
}
