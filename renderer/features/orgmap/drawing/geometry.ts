import type { Attitude, InfluenceLineKind, InfluenceStrength } from '../../../../shared/enums.ts';
import type { Attach, Point, Rect } from '../model.ts';

// Sizes and line geometry of the account map. The layout (layout/), the interactive map
// (components/, through xyflow custom edges) and the exports (export/) all use these, so the
// screen and the exported files look the same. Coordinates are map pixels; y grows downwards.

export const CARD_WIDTH = 220;
export const CARD_HEIGHT = 100;

/** Horizontal space between neighbouring subtrees. */
export const SIBLING_GAP = 48;
/** Vertical space between a manager's bottom edge and its reports' top edge. */
export const LEVEL_GAP = 64;

/** Stacked leaf reports: the spine runs this far right of the manager's left edge. */
export const SPINE_INSET = 24;
/** Stacked leaf reports: width of the gutter left of each column (its spine runs in the middle). */
export const STACK_INDENT = 20;
/** Stacked leaf reports: vertical space between two cards of a column. */
export const STACK_ROW_GAP = 16;
/** Stacked leaf reports: extra space between two columns. */
export const STACK_COLUMN_GAP = 16;

/** Department and organisation boxes: padding around the cards and the label band above. */
export const GROUP_PADDING = 12;
export const GROUP_LABEL_HEIGHT = 24;

/** Space between the org tree and the external people's area on its right. */
export const EXTERNAL_GAP = 120;
/** Vertical space between two organisations in the external area. */
export const EXTERNAL_GROUP_GAP = 40;

/** Where a card's sides are. */
export type CardBox = Rect & { attach?: Attach };

export const round = (n: number): number => Math.round(n * 10) / 10;
const fmt = (n: number): string => String(round(n));

function centre(card: Rect): Point {
  return { x: card.x + card.width / 2, y: card.y + card.height / 2 };
}

/**
 * The solid (or dotted, see dottedPath) reporting line from a manager to a report.
 * attach 'top': from the manager's bottom centre down to half way, across, down into the report's
 * top centre. attach 'left' (a report stacked under its manager): down a spine near the manager's
 * left-bottom to the report's vertical middle, then right into the report's left edge.
 */
export function reportingPath(manager: CardBox, report: CardBox): string {
  const bottom = manager.y + manager.height;
  if (report.attach === 'left') {
    const startX = manager.x + Math.min(SPINE_INSET, manager.width / 2);
    const spineX = report.x - STACK_INDENT / 2;
    const midY = report.y + report.height / 2;
    if (Math.abs(spineX - startX) < 0.5) {
      return `M ${fmt(startX)} ${fmt(bottom)} V ${fmt(midY)} H ${fmt(report.x)}`;
    }
    const turnY = bottom + Math.max(0, Math.min(LEVEL_GAP / 2, (report.y - bottom) / 2));
    return (
      `M ${fmt(startX)} ${fmt(bottom)} V ${fmt(turnY)} H ${fmt(spineX)} ` +
      `V ${fmt(midY)} H ${fmt(report.x)}`
    );
  }
  const from = { x: manager.x + manager.width / 2, y: bottom };
  const to = { x: report.x + report.width / 2, y: report.y };
  return orthogonal(from, to);
}

/** Down, across at half the height, down: the usual org-chart connector between two points. */
export function orthogonal(from: Point, to: Point): string {
  if (Math.abs(from.x - to.x) < 0.5) {
    return `M ${fmt(from.x)} ${fmt(from.y)} V ${fmt(to.y)}`;
  }
  const midY = (from.y + to.y) / 2;
  return `M ${fmt(from.x)} ${fmt(from.y)} V ${fmt(midY)} H ${fmt(to.x)} V ${fmt(to.y)}`;
}

/** Space a dotted line keeps from every card it passes. */
export const ROUTE_CLEARANCE = 10;
/** Cost of a turn in a dotted line's route, in px of length: fewer turns read better. */
const BEND_COST = 60;
/** Cards this far around the two ends are what a dotted line's route looks at first. */
const ROUTE_REGION_MARGIN = 2 * (CARD_HEIGHT + LEVEL_GAP);

/**
 * A dotted reporting line (second manager → person): a right-angled route from a side of the
 * second manager to a side of the person that passes no card (`cards`: every card on the map;
 * the two ends may be among them). It never uses the side where the person's solid line comes
 * in (the top, or the left of a stacked report) nor the second manager's bottom centre, where
 * its solid lines leave, so that it cannot be read as one of them. Without a free route (cards
 * packed all round), the direct connector between the nearest sides.
 */
export function dottedRoute(
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

/** The SVG path of dottedRoute, drawn dashed by LINE_STYLES.dotted. */
export function dottedPath(
  secondManager: CardBox,
  person: CardBox,
  cards: readonly Rect[] = [],
): string {
  return orthogonalPathOf(dottedRoute(secondManager, person, cards));
}

/** "M x y H … V …" through points that differ in one coordinate at a time. */
export function orthogonalPathOf(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M ${fmt(first.x)} ${fmt(first.y)}`;
  let previous = first;
  for (const p of rest) {
    if (p.x !== previous.x && p.y !== previous.y) d += ` L ${fmt(p.x)} ${fmt(p.y)}`;
    else if (p.x !== previous.x) d += ` H ${fmt(p.x)}`;
    else if (p.y !== previous.y) d += ` V ${fmt(p.y)}`;
    previous = p;
  }
  return d;
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

/** DIRECTIONS as two arrays, for the routing's inner loop. */
const DX = DIRECTIONS.map((d) => d.x);
const DY = DIRECTIONS.map((d) => d.y);

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
  const inside = blockedAt(obstacles, ROUTE_CLEARANCE - 0.5);

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
  // Per state (cell × direction): the cheapest cost found and the state it was reached from.
  const cost = new Float64Array(columns * ys.length * 4).fill(Infinity);
  const previous = new Int32Array(columns * ys.length * 4).fill(-1);
  const heap = new MinHeap();
  const endAt = new Map<number, Port>();
  const isEnd = new Uint8Array(columns * ys.length); // endAt's cells, looked up without the map
  for (const end of ends) {
    const cell = ys.indexOf(end.stub.y) * columns + xs.indexOf(end.stub.x);
    endAt.set(cell, end);
    isEnd[cell] = 1;
  }
  for (const start of starts) {
    const k = key(xs.indexOf(start.stub.x), ys.indexOf(start.stub.y), start.direction);
    if (inside(start.stub.x, start.stub.y)) continue;
    cost[k] = 0;
    heap.push(0, k);
  }

  // The search meets each grid point and each step between two neighbours several times (once
  // per direction): whether it is blocked is looked up once. 0: not yet known, 1: free, 2: blocked.
  const rows = ys.length;
  const points = new Uint8Array(columns * rows);
  const steps = new Uint8Array(columns * rows * 2); // per cell: the step right, the step down
  const blockedPoint = (ix: number, iy: number): boolean => {
    const i = iy * columns + ix;
    if (points[i] === 0) points[i] = inside(xs[ix]!, ys[iy]!) ? 2 : 1;
    return points[i] === 2;
  };
  const blockedStep = (ix: number, iy: number, jx: number, jy: number): boolean => {
    const i = 2 * (Math.min(iy, jy) * columns + Math.min(ix, jx)) + (iy === jy ? 0 : 1);
    if (steps[i] === 0) {
      steps[i] = inside((xs[ix]! + xs[jx]!) / 2, (ys[iy]! + ys[jy]!) / 2) ? 2 : 1;
    }
    return steps[i] === 2;
  };
  // Which grid columns and rows lie within the region (all of them without one).
  const columnIn = Uint8Array.from(xs, (x) =>
    !region || withinRegion(region, x, region.y) ? 1 : 0,
  );
  const rowIn = Uint8Array.from(ys, (y) => (!region || withinRegion(region, region.x, y) ? 1 : 0));

  let best: { total: number; state: number; end: Port } | null = null;
  while (heap.size > 0) {
    const c = heap.peekCost();
    const state = heap.pop();
    if (c !== cost[state]) continue;
    if (best && c >= best.total) break;
    const direction = state & 3;
    const cell = state >> 2;
    const ix = cell % columns;
    const iy = (cell - ix) / columns;
    const end = isEnd[cell] === 1 ? endAt.get(cell) : undefined;
    if (end) {
      // Arriving into the card: against the port's direction out of it.
      const total = c + (direction === (end.direction + 2) % 4 ? 0 : BEND_COST);
      if (!best || total < best.total) best = { total, state, end };
    }
    for (let turn = 0; turn < 4; turn += 1) {
      if (turn === (direction + 2) % 4) continue;
      const jx = ix + DX[turn]!;
      const jy = iy + DY[turn]!;
      if (jx < 0 || jy < 0 || jx >= columns || jy >= ys.length) continue;
      const x0 = xs[ix]!;
      const y0 = ys[iy]!;
      const x1 = xs[jx]!;
      const y1 = ys[jy]!;
      if (columnIn[jx] === 0 || rowIn[jy] === 0) continue;
      if (blockedStep(ix, iy, jx, jy) || blockedPoint(jx, jy)) continue;
      const next = key(jx, jy, turn);
      const nextCost =
        c + Math.abs(x1 - x0) + Math.abs(y1 - y0) + (turn === direction ? 0 : BEND_COST);
      if (nextCost < cost[next]!) {
        cost[next] = nextCost;
        previous[next] = state;
        heap.push(nextCost, next);
      }
    }
  }
  if (!best) return null;

  const cells: Point[] = [];
  for (let s = best.state; s !== -1; s = previous[s]!) {
    const cell = s >> 2;
    cells.push({ x: xs[cell % columns]!, y: ys[Math.floor(cell / columns)]! });
  }
  cells.reverse();
  const start = starts.find((p) => p.stub.x === cells[0]!.x && p.stub.y === cells[0]!.y)!;
  return withoutStraightPoints([start.at, ...cells, best.end.at]);
}

/** Size (px) of the buckets of blockedAt's index: about a card, so a point looks at a few boxes. */
const BUCKET = 128;

/**
 * Whether a point lies strictly inside one of the obstacles grown by `inset`. The boxes are
 * filed in square buckets by the cells they cover, so a point is checked against the few boxes of
 * its own bucket instead of every card on the map (a box that strictly contains a point always
 * covers that point's bucket, so the answer is the same as checking them all).
 */
export function blockedAt(
  obstacles: readonly Rect[],
  inset: number,
): (x: number, y: number) => boolean {
  const buckets = new Map<number, number[]>();
  const boxes: number[] = [];
  const cellKey = (bx: number, by: number) => bx * 0x100000 + by;
  for (const o of obstacles) {
    const i = boxes.length;
    const left = o.x - inset;
    const right = o.x + o.width + inset;
    const top = o.y - inset;
    const bottom = o.y + o.height + inset;
    boxes.push(left, right, top, bottom);
    for (let bx = Math.floor(left / BUCKET); bx <= Math.floor(right / BUCKET); bx += 1) {
      for (let by = Math.floor(top / BUCKET); by <= Math.floor(bottom / BUCKET); by += 1) {
        const k = cellKey(bx, by);
        const list = buckets.get(k);
        if (list) list.push(i);
        else buckets.set(k, [i]);
      }
    }
  }
  return (x, y) => {
    const list = buckets.get(cellKey(Math.floor(x / BUCKET), Math.floor(y / BUCKET)));
    if (!list) return false;
    for (const i of list) {
      if (x > boxes[i]! && x < boxes[i + 1]! && y > boxes[i + 2]! && y < boxes[i + 3]!) {
        return true;
      }
    }
    return false;
  };
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

/**
 * A binary heap of (cost, state) pairs, cheapest first; two parallel arrays rather than a pair
 * object per entry (no garbage on the routing's hot path). Equal costs come out in the order the
 * sift steps give, which the routes depend on: keep those steps as they are.
 */
class MinHeap {
  private readonly costs: number[] = [];
  private readonly states: number[] = [];
  get size(): number {
    return this.costs.length;
  }
  private swap(a: number, b: number): void {
    const { costs, states } = this;
    const cost = costs[a]!;
    costs[a] = costs[b]!;
    costs[b] = cost;
    const state = states[a]!;
    states[a] = states[b]!;
    states[b] = state;
  }
  /** The cost of the entry pop() answers next. */
  peekCost(): number {
    return this.costs[0]!;
  }
  push(cost: number, state: number): void {
    const costs = this.costs;
    costs.push(cost);
    this.states.push(state);
    let i = costs.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (costs[parent]! <= costs[i]!) break;
      this.swap(parent, i);
      i = parent;
    }
  }
  /** Takes the cheapest entry out; answers its state. */
  pop(): number {
    const { costs, states } = this;
    const top = states[0]!;
    const lastCost = costs.pop()!;
    const lastState = states.pop()!;
    if (costs.length > 0) {
      costs[0] = lastCost;
      states[0] = lastState;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < costs.length && costs[l]! < costs[m]!) m = l;
        if (r < costs.length && costs[r]! < costs[m]!) m = r;
        if (m === i) break;
        this.swap(m, i);
        i = m;
      }
    }
    return top;
  }
}

type Side = 'top' | 'bottom' | 'left' | 'right';
type Anchor = Point & { side: Side };

function anchor(card: Rect, side: Side): Anchor {
  const c = centre(card);
  switch (side) {
    case 'top':
      return { x: c.x, y: card.y, side };
    case 'bottom':
      return { x: c.x, y: card.y + card.height, side };
    case 'left':
      return { x: card.x, y: c.y, side };
    case 'right':
      return { x: card.x + card.width, y: c.y, side };
  }
}

/** The facing sides of two cards: vertical when they are further apart vertically, else horizontal. */
export function nearestSides(a: Rect, b: Rect): [Anchor, Anchor] {
  const ca = centre(a);
  const cb = centre(b);
  const gapX = Math.max(a.x - (b.x + b.width), b.x - (a.x + a.width));
  const gapY = Math.max(a.y - (b.y + b.height), b.y - (a.y + a.height));
  if (gapY >= gapX) {
    return cb.y >= ca.y
      ? [anchor(a, 'bottom'), anchor(b, 'top')]
      : [anchor(a, 'top'), anchor(b, 'bottom')];
  }
  return cb.x >= ca.x
    ? [anchor(a, 'right'), anchor(b, 'left')]
    : [anchor(a, 'left'), anchor(b, 'right')];
}

/** How far (px) each further line between the same two people is pushed sideways. */
export const INFLUENCE_OFFSET_STEP = 22;

/**
 * An influence line: a quadratic curve between the nearest sides of the two cards, bowed to the
 * side so that it is clearly distinct from the orthogonal reporting lines. offsetIndex 0, 1, 2 …
 * separates several lines between the same two people (each one bows further out, alternating
 * sides). The ends are spread along the card side too, so the arrows do not sit on each other.
 */
export function influencePath(from: Rect, to: Rect, offsetIndex = 0): string {
  const [a, b] = nearestSides(from, to);
  const shift = spread(offsetIndex);
  const along = (p: Anchor): Point =>
    p.side === 'top' || p.side === 'bottom'
      ? { x: p.x + shift * 0.6, y: p.y }
      : { x: p.x, y: p.y + shift * 0.6 };
  const p0 = along(a);
  const p1 = along(b);
  const dx = p1.x - p0.x;
  const dy = p1.y - p0.y;
  const length = Math.hypot(dx, dy) || 1;
  // Unit normal (to the left of the direction of travel), in a direction-independent orientation
  // so that A→B and B→A lines with the same offsetIndex bow to the same side of the screen.
  let nx = -dy / length;
  let ny = dx / length;
  if (nx < 0 || (nx === 0 && ny < 0)) {
    nx = -nx;
    ny = -ny;
  }
  // Clearly curved, but kept within the gap when two cards are close.
  const bow = Math.min(80, Math.max(10, length * 0.2)) + shift;
  const cx = (p0.x + p1.x) / 2 + nx * bow;
  const cy = (p0.y + p1.y) / 2 + ny * bow;
  return `M ${fmt(p0.x)} ${fmt(p0.y)} Q ${fmt(cx)} ${fmt(cy)} ${fmt(p1.x)} ${fmt(p1.y)}`;
}

/** 0 → 0, 1 → +step, 2 → -step, 3 → +2 step … */
function spread(index: number): number {
  if (index <= 0) return 0;
  const k = Math.ceil(index / 2);
  return (index % 2 === 1 ? 1 : -1) * k * INFLUENCE_OFFSET_STEP;
}

/** The index each line gets among the lines between the same (unordered) pair of people. */
export function influenceOffsets(
  lines: readonly { fromPersonId: string; toPersonId: string }[],
): number[] {
  const seen = new Map<string, number>();
  return lines.map((line) => {
    const key = [line.fromPersonId, line.toPersonId].sort().join('\u0000');
    const index = seen.get(key) ?? 0;
    seen.set(key, index + 1);
    return index;
  });
}

export type LineStyleKey = 'reporting' | 'dotted' | InfluenceLineKind;
export type LineStyle = {
  stroke: string;
  /** SVG stroke-dasharray, '' for solid. */
  dash: string;
  width: number;
};

/** Colours chosen for at least 3:1 contrast against white. */
export const LINE_STYLES: Readonly<Record<LineStyleKey, LineStyle>> = {
  reporting: { stroke: '#5f6b7a', dash: '', width: 1.5 },
  dotted: { stroke: '#0b7285', dash: '6 4', width: 1.75 },
  formal: { stroke: '#1c64d8', dash: '', width: 2 },
  informal: { stroke: '#c25100', dash: '8 5', width: 2 },
  personal: { stroke: '#b0157a', dash: '2 4', width: 2 },
  external: { stroke: '#6b3fb8', dash: '10 4 2 4', width: 2 },
};

export const STRENGTH_WIDTH: Readonly<Record<InfluenceStrength, number>> = {
  weak: 0.75,
  medium: 1.25,
  strong: 2,
};

export type AttitudeKey = Attitude | 'none';

/** Band / border colour of a card by the person's attitude to the deal (dark enough for white text). */
export const ATTITUDE_COLOURS: Readonly<Record<AttitudeKey, string>> = {
  supporter: '#2b8a3e',
  neutral: '#b76e00',
  opponent: '#c92a2a',
  none: '#868e96',
};

/** Stroke width of an influence line of this kind and strength. */
export function influenceWidth(kind: InfluenceLineKind, strength: InfluenceStrength): number {
  return round(LINE_STYLES[kind].width * STRENGTH_WIDTH[strength]);
}
