import { describe, expect, it } from 'vitest';
import {
  areaOf,
  crossFeatureOf,
  edgesOf,
  featureLoops,
  importsOf,
  isFixture,
  loopsOf,
  rendererEdges,
} from './featureImports.ts';

describe('featureImports', () => {
  it('reads static, type-only, re-exported and lazy imports, not packages', () => {
    const code = [
      "import { a } from '../x/a.ts';",
      "import type { B } from './b.ts';",
      "export { c } from '../../c/index.ts';",
      "const P = lazy(() => import('../pages/P.tsx'));",
      "import './global.css';",
      "import { useState } from 'react';",
    ].join('\n');
    expect(importsOf(code)).toEqual([
      '../x/a.ts',
      './b.ts',
      '../../c/index.ts',
      '../pages/P.tsx',
      './global.css',
    ]);
  });

  it('names the area of a renderer file', () => {
    const root = `${process.cwd()}/renderer`;
    expect(areaOf(`${root}/features/accounts/api/accountQueries.ts`)).toBe('feature:accounts');
    expect(areaOf(`${root}/pages/DealPage.tsx`)).toBe('pages');
    expect(areaOf(`${root}/routes/route.ts`)).toBe('routes');
  });

  it('finds a feature pair importing each other and a longer loop, not a chain', () => {
    const root = `${process.cwd()}/renderer/features`;
    const files: Record<string, string> = {
      [`${root}/a/x.ts`]: "import { b } from '../b/index.ts';",
      [`${root}/b/x.ts`]: "import { a } from '../a/index.ts';",
      [`${root}/c/x.ts`]: "import { d } from '../d/index.ts';",
      [`${root}/d/x.ts`]: "import { e } from '../e/index.ts';",
      [`${root}/e/x.ts`]: "import { c } from '../c/index.ts';",
      [`${root}/f/x.ts`]: "import { a } from '../a/index.ts';",
    };
    const edges = edgesOf(Object.keys(files), (file) => files[file]!);
    const pairs = edges.map((e): [string, string] => [e.from, e.to]);
    expect(loopsOf(pairs)).toEqual([
      ['feature:a', 'feature:b'],
      ['feature:c', 'feature:d', 'feature:e'],
    ]);
  });

  it("finds no loop between the renderer's features as they are, and no import past a public face", () => {
    const edges = rendererEdges();
    expect(featureLoops(edges)).toEqual([]);
    const deep = crossFeatureOf(edges).filter(
      (e) => !/\/index\.tsx?$/.test(e.target) && !isFixture(e.target),
    );
    expect(deep.map((e) => `${e.file} → ${e.target}`)).toEqual([]);
  });
});
