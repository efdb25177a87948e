import { useCallback, useState } from 'react';
import type { LineStyleKey } from '../drawing/geometry.ts';

/** Which line styles the map leaves out (switched off in the toolbar); all shown at first. */
export function useLineVisibility() {
  const [hidden, setHidden] = useState<ReadonlySet<LineStyleKey>>(new Set());
  const toggle = useCallback((key: LineStyleKey, visible: boolean) => {
    setHidden((h) => {
      const next = new Set(h);
      if (visible) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);
  return { hidden, toggle };
}
