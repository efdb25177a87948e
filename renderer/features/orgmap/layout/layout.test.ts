import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH } from '../drawing/geometry.ts';
import type { LaidOutCard, LayoutInput, LayoutPerson, LayoutResult, Rect } from '../model.ts';
import { layoutOrgChart } from './layout.ts';

const elk = new ELK();

function person(id: string, managerId: string | null = null, extra: Partial<LayoutPerson> = {}) {
  return { id, managerId, external: false, organization: '', department: '', ...extra };
}

function run(people: LayoutPerson[], positions: LayoutInput['positions'] = []) {
  return layoutOrgChart({ people, positions }, elk);
}

function cardOf(result: LayoutResult, id: string): LaidOutCard {
  const card = result.cards.find((c) => c.personId === id);
  if (!card) throw new Error(`no card ${id}`);
  return card;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectNoOverlaps(result: LayoutResult): void {
  const cards = result.cards;
  for (let i = 0; i < cards.length; i += 1) {
    for (let j = i + 1; j < cards.length; j += 1) {
      if (overlaps(cards[i]!, cards[j]!)) {
        throw new Error(`${cards[i]!.personId} overlaps ${cards[j]!.personId}`);
      }
    }
  }
}

describe('layoutOrgChart', () => {
  it('puts managers above their reports and siblings in input order', async () => {
    // ceo → a, b, c; a → a1 (a single leaf stays in the tree); b → b1 → b2
    const result = await run([
      person('ceo'),
      person('a', 'ceo'),
      person('b', 'ceo'),
      person('c', 'ceo'),
      person('a1', 'a'),
      person('b1', 'b'),
      person('b2', 'b1'),
    ]);
    const [ceo, a, b, c, a1, b1] = ['ceo', 'a', 'b', 'c', 'a1', 'b1'].map((id) =>
      cardOf(result, id),
    ) as LaidOutCard[];
    expect(result.cards).toHaveLength(7);
    for (const card of result.cards) {
      expect(card.width).toBe(CARD_WIDTH);
      expect(card.height).toBe(CARD_HEIGHT);
      expect(card.manual).toBe(false);
    }
    expect(ceo!.y + CARD_HEIGHT).toBeLessThan(a!.y);
    expect(a!.y).toBe(b!.y);
    expect(b!.y).toBe(c!.y);
    expect(a!.y + CARD_HEIGHT).toBeLessThan(a1!.y);
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.x).toBeLessThan(c!.x);
    expect(b1!.y).toBe(a1!.y);
    expect(a!.attach).toBe('top');
    // Each manager is centred above its only report.
    expect(a!.x).toBeCloseTo(a1!.x);
    expectNoOverlaps(result);
    expect(result.bounds).toEqual(
      expect.objectContaining({ x: expect.any(Number), width: expect.any(Number) }),
    );
  });

  it('stacks two or more leaf reports in a column entered from the left', async () => {
    const people = [person('m'), ...['1', '2', '3'].map((n) => person(`r${n}`, 'm'))];
    const result = await run(people);
    const m = cardOf(result, 'm');
    const reports = ['r1', 'r2', 'r3'].map((id) => cardOf(result, id));
    for (const r of reports) {
      expect(r.attach).toBe('left');
      expect(r.x).toBe(reports[0]!.x);
      // Right of the manager's left edge: the spine runs down from the manager's left-bottom.
      expect(r.x).toBeGreaterThan(m.x);
      expect(r.y).toBeGreaterThan(m.y + CARD_HEIGHT);
    }
    expect(reports[0]!.y).toBeLessThan(reports[1]!.y);
    expect(reports[1]!.y).toBeLessThan(reports[2]!.y);
    expectNoOverlaps(result);
  });

  it('uses 2 or 3 columns for more than 6 leaves', async () => {
    const many = (n: number) => [
      person('m'),
      ...Array.from({ length: n }, (_, i) => person(`r${i}`, 'm')),
    ];
    const columns = (result: LayoutResult) =>
      new Set(result.cards.filter((c) => c.attach === 'left').map((c) => c.x)).size;
    expect(columns(await run(many(6)))).toBe(1);
    expect(columns(await run(many(10)))).toBe(2);
    expect(columns(await run(many(30)))).toBe(3);
    expectNoOverlaps(await run(many(30)));
  });

  it('keeps a tall stack clear of the neighbouring subtrees', async () => {
    const people = [
      person('ceo'),
      person('a', 'ceo'),
      ...Array.from({ length: 6 }, (_, i) => person(`a${i}`, 'a')),
      person('b', 'ceo'),
      person('b1', 'b'),
      person('b2', 'b'),
      person('b11', 'b1'),
      person('b111', 'b11'),
      person('b112', 'b11'),
      person('b21', 'b2'),
      person('b211', 'b21'),
    ];
    expectNoOverlaps(await run(people));
  });

  it('lays out a forest side by side in input order', async () => {
    const result = await run([person('x'), person('y'), person('x1', 'x'), person('z')]);
    const [x, y, z] = ['x', 'y', 'z'].map((id) => cardOf(result, id)) as LaidOutCard[];
    expect(x!.y).toBe(y!.y);
    expect(y!.y).toBe(z!.y);
    expect(x!.x).toBeLessThan(y!.x);
    expect(y!.x).toBeLessThan(z!.x);
  });

  it('puts many people without manager or reports in a grid right of the trees', async () => {
    const loose = Array.from({ length: 20 }, (_, i) =>
      person(`l${i}`, null, { department: i % 2 ? 'Sales' : '' }),
    );
    const result = await run([
      person('ceo'),
      ...loose.slice(0, 5),
      person('a', 'ceo'),
      ...loose.slice(5),
    ]);
    const treeRight = Math.max(cardOf(result, 'ceo').x, cardOf(result, 'a').x) + CARD_WIDTH;
    const grid = loose.map((p) => cardOf(result, p.id));
    for (const card of grid) expect(card.x).toBeGreaterThan(treeRight);
    // 5 columns × 4 rows, in input order row by row.
    expect(new Set(grid.map((c) => c.x)).size).toBe(5);
    expect(new Set(grid.map((c) => c.y)).size).toBe(4);
    expect(grid[1]!.x).toBeGreaterThan(grid[0]!.x);
    expect(grid[5]!.y).toBeGreaterThan(grid[0]!.y);
    expectNoOverlaps(result);
    // Department boxes of single cards do not overlap each other.
    const boxes = result.groups;
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      }
    }
  });

  it('treats missing, self, external managers and cycles as roots without hanging', async () => {
    const result = await run([
      person('a', 'b'),
      person('b', 'c'),
      person('c', 'a'), // a → b → c → a
      person('d', 'a'),
      person('self', 'self'),
      person('orphan', 'nobody'),
      person('ext', null, { external: true, organization: 'Consultancy' }),
      person('underExt', 'ext'),
    ]);
    expect(result.cards).toHaveLength(8);
    const rootY = cardOf(result, 'a').y;
    for (const id of ['b', 'c', 'self', 'orphan', 'underExt']) {
      expect(cardOf(result, id).y).toBe(rootY);
    }
    expect(cardOf(result, 'd').y).toBeGreaterThan(rootY);
    expectNoOverlaps(result);
  });

  it('places external people right of the tree, one box per organisation', async () => {
    const result = await run([
      person('ceo'),
      person('a', 'ceo'),
      person('b', 'ceo'),
      person('e1', null, { external: true, organization: 'Design Institute' }),
      person('e2', 'ceo', { external: true, organization: 'Consultancy' }),
      person('e3', null, { external: true, organization: 'Design Institute' }),
    ]);
    const treeRight = Math.max(...['ceo', 'a', 'b'].map((id) => cardOf(result, id).x + CARD_WIDTH));
    for (const id of ['e1', 'e2', 'e3']) expect(cardOf(result, id).x).toBeGreaterThan(treeRight);
    const orgs = result.groups.filter((g) => g.kind === 'organization');
    expect(orgs.map((g) => g.label)).toEqual(['Design Institute', 'Consultancy']);
    expect(orgs.map((g) => g.key)).toEqual(['org:Design Institute', 'org:Consultancy']);
    const design = orgs[0]!;
    for (const id of ['e1', 'e3']) {
      const card = cardOf(result, id);
      expect(card.x).toBeGreaterThanOrEqual(design.x);
      expect(card.y + CARD_HEIGHT).toBeLessThanOrEqual(design.y + design.height);
    }
    expect(overlaps(orgs[0]!, orgs[1]!)).toBe(false);
    expectNoOverlaps(result);
  });

  it('draws department boxes, nested with increasing depth', async () => {
    const result = await run([
      person('ceo', null, { department: 'Board' }),
      person('cfo', 'ceo', { department: 'Finance' }),
      person('acc', 'cfo', { department: 'Finance' }),
      person('acc2', 'acc', { department: 'Finance' }),
      person('tax', 'cfo', { department: 'Tax' }),
      person('tax2', 'tax', { department: 'Tax' }),
      person('cto', 'ceo', { department: '' }),
      person('dev', 'cto', { department: 'R&D' }),
    ]);
    const byKey = new Map(result.groups.map((g) => [g.key, g]));
    expect([...byKey.keys()].sort()).toEqual(
      ['dept:ceo', 'dept:cfo', 'dept:tax', 'dept:dev'].sort(),
    );
    const finance = byKey.get('dept:cfo')!;
    const tax = byKey.get('dept:tax')!;
    const board = byKey.get('dept:ceo')!;
    expect(finance.label).toBe('Finance');
    expect(finance.kind).toBe('department');
    expect(board.depth).toBe(0);
    expect(finance.depth).toBe(1);
    expect(tax.depth).toBe(2);
    // The cto has no department, so R&D under them is not nested in the board's box.
    expect(byKey.get('dept:dev')!.depth).toBe(0);
    const inside = (inner: Rect, outer: Rect) =>
      inner.x >= outer.x &&
      inner.y >= outer.y &&
      inner.x + inner.width <= outer.x + outer.width &&
      inner.y + inner.height <= outer.y + outer.height;
    for (const id of ['cfo', 'acc', 'acc2']) expect(inside(cardOf(result, id), finance)).toBe(true);
    expect(inside(tax, finance)).toBe(true);
    expect(inside(finance, board)).toBe(true);
    // Label band above the cards.
    expect(finance.y).toBeLessThan(cardOf(result, 'cfo').y - 20);
    // Drawn outer boxes first.
    const depths = result.groups.filter((g) => g.kind === 'department').map((g) => g.depth);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
    // Everything is inside the bounds.
    for (const r of [...result.cards, ...result.groups])
      expect(inside(r, result.bounds)).toBe(true);
  });

  it('lets manual positions win, and boxes follow them', async () => {
    const people = [
      person('ceo', null, { department: 'Sales' }),
      person('a', 'ceo', { department: 'Sales' }),
      person('b', 'ceo', { department: 'Sales' }),
      person('b1', 'b', { department: 'Sales' }),
    ];
    const result = await run(people, [{ personId: 'a', x: 5000, y: -300 }]);
    const a = cardOf(result, 'a');
    expect(a).toMatchObject({ x: 5000, y: -300, manual: true });
    expect(cardOf(result, 'b').manual).toBe(false);
    const box = result.groups.find((g) => g.key === 'dept:ceo')!;
    expect(box.x + box.width).toBeGreaterThanOrEqual(5000 + CARD_WIDTH);
    expect(box.y).toBeLessThan(-300);
    expect(result.bounds.x + result.bounds.width).toBeGreaterThanOrEqual(5000 + CARD_WIDTH);
    expect(result.bounds.y).toBeLessThan(-300);
  });

  it('is deterministic', async () => {
    const people = randomOrg(300, 7);
    const first = await run(people);
    const second = await run(people.map((p) => ({ ...p })));
    expect(second).toEqual(first);
  });

  it('adding a report under one manager does not move an unrelated subtree internally', async () => {
    const base = [
      person('ceo'),
      person('a', 'ceo'),
      person('a1', 'a'),
      person('a2', 'a1'),
      person('b', 'ceo'),
      person('b1', 'b'),
      person('b2', 'b'),
      person('b11', 'b1'),
      person('b12', 'b1'),
      person('b21', 'b2'),
      person('b211', 'b21'),
      person('c', 'ceo'),
    ];
    const before = await run(base);
    const after = await run([
      ...base,
      person('a3', 'a'),
      person('a4', 'a'),
      person('a5', 'a'),
      person('c1', 'c'),
    ]);
    const relative = (result: LayoutResult) => {
      const origin = cardOf(result, 'b');
      return ['b1', 'b2', 'b11', 'b12', 'b21', 'b211'].map((id) => {
        const card = cardOf(result, id);
        return { id, dx: card.x - origin.x, dy: card.y - origin.y, attach: card.attach };
      });
    };
    expect(relative(after)).toEqual(relative(before));
    // Reordering people elsewhere in the input does not change B's subtree either.
    const reordered = await run([
      person('c', 'ceo'),
      person('a2', 'a1'),
      ...base.filter((p) => p.id !== 'c' && p.id !== 'a2'),
    ]);
    expect(relative(reordered)).toEqual(relative(before));
    // Siblings keep their order.
    expect(cardOf(after, 'a').x).toBeLessThan(cardOf(after, 'b').x);
    expect(cardOf(after, 'b').x).toBeLessThan(cardOf(after, 'c').x);
    expectNoOverlaps(after);
  });

  it('lays out 1,000 people', async () => {
    const people = randomOrg(1000, 42);
    const result = await run(people);
    expect(result.cards).toHaveLength(1000);
    expectNoOverlaps(result);
  }, 60_000);

  it('handles an empty chart', async () => {
    const result = await run([]);
    expect(result).toEqual({ cards: [], groups: [], bounds: { x: 0, y: 0, width: 0, height: 0 } });
  });
});

/** A reproducible org with departments, a few external people and leaves. */
function randomOrg(n: number, seed: number): LayoutPerson[] {
  let s = seed;
  const random = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const departments = ['Sales', 'Finance', 'R&D', 'Purchasing', ''];
  const people: LayoutPerson[] = [];
  for (let i = 0; i < n; i += 1) {
    const external = i > 10 && random() < 0.03;
    const managerIndex = i === 0 ? -1 : Math.floor(random() * Math.min(i, 1 + i / 3));
    people.push(
      person(`p${i}`, managerIndex < 0 ? null : `p${managerIndex}`, {
        external,
        organization: external ? `Org ${Math.floor(random() * 3)}` : '',
        department: departments[Math.floor(random() * departments.length)]!,
      }),
    );
  }
  return people;
}
