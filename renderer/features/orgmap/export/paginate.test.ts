import { describe, expect, it } from 'vitest';
import type { Rect } from '../model.ts';
import { MIN_SCALE, paginate } from './paginate.ts';

const covers = (pages: { viewBox: Rect }[], bounds: Rect) => {
  // Every sample point of the bounds lies in some tile.
  for (let i = 0; i <= 20; i += 1) {
    for (let j = 0; j <= 20; j += 1) {
      const x = bounds.x + (bounds.width * i) / 20;
      const y = bounds.y + (bounds.height * j) / 20;
      const inside = pages.some(
        ({ viewBox: v }) => x >= v.x && x <= v.x + v.width && y >= v.y && y <= v.y + v.height,
      );
      if (!inside) return false;
    }
  }
  return true;
};

describe('paginate', () => {
  it('puts a small map on one page', () => {
    const bounds = { x: 0, y: 0, width: 900, height: 400 };
    const result = paginate(bounds, 'A4');
    expect(result.pages).toHaveLength(1);
    expect(result.columns).toBe(1);
    expect(result.rows).toBe(1);
    expect(result.scale).toBeGreaterThanOrEqual(MIN_SCALE);
    expect(covers(result.pages, bounds)).toBe(true);
  });

  it('tiles a big map at a legible scale, row by row, covering the bounds', () => {
    const bounds = { x: -200, y: 50, width: 12000, height: 3000 };
    const result = paginate(bounds, 'A4');
    expect(result.scale).toBeGreaterThanOrEqual(MIN_SCALE - 1e-9);
    expect(result.pages.length).toBe(result.columns * result.rows);
    expect(result.pages.length).toBeGreaterThan(1);
    expect(result.pages.map((p) => [p.row, p.col]).slice(0, 2)).toEqual([
      [0, 0],
      [0, 1],
    ]);
    expect(covers(result.pages, bounds)).toBe(true);
    // Neighbouring tiles overlap a little.
    const [first, second] = result.pages;
    expect(second!.viewBox.x).toBeLessThan(first!.viewBox.x + first!.viewBox.width);
    // Names print at 6 pt or more.
    expect(14 * result.scale * 0.75).toBeGreaterThanOrEqual(6 - 1e-9);
  });

  it('needs fewer A3 pages than A4 pages', () => {
    const bounds = { x: 0, y: 0, width: 12000, height: 3000 };
    expect(paginate(bounds, 'A3').pages.length).toBeLessThan(paginate(bounds, 'A4').pages.length);
  });

  it('copes with an empty map', () => {
    expect(paginate({ x: 0, y: 0, width: 0, height: 0 }, 'A3').pages).toHaveLength(1);
  });
});

describe('paginate fills its pages (issue 11: A4 printed four mostly blank quarters)', () => {
  /** Share of a tile covered by the map's bounds. */
  const filled = (v: Rect, b: Rect) => {
    const w = Math.max(0, Math.min(v.x + v.width, b.x + b.width) - Math.max(v.x, b.x));
    const h = Math.max(0, Math.min(v.y + v.height, b.y + b.height) - Math.max(v.y, b.y));
    return (w * h) / (v.width * v.height);
  };

  for (const bounds of [
    { x: 0, y: 0, width: 2400, height: 900 },
    { x: 40, y: -30, width: 2000, height: 1500 },
    { x: 0, y: 0, width: 12000, height: 3000 },
  ]) {
    it(`every tile is mostly map, in reading order, for a ${bounds.width}×${bounds.height} map`, () => {
      const result = paginate(bounds, 'A4');
      expect(result.pages.length).toBeGreaterThan(1);
      expect(covers(result.pages, bounds)).toBe(true);
      expect(14 * result.scale * 0.75).toBeGreaterThanOrEqual(6 - 1e-9);
      for (const page of result.pages) expect(filled(page.viewBox, bounds)).toBeGreaterThan(0.85);
      // Left to right, top to bottom.
      expect(result.pages.map((p) => [p.row, p.col])).toEqual(
        Array.from({ length: result.rows }, (_, row) =>
          Array.from({ length: result.columns }, (_, col) => [row, col]),
        ).flat(),
      );
      result.pages.forEach((page, i) => {
        const next = result.pages[i + 1];
        if (next && next.row === page.row) expect(next.viewBox.x).toBeGreaterThan(page.viewBox.x);
        if (next && next.row > page.row) expect(next.viewBox.y).toBeGreaterThan(page.viewBox.y);
      });
    });
  }
});
