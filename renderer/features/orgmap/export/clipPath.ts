import type { Rect } from '../model.ts';

// Dashed strokes cut down to the part of them that can show in a printed tile.
//
// Chromium's PDF backend (Skia) has no PDF dash patterns: every dash of a dashed stroke is written
// as its own little filled outline. A dotted reporting line or an informal influence line that
// crosses a 75,000 px map has thousands of dashes, and each printed page that shows any part of it
// got all of them (the page's clip hides them, but they are still in the page's content): 4 MB a
// page. Here such a path is cut into the runs that lie inside the tile (grown by a margin), each
// run with the stroke-dashoffset of where it starts along the whole path, so that the dashes fall
// exactly where they did; the cuts are all outside the tile, so nothing visible changes.

type Point = { x: number; y: number };
type Segment =
  | { kind: 'line'; p0: Point; p1: Point }
  | { kind: 'quad'; p0: Point; c: Point; p1: Point }
  | { kind: 'cubic'; p0: Point; c1: Point; c2: Point; p1: Point };

export type PathRun = {
  /** Path data of the run (absolute M, L, Q, C). */
  d: string;
  /** Distance along the whole path at which the run starts (map px). */
  start: number;
  /** Whether the run starts at the whole path's start / ends at its end (for markers). */
  first: boolean;
  last: boolean;
  segments: Segment[];
};

/** Parses absolute path data with M, L, H, V, Q, C, Z (what the map's geometry writes). */
export function parsePath(d: string): Segment[] | null {
  const tokens = d.match(/[MLHVQCZmlhvqcz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  const segments: Segment[] = [];
  let i = 0;
  let command = '';
  let current: Point = { x: 0, y: 0 };
  let start: Point = { x: 0, y: 0 };
  const num = (): number => {
    const token = tokens[i++];
    const value = token === undefined ? NaN : Number(token);
    if (!Number.isFinite(value)) throw new Error('bad path');
    return value;
  };
  const point = (): Point => ({ x: num(), y: num() });
  try {
    while (i < tokens.length) {
      if (/^[A-Za-z]$/.test(tokens[i]!)) command = tokens[i++]!;
      switch (command) {
        case 'M':
          // One subpath only (a second M would restart the dashes).
          if (segments.length > 0) return null;
          current = start = point();
          command = 'L';
          break;
        case 'L': {
          const p1 = point();
          segments.push({ kind: 'line', p0: current, p1 });
          current = p1;
          break;
        }
        case 'H': {
          const p1 = { x: num(), y: current.y };
          segments.push({ kind: 'line', p0: current, p1 });
          current = p1;
          break;
        }
        case 'V': {
          const p1 = { x: current.x, y: num() };
          segments.push({ kind: 'line', p0: current, p1 });
          current = p1;
          break;
        }
        case 'Q': {
          const c = point();
          const p1 = point();
          segments.push({ kind: 'quad', p0: current, c, p1 });
          current = p1;
          break;
        }
        case 'C': {
          const c1 = point();
          const c2 = point();
          const p1 = point();
          segments.push({ kind: 'cubic', p0: current, c1, c2, p1 });
          current = p1;
          break;
        }
        case 'Z':
        case 'z':
          if (current.x !== start.x || current.y !== start.y) {
            segments.push({ kind: 'line', p0: current, p1: start });
          }
          current = start;
          command = '';
          break;
        default:
          // Relative commands, arcs, a second subpath: not written by the map; left whole.
          return null;
      }
    }
  } catch {
    return null;
  }
  return segments;
}

const lerp = (a: Point, b: Point, t: number): Point => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});

function at(segment: Segment, t: number): Point {
  switch (segment.kind) {
    case 'line':
      return lerp(segment.p0, segment.p1, t);
    case 'quad':
      return lerp(lerp(segment.p0, segment.c, t), lerp(segment.c, segment.p1, t), t);
    case 'cubic': {
      const { p0, c1, c2, p1 } = segment;
      const a = lerp(p0, c1, t);
      const b = lerp(c1, c2, t);
      const c = lerp(c2, p1, t);
      return lerp(lerp(a, b, t), lerp(b, c, t), t);
    }
  }
}

/** The part of a segment between parameters t0 and t1, as the same kind of segment (exact). */
function part(segment: Segment, t0: number, t1: number): Segment {
  if (segment.kind === 'line') return { kind: 'line', p0: at(segment, t0), p1: at(segment, t1) };
  if (segment.kind === 'quad') {
    // Blossom of the quadratic at (t0, t1).
    const { p0, c, p1 } = segment;
    const control = lerp(lerp(p0, c, t0), lerp(c, p1, t0), t1);
    return { kind: 'quad', p0: at(segment, t0), c: control, p1: at(segment, t1) };
  }
  const { p0, c1, c2, p1 } = segment;
  const blossom = (a: number, b: number, c: number): Point => {
    const l1 = [lerp(p0, c1, a), lerp(c1, c2, a), lerp(c2, p1, a)];
    const l2 = [lerp(l1[0]!, l1[1]!, b), lerp(l1[1]!, l1[2]!, b)];
    return lerp(l2[0]!, l2[1]!, c);
  };
  return {
    kind: 'cubic',
    p0: blossom(t0, t0, t0),
    c1: blossom(t0, t0, t1),
    c2: blossom(t0, t1, t1),
    p1: blossom(t1, t1, t1),
  };
}

function length(segment: Segment): number {
  if (segment.kind === 'line') {
    return Math.hypot(segment.p1.x - segment.p0.x, segment.p1.y - segment.p0.y);
  }
  const steps = 64;
  let total = 0;
  let previous = segment.p0;
  for (let k = 1; k <= steps; k++) {
    const p = at(segment, k / steps);
    total += Math.hypot(p.x - previous.x, p.y - previous.y);
    previous = p;
  }
  return total;
}

function controlPoints(segment: Segment): Point[] {
  switch (segment.kind) {
    case 'line':
      return [segment.p0, segment.p1];
    case 'quad':
      return [segment.p0, segment.c, segment.p1];
    case 'cubic':
      return [segment.p0, segment.c1, segment.c2, segment.p1];
  }
}

/** Whether the segment's control hull (which holds the curve) meets the rect. */
function hullMeets(segment: Segment, rect: Rect): boolean {
  const points = controlPoints(segment);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return (
    Math.min(...xs) <= rect.x + rect.width &&
    Math.max(...xs) >= rect.x &&
    Math.min(...ys) <= rect.y + rect.height &&
    Math.max(...ys) >= rect.y
  );
}

function inside(segment: Segment, rect: Rect): boolean {
  return controlPoints(segment).every(
    (p) =>
      p.x >= rect.x && p.x <= rect.x + rect.width && p.y >= rect.y && p.y <= rect.y + rect.height,
  );
}

/** Parameter range of a straight line inside the rect (Liang–Barsky), or null. */
function clipLine(p0: Point, p1: Point, rect: Rect): [number, number] | null {
  let t0 = 0;
  let t1 = 1;
  const dx = p1.x - p0.x;
  const dy = p1.y - p0.y;
  const edges: [number, number][] = [
    [-dx, p0.x - rect.x],
    [dx, rect.x + rect.width - p0.x],
    [-dy, p0.y - rect.y],
    [dy, rect.y + rect.height - p0.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
    }
  }
  return t0 <= t1 ? [t0, t1] : null;
}

const f = (value: number): string => String(Math.round(value * 100) / 100);

function command(segment: Segment): string {
  const p = (q: Point) => `${f(q.x)} ${f(q.y)}`;
  switch (segment.kind) {
    case 'line':
      return `L ${p(segment.p1)}`;
    case 'quad':
      return `Q ${p(segment.c)} ${p(segment.p1)}`;
    case 'cubic':
      return `C ${p(segment.c1)} ${p(segment.c2)} ${p(segment.p1)}`;
  }
}

/** Curves are cut into pieces about this long to keep only those near the rect. */
const CURVE_PIECE = 200;

/**
 * The runs of the path that lie inside `rect`, in order along the path; null when the whole path
 * lies inside (or the path data is not one the map writes): then draw it as it is.
 */
export function clipPathRuns(d: string, rect: Rect): PathRun[] | null {
  const segments = parsePath(d);
  if (!segments || segments.length === 0) return null;
  if (segments.every((segment) => inside(segment, rect))) return null;
  return runsInside(segments, rect);
}

/**
 * The path's runs inside `rect` (all of it as one run when it lies inside); null when the path
 * data is not one the map writes.
 */
export function pathRuns(d: string, rect: Rect): PathRun[] | null {
  const segments = parsePath(d);
  if (!segments || segments.length === 0) return null;
  if (segments.every((segment) => inside(segment, rect))) {
    return [{ d, start: 0, first: true, last: true, segments }];
  }
  return runsInside(segments, rect);
}

function runsInside(segments: Segment[], rect: Rect): PathRun[] {
  // Pieces inside the rect, each with the distance along the path where it starts.
  const pieces: { segment: Segment; start: number; end: number }[] = [];
  let travelled = 0;
  for (const segment of segments) {
    const total = length(segment);
    if (segment.kind === 'line') {
      const range = clipLine(segment.p0, segment.p1, rect);
      if (range) {
        const [t0, t1] = range;
        pieces.push({
          segment: part(segment, t0, t1),
          start: travelled + t0 * total,
          end: travelled + t1 * total,
        });
      }
    } else if (inside(segment, rect)) {
      pieces.push({ segment, start: travelled, end: travelled + total });
    } else if (hullMeets(segment, rect)) {
      const count = Math.min(512, Math.max(1, Math.ceil(total / CURVE_PIECE)));
      let along = travelled;
      for (let k = 0; k < count; k++) {
        const piece = part(segment, k / count, (k + 1) / count);
        const pieceLength = length(piece);
        if (hullMeets(piece, rect)) {
          pieces.push({ segment: piece, start: along, end: along + pieceLength });
        }
        along += pieceLength;
      }
    }
    travelled += total;
  }

  const runs: PathRun[] = [];
  let current: {
    commands: string[];
    segments: Segment[];
    start: number;
    end: number;
    to: Point;
  } | null = null;
  const close = () => {
    if (!current) return;
    runs.push({
      d: current.commands.join(' '),
      start: current.start,
      first: current.start <= 1e-6,
      last: current.end >= travelled - 1e-6,
      segments: current.segments,
    });
    current = null;
  };
  for (const piece of pieces) {
    const from = piece.segment.p0;
    const joins =
      current !== null &&
      Math.abs(current.to.x - from.x) < 1e-6 &&
      Math.abs(current.to.y - from.y) < 1e-6 &&
      Math.abs(current.end - piece.start) < 1e-3;
    if (!joins) {
      close();
      current = {
        commands: [`M ${f(from.x)} ${f(from.y)}`],
        segments: [],
        start: piece.start,
        end: piece.start,
        to: from,
      };
    }
    current!.commands.push(command(piece.segment));
    current!.segments.push(piece.segment);
    current!.end = piece.end;
    current!.to = piece.segment.p1;
  }
  close();
  return runs;
}

/** The length of one repeat of a stroke-dasharray ("6 4" → 10; odd lists repeat twice). */
export function dashPeriod(dash: string): number {
  const values = dash
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  const sum = values.reduce((a, b) => a + b, 0);
  return values.length % 2 === 1 ? 2 * sum : sum;
}

/** stroke-dashoffset for a run starting `start` along the path: the pattern continues. */
export function dashOffset(start: number, dash: string): string {
  const period = dashPeriod(dash);
  return f(period > 0 ? start % period : start);
}

/** A rect grown by margin on every side. */
export function grow(rect: Rect, margin: number): Rect {
  return {
    x: rect.x - margin,
    y: rect.y - margin,
    width: rect.width + 2 * margin,
    height: rect.height + 2 * margin,
  };
}

/** Dash lengths of one repeat of a stroke-dasharray (an odd list repeated twice). */
function dashPattern(dash: string): number[] {
  const values = dash
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number)
    .filter((v) => Number.isFinite(v) && v >= 0);
  return values.length % 2 === 1 ? [...values, ...values] : values;
}

const CURVE_SAMPLES = 64;

/** Distance along a segment → its parameter (exact for lines, by a table for curves). */
function parameterAt(segment: Segment): { length: number; t: (s: number) => number } {
  if (segment.kind === 'line') {
    const total = length(segment);
    return { length: total, t: (s) => (total > 0 ? s / total : 0) };
  }
  const table = [0];
  let previous = segment.p0;
  for (let k = 1; k <= CURVE_SAMPLES; k++) {
    const p = at(segment, k / CURVE_SAMPLES);
    table.push(table[k - 1]! + Math.hypot(p.x - previous.x, p.y - previous.y));
    previous = p;
  }
  const total = table[CURVE_SAMPLES]!;
  return {
    length: total,
    t: (s) => {
      if (s <= 0) return 0;
      if (s >= total) return 1;
      let lo = 0;
      let hi = CURVE_SAMPLES;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (table[mid]! <= s) lo = mid;
        else hi = mid;
      }
      const span = table[hi]! - table[lo]!;
      return (lo + (span > 0 ? (s - table[lo]!) / span : 0)) / CURVE_SAMPLES;
    },
  };
}

/**
 * The dashes of a run as the subpaths of one path (to be stroked solid, same width and caps): what
 * a stroke-dasharray with the pattern continued from `run.start` draws. Chromium's PDF output then
 * holds one move and a line or curve per dash instead of each dash's outline. Null when the
 * pattern draws the stroke solid.
 */
export function dashedRunPath(run: PathRun, dash: string): string | null {
  const pattern = dashPattern(dash);
  const period = pattern.reduce((a, b) => a + b, 0);
  if (pattern.length === 0 || period <= 0) return null;
  const measured = run.segments.map((segment) => ({ segment, ...parameterAt(segment) }));
  const total = measured.reduce((sum, m) => sum + m.length, 0);

  // "On" intervals along the run.
  const on: [number, number][] = [];
  let phase = run.start % period;
  let index = 0;
  while (phase >= pattern[index]!) {
    phase -= pattern[index]!;
    index = (index + 1) % pattern.length;
  }
  let s = -phase;
  while (s < total) {
    const end = s + pattern[index]!;
    if (index % 2 === 0 && end > 0) on.push([Math.max(0, s), Math.min(total, end)]);
    s = end;
    index = (index + 1) % pattern.length;
  }

  const out: string[] = [];
  let segmentIndex = 0;
  let segmentStart = 0;
  for (const [a, b] of on) {
    while (
      segmentIndex < measured.length - 1 &&
      segmentStart + measured[segmentIndex]!.length <= a
    ) {
      segmentStart += measured[segmentIndex]!.length;
      segmentIndex++;
    }
    let k = segmentIndex;
    let kStart = segmentStart;
    let first = true;
    while (k < measured.length) {
      const m = measured[k]!;
      const t0 = m.t(Math.max(0, a - kStart));
      const t1 = m.t(Math.min(m.length, b - kStart));
      const piece = part(m.segment, t0, t1);
      if (first) out.push(`M ${f(piece.p0.x)} ${f(piece.p0.y)}`);
      out.push(command(piece));
      first = false;
      if (b <= kStart + m.length) break;
      kStart += m.length;
      k++;
    }
  }
  return out.join(' ');
}

/** The run's last segment (its end and direction there), for an end marker. */
export function lastSegmentPath(run: PathRun): string {
  const last = run.segments.at(-1)!;
  return `M ${f(last.p0.x)} ${f(last.p0.y)} ${command(last)}`;
}

/** The run's first segment, for a start marker. */
export function firstSegmentPath(run: PathRun): string {
  const first = run.segments[0]!;
  return `M ${f(first.p0.x)} ${f(first.p0.y)} ${command(first)}`;
}
