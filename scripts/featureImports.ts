// `npm exec -- node scripts/featureImports.ts`: how the renderer's features know each other. Prints every feature → feature
// import pair (and whether it goes through the other feature's public face, index.ts), what the
// pages import, imports of the app shell from below it, and the loops between features.
// Tests (*.test.ts[x]) are counted too: a test that reaches into another feature is a dependency.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const renderer = join(root, 'renderer');

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

/** The relative specifiers a file imports, re-exports or loads lazily. */
export function importsOf(code: string): string[] {
  const found = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.[^'"]+)['"]/gm);
  return [...found].map((m) => m[1]!);
}

/** The area a renderer path belongs to: `feature:<name>`, `pages`, `app`, `ui`, … */
export function areaOf(path: string): string {
  const [top, name] = relative(renderer, path).split('/');
  if (top === 'features' && name) return `feature:${name}`;
  return top ?? '';
}

type Edge = { from: string; to: string; file: string; target: string };

export function edgesOf(files: string[], read: (file: string) => string): Edge[] {
  return files.flatMap((file) =>
    importsOf(read(file)).map((spec) => {
      const target = resolve(dirname(file), spec);
      return { from: areaOf(file), to: areaOf(target), file, target };
    }),
  );
}

/** Loops among features: every strongly connected group of more than one feature (Tarjan). */
export function loopsOf(pairs: Iterable<[string, string]>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    if (!next.has(a)) next.set(a, new Set());
    if (!next.has(b)) next.set(b, new Set());
    next.get(a)!.add(b);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const loops: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    for (const w of next.get(v)!) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        group.push(w);
      } while (w !== v);
      if (group.length > 1) loops.push(group.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) visit(v);
  return loops;
}

const isPublicFace = (target: string) => /\/features\/[^/]+\/index(\.tsx?)?$/.test(target);
/** Test data another feature's tests may share; never imported by production code. */
export const isFixture = (target: string) =>
  /\/test\/|testFixtures\.ts$|testChart\.ts$/.test(target);
const short = (area: string) => area.replace(/^feature:/, '');

/** The renderer as it is on disk: every import between its areas. */
export function rendererEdges(): Edge[] {
  return edgesOf([...sourceFiles(renderer)], (file) => readFileSync(file, 'utf8'));
}

export const crossFeatureOf = (edges: Edge[]) =>
  edges.filter(
    (e) => e.from.startsWith('feature:') && e.to.startsWith('feature:') && e.from !== e.to,
  );

/** Loops between the renderer's features, each as the features' names. */
export const featureLoops = (edges: Edge[]) =>
  loopsOf(crossFeatureOf(edges).map((e) => [short(e.from), short(e.to)]));

function report() {
  const files = [...sourceFiles(renderer)];
  const edges = rendererEdges();
  const features = new Set(files.map(areaOf).filter((a) => a.startsWith('feature:')));

  const crossFeature = crossFeatureOf(edges);
  const ordered = new Map<string, Edge[]>();
  for (const e of crossFeature) {
    const key = `${short(e.from)} → ${short(e.to)}`;
    ordered.set(key, [...(ordered.get(key) ?? []), e]);
  }
  const unordered = new Set(crossFeature.map((e) => [short(e.from), short(e.to)].sort().join('|')));
  const n = features.size;

  console.log(`Feature → feature imports (${n} features, ${(n * (n - 1)) / 2} possible pairs):`);
  for (const [key, list] of [...ordered].sort()) {
    const deep = list.filter((e) => !isPublicFace(e.target) && !isFixture(e.target)).length;
    const fixtures = list.filter((e) => isFixture(e.target)).length;
    console.log(
      `  ${key}  ${list.length} import(s)${deep ? `, ${deep} past index.ts` : ''}` +
        `${fixtures ? `, ${fixtures} of test fixtures` : ''}`,
    );
  }
  const deep = crossFeature.filter((e) => !isPublicFace(e.target) && !isFixture(e.target));
  console.log(
    `  = ${unordered.size} of ${(n * (n - 1)) / 2} pairs, ${ordered.size} directed, ` +
      `${crossFeature.length} imports, ${deep.length} past a public face`,
  );

  const loops = featureLoops(edges);
  console.log(`\nLoops between features: ${loops.length}`);
  for (const loop of loops) console.log(`  ${loop.join(' ↔ ')}`);

  const pageImports = edges.filter((e) => e.from === 'pages' && e.to.startsWith('feature:'));
  const pageDeep = pageImports.filter((e) => !isPublicFace(e.target) && !isFixture(e.target));
  console.log(
    `\nPage → feature imports: ${pageImports.length} (${pageDeep.length} past a public face)`,
  );
  const byPage = new Map<string, Set<string>>();
  for (const e of pageImports) {
    const page = relative(renderer, e.file);
    byPage.set(page, (byPage.get(page) ?? new Set()).add(short(e.to)));
  }
  for (const [page, used] of [...byPage].sort())
    console.log(`  ${page}: ${[...used].sort().join(', ')}`);

  const upward = edges.filter(
    (e) => e.to === 'app' && e.from !== 'app' && e.from !== '' && !e.from.startsWith('main'),
  );
  console.log(`\nImports of app/ from below it: ${upward.length}`);
  for (const e of upward)
    console.log(`  ${relative(renderer, e.file)} → ${relative(renderer, e.target)}`);
}

if (import.meta.main) report();
