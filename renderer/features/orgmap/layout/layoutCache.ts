import type { LayoutInput, LayoutResult } from '../model.ts';

// Layouts already computed this session, by the map's version: the layout input as text (who
// reports to whom, departments, organisations, positions set by hand). Opening a map again, or
// undoing back to an earlier version, shows its layout at once instead of running ELK again.
// Kept in memory only: the layout holds department and organisation names, which do not belong
// outside the (possibly encrypted) workspace.

/** How many map versions keep their layout (a few maps, a few undo steps each). */
const KEPT = 12;
const layouts = new Map<string, LayoutResult>();

/** The version key of a map: equal exactly when the layout input is. */
export function layoutKey(input: LayoutInput): string {
  return JSON.stringify(input);
}

export function cachedLayout(key: string): LayoutResult | null {
  const layout = layouts.get(key);
  if (!layout) return null;
  layouts.delete(key); // most recently used last
  layouts.set(key, layout);
  return layout;
}

export function rememberLayout(key: string, layout: LayoutResult): void {
  layouts.delete(key);
  layouts.set(key, layout);
  if (layouts.size > KEPT) layouts.delete(layouts.keys().next().value!);
}

/** Forgets every layout (tests). */
export function clearLayoutCache(): void {
  layouts.clear();
}
