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

/**
 * A dotted reporting line (second manager → person). Drawn between the nearest sides with a
 * right-angled connector, so that it reads as a reporting line, dashed by LINE_STYLES.dotted.
 */
export function dottedPath(secondManager: CardBox, person: CardBox): string {
  const a = centre(secondManager);
  const b = centre(person);
  const [from, to] = nearestSides(secondManager, person);
  if (from.side === 'bottom' || from.side === 'top') {
    // Vertical first: manager above or below the person.
    return orthogonal(from, to);
  }
  // Side by side: across, vertical at half way, across.
  const midX = (a.x + b.x) / 2;
  return `M ${fmt(from.x)} ${fmt(from.y)} H ${fmt(midX)} V ${fmt(to.y)} H ${fmt(to.x)}`;
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
  dotted: { stroke: '#5f6b7a', dash: '6 4', width: 1.5 },
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
