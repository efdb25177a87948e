import { useEffect, useMemo, useState } from 'react';
import type { OrgChart } from '../../../../shared/orgchart.ts';
import { computeLayout } from '../layout/computeLayout.ts';
import { layoutInputOf } from '../layout/layoutInput.ts';
import type { LayoutResult } from '../model.ts';

/**
 * The map's layout, recomputed (off the main thread) only when the structure changed: renaming
 * someone keeps the previous result, so nothing moves. The last result stays on screen while the
 * next one is computed.
 */
export function useLayout(chart: OrgChart | undefined): {
  layout: LayoutResult | null;
  error: Error | null;
} {
  const input = useMemo(() => (chart ? layoutInputOf(chart) : null), [chart]);
  const key = useMemo(() => (input ? JSON.stringify(input) : null), [input]);
  const [state, setState] = useState<{
    key: string | null;
    layout: LayoutResult | null;
    error: Error | null;
  }>({ key: null, layout: null, error: null });

  useEffect(() => {
    if (!key || !input || key === state.key) return;
    let current = true;
    computeLayout(input).then(
      (layout) => current && setState({ key, layout, error: null }),
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
