import { describe, expect, it } from 'vitest';
import { dashedRunPath, parsePath, pathRuns } from './clipPath.ts';

const big = { x: -1000, y: -1000, width: 100000, height: 100000 };

describe('pathRuns', () => {
  it('keeps a path inside the rect as one whole run', () => {
    const runs = pathRuns('M 0 0 V 50 H 80', big)!;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ d: 'M 0 0 V 50 H 80', start: 0, first: true, last: true });
  });

  it('cuts a long line to the part inside the rect, with the distance where it starts', () => {
    const runs = pathRuns('M 0 10 H 10000', { x: 4000, y: 0, width: 500, height: 20 })!;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ d: 'M 4000 10 L 4500 10', start: 4000, first: false });
    expect(runs[0]!.last).toBe(false);
  });

  it('splits a path that leaves the rect and comes back into two runs', () => {
    const runs = pathRuns('M 0 0 H 1000 V 1000 H 0', { x: -10, y: -10, width: 100, height: 1020 })!;
    expect(runs.map((r) => [r.start, r.first, r.last])).toEqual([
      [0, true, false],
      [2910, false, true],
    ]);
  });

  it('keeps the pieces of a long curve near the rect only, on the same curve', () => {
    const runs = pathRuns('M 0 0 Q 5000 2000 10000 0', {
      x: 4900,
      y: 900,
      width: 200,
      height: 200,
    })!;
    expect(runs).toHaveLength(1);
    const [segment] = parsePath(runs[0]!.d)!;
    expect(segment!.kind).toBe('quad');
    // The curve's middle (5000, 1000) lies on the kept piece.
    expect(runs[0]!.d).toMatch(/^M 4\d{3}/);
    expect(runs[0]!.start).toBeGreaterThan(4000);
  });

  it('leaves path data it does not know whole', () => {
    expect(pathRuns('M 0 0 A 5 5 0 0 1 10 10', big)).toBeNull();
    expect(pathRuns('M 0 0 L 5 5 M 10 10 L 20 20', big)).toBeNull();
  });
});

describe('dashedRunPath', () => {
  it('draws each dash as a subpath', () => {
    const [run] = pathRuns('M 0 0 H 30', big)!;
    expect(dashedRunPath(run!, '6 4')).toBe('M 0 0 L 6 0 M 10 0 L 16 0 M 20 0 L 26 0');
  });

  it('continues the pattern from where the run starts along the path', () => {
    const [run] = pathRuns('M 0 0 H 1000', { x: 103, y: -5, width: 17, height: 10 })!;
    expect(run!.start).toBe(103);
    // 103 is 3 into the pattern: the rest of a dash, a gap, a dash, a gap to the run's end.
    expect(dashedRunPath(run!, '6 4')).toBe('M 103 0 L 106 0 M 110 0 L 116 0');
  });

  it('keeps a dash round the corner of a path in one subpath', () => {
    const [run] = pathRuns('M 0 0 H 4 V 10', big)!;
    expect(dashedRunPath(run!, '6 4')).toBe('M 0 0 L 4 0 L 4 2 M 4 6 L 4 10');
  });

  it('repeats an odd dash list twice', () => {
    const [run] = pathRuns('M 0 0 H 12', big)!;
    expect(dashedRunPath(run!, '2')).toBe('M 0 0 L 2 0 M 4 0 L 6 0 M 8 0 L 10 0');
  });
});
