import type { Rect } from '../model.ts';
import { dottedPath, type CardBox } from './geometry.ts';

// Dotted lines route around every card (geometry.ts dottedRoute), which is the dearest drawing
// on a big map; the same line is drawn again whenever React Flow re-renders it (a card selected,
// a line scrolled back into view). Routes are remembered per set of card boxes: a path is reused
// only for exactly the same ends and the same cards, so what is drawn never changes.

/** The cards a dotted line routes around, with a text that changes whenever any box does. */
export type CardRects = { rects: readonly Rect[]; signature: string };

export function cardRectsOf(rects: readonly Rect[]): CardRects {
  return { rects, signature: rects.map(boxKey).join(';') };
}

/** How many card layouts keep their routes (the current one and a few before, e.g. a drag). */
const LAYOUTS_KEPT = 4;
const routes = new Map<string, Map<string, string>>();

/** dottedPath(secondManager, person, cards.rects), computed once per ends and card boxes. */
export function cachedDottedPath(
  secondManager: CardBox,
  person: CardBox,
  cards: CardRects,
): string {
  let paths = routes.get(cards.signature);
  if (paths) {
    routes.delete(cards.signature); // most recently used last
  } else {
    paths = new Map();
    if (routes.size >= LAYOUTS_KEPT) routes.delete(routes.keys().next().value!);
  }
  routes.set(cards.signature, paths);
  const ends = `${boxKey(secondManager)}:${secondManager.attach}|${boxKey(person)}:${person.attach}`;
  let path = paths.get(ends);
  if (path === undefined) {
    path = dottedPath(secondManager, person, cards.rects);
    paths.set(ends, path);
  }
  return path;
}

function boxKey(r: Rect): string {
  return `${r.x},${r.y},${r.width},${r.height}`;
}
