import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutOrgChart } from '../layout/layout.ts';
import type { LayoutPerson, Rect } from '../model.ts';
import { blockedAt, CARD_HEIGHT, CARD_WIDTH, dottedRoute, type CardBox } from './geometry.ts';
import { oracleDottedRoute } from './routeOracle.ts';

// The dotted lines' routing looks obstacles up in an index (blockedAt) and keeps its search in
// typed arrays: it must draw exactly the routes of the plain routing (routeOracle.ts).

/** Small deterministic PRNG (mulberry32), as the organisation generator's. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generated organisation (as scripts/generate/orgChart.ts builds them), laid out by ELK. */
async function laidOutOrg(size: number, seed: number) {
  const next = random(seed);
  const people: LayoutPerson[] = [];
  const add = (department: string, managerId: string | null) => {
    const id = `p${people.length}`;
    people.push({ id, managerId, external: false, organization: '', department });
    return id;
  };
  const gm = add('gm', null);
  const heads = [0, 1, 2, 3, 4].map((d) => add(`d${d}`, gm));
  const queue = [...heads];
  while (people.length < size && queue.length > 0) {
    const manager = queue.shift()!;
    const department = people.find((p) => p.id === manager)!.department;
    const count = 2 + Math.floor(next() * 7);
    for (let i = 0; i < count && people.length < size; i++) {
      const id = add(department, manager);
      if (next() < 0.45) queue.push(id);
    }
  }
  // A few cards moved by hand, on top of others or in the gaps.
  const positions = people
    .filter(() => next() < 0.05)
    .map((p) => ({ personId: p.id, x: Math.round(next() * 3000), y: Math.round(next() * 900) }));
  const layout = await layoutOrgChart({ people, positions }, new ELK());
  const boxes: CardBox[] = layout.cards.map((c) => ({
    x: c.x,
    y: c.y,
    width: c.width,
    height: c.height,
    attach: c.attach,
  }));
  const pairs: [number, number][] = [];
  for (let i = 0; i < 12; i++) {
    const head = layout.cards.findIndex((c) => c.personId === heads[i % heads.length]);
    pairs.push([head, 1 + Math.floor(next() * (boxes.length - 1))]);
  }
  return { boxes, pairs };
}

/** Cards thrown anywhere (overlapping, fractional, negative coordinates, both attachments). */
function scattered(count: number, spread: number, seed: number) {
  const next = random(seed);
  const boxes: CardBox[] = Array.from({ length: count }, () => ({
    x: Math.round((next() - 0.3) * spread * 10) / 10,
    y: Math.round((next() - 0.3) * spread * 0.6 * 10) / 10,
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    attach: next() < 0.3 ? 'left' : 'top',
  }));
  const pairs: [number, number][] = Array.from({ length: 10 }, () => [
    Math.floor(next() * count),
    Math.floor(next() * count),
  ]);
  return { boxes, pairs: pairs.filter(([a, b]) => a !== b) };
}

function expectSameRoutes({ boxes, pairs }: { boxes: CardBox[]; pairs: [number, number][] }) {
  const rects: Rect[] = boxes.map(({ x, y, width, height }) => ({ x, y, width, height }));
  expect(pairs.length).toBeGreaterThan(0);
  for (const [a, b] of pairs) {
    expect(dottedRoute(boxes[a]!, boxes[b]!, rects)).toEqual(
      oracleDottedRoute(boxes[a]!, boxes[b]!, rects),
    );
  }
}

describe('dottedRoute with its obstacle index', () => {
  it.each([
    [40, 1],
    [120, 2],
    [250, 3],
  ])(
    'draws the routes of the plain routing on a laid out %i-person organisation',
    async (n, s) => {
      expectSameRoutes(await laidOutOrg(n, s));
    },
    30_000,
  );

  it.each([
    [30, 2000, 11],
    [80, 3000, 12],
    [120, 2500, 13],
    [200, 6000, 14],
  ])(
    'draws the routes of the plain routing among %i scattered cards',
    (count, spread, seed) => {
      expectSameRoutes(scattered(count, spread, seed));
    },
    30_000,
  ); // the plain routing is the slow one

  it('goes round a wall longer than the region it looks at first, as the plain routing', () => {
    const manager: CardBox = { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT };
    const person: CardBox = { x: 800, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT };
    const wall = Array.from({ length: 22 }, (_, i) => ({
      x: 400,
      y: -1000 + i * CARD_HEIGHT,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
    }));
    const cards = [manager, person, ...wall];
    const route = dottedRoute(manager, person, cards);
    expect(route).toEqual(oracleDottedRoute(manager, person, cards));
    // Round the wall's end, far outside the ends' neighbourhood.
    expect(route.some((p) => p.y < -1000 || p.y > 1200)).toBe(true);
  });

  it('falls back to the direct connector between packed cards, as the plain routing', () => {
    // Cards edge to edge all round: there is no free route.
    const cards: CardBox[] = [];
    for (let col = 0; col < 9; col++) {
      for (let row = 0; row < 9; row++) {
        cards.push({
          x: col * CARD_WIDTH,
          y: row * CARD_HEIGHT,
          width: CARD_WIDTH,
          height: CARD_HEIGHT,
        });
      }
    }
    const [a, b] = [cards[30]!, cards[50]!];
    const route = dottedRoute(a, b, cards);
    expect(route).toEqual(oracleDottedRoute(a, b, cards));
    // The plain connector between the facing sides (right of the one, left of the other).
    expect(route).toEqual([
      { x: 880, y: 350 },
      { x: 880, y: 450 },
      { x: 1100, y: 450 },
      { x: 1100, y: 550 },
    ]);
  });
});

describe('blockedAt', () => {
  it('answers as checking every grown box, also on and around their edges', () => {
    const next = random(7);
    const boxes: Rect[] = Array.from({ length: 60 }, () => ({
      x: Math.round((next() - 0.5) * 2000),
      y: Math.round((next() - 0.5) * 1200),
      width: 20 + Math.round(next() * 300),
      height: 20 + Math.round(next() * 150),
    }));
    const inset = 9.5;
    const inside = blockedAt(boxes, inset);
    const plain = (x: number, y: number) =>
      boxes.some(
        (b) =>
          x > b.x - inset &&
          x < b.x + b.width + inset &&
          y > b.y - inset &&
          y < b.y + b.height + inset,
      );
    const probes: [number, number][] = [];
    for (const b of boxes) {
      for (const dx of [-inset - 0.5, -inset, -inset + 0.5, b.width / 2, b.width + inset]) {
        for (const dy of [
          -inset,
          -inset + 0.1,
          b.height / 3,
          b.height + inset - 0.1,
          b.height + inset,
        ]) {
          probes.push([b.x + dx, b.y + dy]);
        }
      }
    }
    for (let i = 0; i < 2000; i++) probes.push([(next() - 0.5) * 2400, (next() - 0.5) * 1600]);
    expect(probes.map(([x, y]) => inside(x, y))).toEqual(probes.map(([x, y]) => plain(x, y)));
    expect(probes.some(([x, y]) => plain(x, y))).toBe(true);
    expect(probes.some(([x, y]) => !plain(x, y))).toBe(true);
  });
});
