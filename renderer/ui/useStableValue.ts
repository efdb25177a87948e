import { useMemo } from 'react';

/**
 * Plain JSON data that keeps its identity while its content stays the same. Table state handed in
 * as a new but equal array each render (an inline default) would otherwise make TanStack Table
 * recompute its row model every render, and each recompute scheduled a state update: an endless
 * render (the pipeline table's freeze).
 */
export function useStableValue<T>(value: T): T {
  const json = JSON.stringify(value);
  return useMemo(() => JSON.parse(json) as T, [json]);
}
