import { useEffect, useMemo, useState } from 'react';
import type { OrgChart } from '../../../../shared/orgchart.ts';
import { computeLayout } from '../layout/computeLayout.ts';
import { cachedLayout, layoutKey, rememberLayout } from '../layout/layoutCache.ts';
import { layoutInputOf } from '../layout/layoutInput.ts';
import type { LayoutResult } from '../model.ts';

/**
 * The map's layout, recomputed (off the main thread) only when the structure changed: renaming
 * someone keeps the previous result, so nothing moves. Versions laid out before this session
 * come from the layout cache. The last result stays on screen while the
 * next one is computed.
 */
export function useLayout(chart: OrgChart | undefined): {
  layout: LayoutResult | null;
  error: Error | null;
} {
  const input = useMemo(() => (chart ? layoutInputOf(chart) : null), [chart]);
  const key = useMemo(() => (input ? layoutKey(input) : null), [input]);
  const [state, setState] = useState<{
    key: string | null;
    layout: LayoutResult | null;
    error: Error | null;
  }>({ key: null, layout: null, error: null });

  // A version laid out before (this map opened again, an undo) is shown at once, in this render.
  const known = key && key !== state.key ? cachedLayout(key) : null;
  if (key && known) setState({ key, layout: known, error: null });

  useEffect(() => {
    if (!key || !input || key === state.key) return;
    let current = true;
    computeLayout(input).then(
      (layout) => {
        rememberLayout(key, layout);
        if (current) setState({ key, layout, error: null });
      },
      (error: unknown) =>
        current &&
        setState((s) => ({
          key,
          layout: s.layout,
          error: error instanceof Error ? error : new Error(String(error)),
        })),
    );
    return () => {
      current = false;
    };
    // `input` follows `key`; recomputing on a new object with the same content is what we avoid.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { layout: state.layout, error: state.error };
}
