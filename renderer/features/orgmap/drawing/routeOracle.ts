import type { Point, Rect } from '../model.ts';
import {
  CARD_HEIGHT,
  LEVEL_GAP,
  nearestSides,
  orthogonal,
  ROUTE_CLEARANCE,
  type CardBox,
} from './geometry.ts';

// The dotted-line routing as it was before its obstacle index (geometry.ts blockedAt): every
// point checked against every card. Not shipped: routeOracle.test.ts checks that the indexed
// routing draws exactly these routes.

const BEND_COST = 60;
const ROUTE_REGION_MARGIN = 2 * (CARD_HEIGHT + LEVEL_GAP);

function centre(card: Rect): Point {
  return { x: card.x + card.width / 2, y: card.y + card.height / 2 };
}

type Side = 'top' | 'bottom' | 'left' | 'right';

/** dottedRoute of geometry.ts, checking every obstacle at every point. */
export function oracleDottedRoute(
  secondManager: CardBox,
  person: CardBox,
  cards: readonly Rect[] = [],
): Point[] {
  const ends = [secondManager, person];
  const others = cards.filter(
    (c) => !ends.some((e) => e.x === c.x && e.y === c.y && e.width === c.width),
  );
  const obstacles = [...ends, ...others];
  const near = spanBox(secondManager, person, ROUTE_REGION_MARGIN);
  const route =
    routeAround(
      secondManager,
      person,
      obstacles.filter((o) => overlapsBox(o, near)),
      near,
    ) ?? routeAround(secondManager, person, obstacles, null);
  if (route) return route;
  const [from, to] = nearestSides(secondManager, person);
  return pathPoints(orthogonal(from, to));
}

/** The corner points of a path made by `orthogonal`. */
function pathPoints(d: string): Point[] {
  const tokens = d.split(' ');
  const out: Point[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length;) {
    const command = tokens[i++];
    if (command === 'M') {
      x = Number(tokens[i++]);
      y = Number(tokens[i++]);
    } else if (command === 'H') x = Number(tokens[i++]);
    else y = Number(tokens[i++]);
    out.push({ x, y });
  }
  return out;
}

const overlapsBox = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function spanBox(a: Rect, b: Rect, margin: number): Rect {
  const x = Math.min(a.x, b.x) - margin;
  const y = Math.min(a.y, b.y) - margin;
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) + margin - x,
    height: Math.max(a.y + a.height, b.y + b.height) + margin - y,
  };
}

/** Directions: right, down, left, up. */
const DIRECTIONS: readonly Point[] = [
  { x: 1, y: 0 },
  { x: 0, y: 1 },
  { x: -1, y: 0 },
  { x: 0, y: -1 },
];

type Port = { at: Point; stub: Point; direction: number };

/** Where a dotted line may leave or enter a card, and the direction out of the card. */
function ports(card: CardBox, role: 'manager' | 'person'): Port[] {
  const solidIn: Side = card.attach === 'left' ? 'left' : 'top';
  const c = centre(card);
  const all: { side: Side; at: Point; direction: number }[] = [
    { side: 'right', at: { x: card.x + card.width, y: c.y }, direction: 0 },
    // Off the bottom centre, where a manager's solid lines leave.
    {
      side: 'bottom',
      at: { x: card.x + card.width * 0.75, y: card.y + card.height },
      direction: 1,
    },
    { side: 'left', at: { x: card.x, y: c.y }, direction: 2 },
    {
      side: 'top',
      at: { x: role === 'manager' ? c.x : card.x + card.width * 0.75, y: card.y },
      direction: 3,
    },
  ];
  return all
    .filter((p) => p.side !== solidIn)
    .map(({ at, direction }) => ({
      at,
      direction,
      stub: {
        x: at.x + DIRECTIONS[direction]!.x * ROUTE_CLEARANCE,
        y: at.y + DIRECTIONS[direction]!.y * ROUTE_CLEARANCE,
      },
    }));
}

/**
 * The cheapest right-angled route (length + BEND_COST per turn) from a port of `from` to a port
 * of `to` on the grid of lines ROUTE_CLEARANCE outside every obstacle's sides, passing through
 * no obstacle; null when there is none. `region` bounds the grid (null: no bound).
 */
function routeAround(
  from: CardBox,
  to: CardBox,
  obstacles: readonly Rect[],
  region: Rect | null,
): Point[] | null {
  const starts = ports(from, 'manager');
  const ends = ports(to, 'person');
  const inset = ROUTE_CLEARANCE - 0.5;
  const blocked = obstacles.map((o) => ({
    left: o.x - inset,
    right: o.x + o.width + inset,
    top: o.y - inset,
    bottom: o.y + o.height + inset,
  }));
  const inside = (x: number, y: number) =>
    blocked.some((b) => x > b.left && x < b.right && y > b.top && y < b.bottom);

  const xSet = new Set<number>();
  const ySet = new Set<number>();
  for (const o of obstacles) {
    xSet.add(o.x - ROUTE_CLEARANCE).add(o.x + o.width + ROUTE_CLEARANCE);
    ySet.add(o.y - ROUTE_CLEARANCE).add(o.y + o.height + ROUTE_CLEARANCE);
  }
  for (const p of [...starts, ...ends]) {
    xSet.add(p.stub.x);
    ySet.add(p.stub.y);
  }
  if (region) {
    xSet.add(region.x).add(region.x + region.width);
    ySet.add(region.y).add(region.y + region.height);
  }
  const xs = [...xSet].sort((a, b) => a - b);
  const ys = [...ySet].sort((a, b) => a - b);
  const columns = xs.length;
  const key = (ix: number, iy: number, direction: number) => ((iy * columns + ix) << 2) | direction;
  const cost = new Map<number, number>();
  const previous = new Map<number, number>();
  const heap = new MinHeap();
  const endAt = new Map<number, Port>();
  for (const end of ends) {
    endAt.set(ys.indexOf(end.stub.y) * columns + xs.indexOf(end.stub.x), end);
  }
  for (const start of starts) {
    const k = key(xs.indexOf(start.stub.x), ys.indexOf(start.stub.y), start.direction);
    if (inside(start.stub.x, start.stub.y)) continue;
    cost.set(k, 0);
    heap.push(0, k);
  }

  let best: { total: number; state: number; end: Port } | null = null;
  while (heap.size > 0) {
    const [c, state] = heap.pop();
    if (c !== cost.get(state)) continue;
    if (best && c >= best.total) break;
    const direction = state & 3;
    const cell = state >> 2;
    const ix = cell % columns;
    const iy = (cell - ix) / columns;
    const end = endAt.get(cell);
    if (end) {
      // Arriving into the card: against the port's direction out of it.
      const total = c + (direction === (end.direction + 2) % 4 ? 0 : BEND_COST);
      if (!best || total < best.total) best = { total, state, end };
    }
    for (let turn = 0; turn < 4; turn += 1) {
      if (turn === (direction + 2) % 4) continue;
      const jx = ix + DIRECTIONS[turn]!.x;
      const jy = iy + DIRECTIONS[turn]!.y;
      if (jx < 0 || jy < 0 || jx >= columns || jy >= ys.length) continue;
      const x0 = xs[ix]!;
      const y0 = ys[iy]!;
      const x1 = xs[jx]!;
      const y1 = ys[jy]!;
      if (region && !withinRegion(region, x1, y1)) continue;
      if (inside((x0 + x1) / 2, (y0 + y1) / 2) || inside(x1, y1)) continue;
      const next = key(jx, jy, turn);
      const nextCost =
        c + Math.abs(x1 - x0) + Math.abs(y1 - y0) + (turn === direction ? 0 : BEND_COST);
      if (nextCost < (cost.get(next) ?? Infinity)) {
        cost.set(next, nextCost);
        previous.set(next, state);
        heap.push(nextCost, next);
      }
    }
  }
  if (!best) return null;

  const cells: Point[] = [];
  for (let s: number | undefined = best.state; s !== undefined; s = previous.get(s)) {
    const cell = s >> 2;
    cells.push({ x: xs[cell % columns]!, y: ys[Math.floor(cell / columns)]! });
  }
  cells.reverse();
  const start = starts.find((p) => p.stub.x === cells[0]!.x && p.stub.y === cells[0]!.y)!;
  return withoutStraightPoints([start.at, ...cells, best.end.at]);
}

const withinRegion = (r: Rect, x: number, y: number): boolean =>
  x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;

/** Drops the points in the middle of a straight run. */
function withoutStraightPoints(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const a = out.at(-2);
    const b = out.at(-1);
    if (b && b.x === p.x && b.y === p.y) continue;
    if (a && b && ((a.x === b.x && b.x === p.x) || (a.y === b.y && b.y === p.y))) out.pop();
    out.push(p);
  }
  return out;
}

/** A binary heap of (cost, state) pairs, cheapest first. */
class MinHeap {
  private readonly items: [number, number][] = [];
  get size(): number {
    return this.items.length;
  }
  push(cost: number, state: number): void {
    const items = this.items;
    items.push([cost, state]);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent]![0] <= items[i]![0]) break;
      [items[parent], items[i]] = [items[i]!, items[parent]!];
      i = parent;
    }
  }
  pop(): [number, number] {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && items[l]![0] < items[m]![0]) m = l;
        if (r < items.length && items[r]![0] < items[m]![0]) m = r;
        if (m === i) break;
        [items[m], items[i]] = [items[i]!, items[m]!];
        i = m;
      }
    }
    return top;
  }
}
