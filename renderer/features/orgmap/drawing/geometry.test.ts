import { describe, expect, it } from 'vitest';
import {
  CARD_HEIGHT,
  CARD_WIDTH,
  dottedPath,
  influenceOffsets,
  influencePath,
  influenceWidth,
  LINE_STYLES,
  reportingPath,
  STACK_INDENT,
} from './geometry.ts';

const card = (x: number, y: number, attach: 'top' | 'left' = 'top') => ({
  x,
  y,
  width: CARD_WIDTH,
  height: CARD_HEIGHT,
  attach,
});

/** The points an SVG path made of M/V/H/L/Q commands passes through (control points excluded). */
function points(d: string): { x: number; y: number }[] {
  const tokens = d.trim().split(/\s+/);
  const out: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < tokens.length;) {
    const command = tokens[i++];
    const n = () => Number(tokens[i++]);
    if (command === 'M' || command === 'L') {
      x = n();
      y = n();
    } else if (command === 'H') x = n();
    else if (command === 'V') y = n();
    else if (command === 'Q') {
      n();
      n();
      x = n();
      y = n();
    } else throw new Error(`unexpected ${command}`);
    out.push({ x, y });
  }
  return out;
}

describe('reportingPath', () => {
  it('runs from the manager bottom centre to the report top centre, orthogonally', () => {
    const manager = card(100, 0);
    const report = card(400, 200);
    const d = reportingPath(manager, report);
    const p = points(d);
    expect(p[0]).toEqual({ x: 210, y: 100 });
    expect(p.at(-1)).toEqual({ x: 510, y: 200 });
    expect(d).not.toContain('Q');
    // Horizontal part half way between the cards.
    expect(p[1]).toEqual({ x: 210, y: 150 });
    expect(p[2]).toEqual({ x: 510, y: 150 });
  });

  it('is a straight line when the report is right below', () => {
    expect(reportingPath(card(0, 0), card(0, 164))).toBe('M 110 100 V 164');
  });

  it('enters a stacked report from the left, down a spine near the manager left-bottom', () => {
    const manager = card(0, 0);
    const report = card(40, 300, 'left');
    const p = points(reportingPath(manager, report));
    expect(p[0]!.y).toBe(100);
    expect(p[0]!.x).toBeLessThan(CARD_WIDTH / 2);
    const end = p.at(-1)!;
    expect(end).toEqual({ x: 40, y: 350 });
    const beforeEnd = p.at(-2)!;
    expect(beforeEnd.y).toBe(350);
    expect(beforeEnd.x).toBe(40 - STACK_INDENT / 2);
  });
});

/** True when the point lies on the rect's outline. */
function onOutline(p: { x: number; y: number }, r: ReturnType<typeof card>): boolean {
  const inX = p.x >= r.x - 0.1 && p.x <= r.x + r.width + 0.1;
  const inY = p.y >= r.y - 0.1 && p.y <= r.y + r.height + 0.1;
  const onX = Math.abs(p.x - r.x) < 0.1 || Math.abs(p.x - (r.x + r.width)) < 0.1;
  const onY = Math.abs(p.y - r.y) < 0.1 || Math.abs(p.y - (r.y + r.height)) < 0.1;
  return (inX && onY) || (inY && onX);
}

/** True when a straight segment of the path runs through the inside of the rect. */
export function crosses(
  path: { x: number; y: number }[],
  r: { x: number; y: number; width: number; height: number },
): boolean {
  for (let i = 1; i < path.length; i += 1) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const left = Math.min(a.x, b.x);
    const right = Math.max(a.x, b.x);
    const top = Math.min(a.y, b.y);
    const bottom = Math.max(a.y, b.y);
    if (left < r.x + r.width && right > r.x && top < r.y + r.height && bottom > r.y) return true;
  }
  return false;
}

describe('dottedPath', () => {
  it('joins the second manager and the person, right-angled, ends on their outlines', () => {
    const manager = card(0, 0);
    const person = card(300, 400);
    const d = dottedPath(manager, person, [manager, person]);
    const p = points(d);
    expect(d).not.toContain('Q');
    expect(onOutline(p[0]!, manager)).toBe(true);
    expect(onOutline(p.at(-1)!, person)).toBe(true);
    for (let i = 1; i < p.length; i += 1) {
      expect(p[i]!.x === p[i - 1]!.x || p[i]!.y === p[i - 1]!.y).toBe(true);
    }
  });

  it('goes round the card stacked above the person instead of through it (issue 11)', () => {
    // Manager M with stacked reports Zheng Tao and Wu Fang; Wu Fang's second manager Sun Jianhua
    // sits above, a little to the right. The old connector came down into Wu Fang's top through Zheng Tao.
    const m = card(0, 0);
    const zheng = card(44, 164, 'left');
    const wu = card(44, 280, 'left');
    const sun = card(300, -200);
    const cards = [m, zheng, wu, sun];
    const p = points(dottedPath(sun, wu, cards));
    expect(onOutline(p[0]!, sun)).toBe(true);
    expect(onOutline(p.at(-1)!, wu)).toBe(true);
    expect(crosses(p, zheng)).toBe(false);
    expect(crosses(p, m)).toBe(false);
    // Not into the left side, where Wu Fang's solid line comes in.
    expect(p.at(-1)!.x).not.toBe(wu.x);
  });

  it('never leaves the second manager at the bottom centre, where its solid lines leave', () => {
    const manager = card(0, 0);
    const person = card(0, 400);
    const p = points(dottedPath(manager, person, [manager, person]));
    expect(p[0]).not.toEqual({ x: 110, y: 100 });
    expect(p.at(-1)).not.toEqual({ x: 110, y: 400 });
  });
});

describe('influencePath', () => {
  it('is a curve between the nearest sides', () => {
    const d = influencePath(card(0, 0), card(500, 0));
    expect(d).toContain('Q');
    const p = points(d);
    expect(p[0]).toEqual({ x: 220, y: 50 });
    expect(p.at(-1)).toEqual({ x: 500, y: 50 });
  });

  it('separates two lines between the same people', () => {
    const a = card(0, 0);
    const b = card(0, 400);
    const first = influencePath(a, b, 0);
    const second = influencePath(b, a, 1);
    expect(first).not.toBe(second);
    // Top/bottom sides of the cards.
    expect(points(first)[0]!.y).toBe(100);
    expect(points(first).at(-1)!.y).toBe(400);
  });

  it('numbers lines per pair of people', () => {
    expect(
      influenceOffsets([
        { fromPersonId: 'a', toPersonId: 'b' },
        { fromPersonId: 'b', toPersonId: 'a' },
        { fromPersonId: 'a', toPersonId: 'c' },
        { fromPersonId: 'a', toPersonId: 'b' },
      ]),
    ).toEqual([0, 1, 0, 2]);
  });
});

describe('line styles', () => {
  it('styles each kind of line distinctly', () => {
    const styles = Object.values(LINE_STYLES).map((s) => `${s.stroke}|${s.dash}`);
    expect(new Set(styles).size).toBe(styles.length);
    expect(LINE_STYLES.reporting.dash).toBe('');
    expect(LINE_STYLES.dotted.dash).not.toBe('');
    expect(influenceWidth('formal', 'strong')).toBeGreaterThan(influenceWidth('formal', 'weak'));
  });
});
