import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { EMPTY_VIEW, type ViewList, type ViewState } from '../../../../shared/uiState.ts';
import { readQuery } from '../../../data/read.ts';
import { useWrite } from '../../../data/write.ts';
import { navigate } from '../../../routes/navigate.ts';
import type { Route, RouteQuery } from '../../../routes/route.ts';
import { useRoute } from '../../../routes/useRoute.ts';

/** A list's filters: text (null or '' for none) and on/off switches. */
export type ListFilters = Record<string, string | null | boolean>;

/** The table part of a view, as DataTable takes it. */
export type TableView = Pick<ViewState, 'sorting' | 'columnSizing' | 'columnVisibility'>;

const viewQuery = (list: ViewList) => ({
  ...readQuery('viewState.get', { list }),
  // Read once per session: this screen's own writes keep the cached copy current.
  staleTime: Infinity,
});

/** How long changes wait before they are written (a column drag writes once). */
const SAVE_DELAY_MS = 400;

/** The filters kept: those that differ from the list's defaults. */
function storedFilters<F extends ListFilters>(filters: F, defaults: F): ViewState['filters'] {
  const out: ViewState['filters'] = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value === null || value === defaults[key]) continue;
    if (typeof value === 'string' && value === '') continue;
    out[key] = typeof value === 'string' ? value.slice(0, 200) : value;
  }
  return out;
}

/** Reads the known keys, each as its default's kind; anything else keeps the default. */
function readFilters<F extends ListFilters>(
  source: Readonly<Record<string, string | boolean>>,
  defaults: F,
): F {
  const out: ListFilters = { ...defaults };
  for (const [key, fallback] of Object.entries(defaults)) {
    const value = source[key];
    if (value === undefined) continue;
    if (typeof fallback === 'boolean') out[key] = value === true || value === 'true';
    else if (typeof value === 'string') out[key] = value;
  }
  return out as F;
}

const sortedQuery = (query: RouteQuery): RouteQuery =>
  Object.fromEntries(Object.entries(query).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

const toQuery = (filters: ViewState['filters']): RouteQuery =>
  Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, String(v)]));

type ListRoute = Extract<Route, { query?: RouteQuery }>;

/**
 * A list's remembered view: sort, column widths and visibility, filters. Kept in the workspace
 * (restored on navigation and after a restart) and the filters also in the address, so a view
 * can be bookmarked; an address with filters wins over the stored ones.
 */
export function useListView<F extends ListFilters>(
  list: ViewList,
  defaults: F,
  /** Drops values the list does not offer (an edited address); defaults otherwise. */
  sanitize: (filters: F) => F = (filters) => filters,
) {
  const current = useRoute();
  const here = isListRoute(current) ? current : null;
  const urlQuery = here?.query;
  const stored = useQuery(viewQuery(list));
  const [local, setLocal] = useState<ViewState | null>(null);
  const view = local ?? stored.data ?? EMPTY_VIEW;
  const ready = local !== null || !stored.isPending;

  const save = useWrite(
    async (state: ViewState, { write, cache }) => {
      const saved = await write('viewState.save', { list, state });
      cache.put(viewQuery(list), () => saved);
    },
    { scope: `viewState:${list}` },
  );
  const reset = useWrite(
    async (_: void, { write, cache }) => {
      await write('viewState.reset', { list });
      cache.put(viewQuery(list), () => null);
    },
    { scope: `viewState:${list}` },
  );

  // The latest view not yet written, written when typing pauses or the list closes.
  const pending = useRef<ViewState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const writeNow = useRef(() => {});
  useEffect(() => {
    writeNow.current = () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      const state = pending.current;
      pending.current = null;
      if (state) save.mutate(state);
    };
  });
  useEffect(() => () => writeNow.current(), []);

  const filters = sanitize(
    readFilters(urlQuery && Object.keys(urlQuery).length > 0 ? urlQuery : view.filters, defaults),
  );
  const kept = storedFilters(filters, defaults);

  // The address shows the filters in use, so that it can be bookmarked as it is; keys this list
  // does not know (another part of the screen's) are left as they are.
  const known = Object.keys(defaults);
  const others = Object.fromEntries(
    Object.entries(urlQuery ?? {}).filter(([key]) => !known.includes(key)),
  );
  const withOthers = (filters: ViewState['filters']): RouteQuery =>
    sortedQuery({ ...others, ...toQuery(filters) });
  const address = JSON.stringify(withOthers(kept));
  useEffect(() => {
    if (!ready || !here || known.length === 0) return;
    if (JSON.stringify(sortedQuery(here.query ?? {})) === address) return;
    navigate({ ...here, query: JSON.parse(address) as RouteQuery }, { replace: true });
  }, [ready, here, address, known.length]);

  function change(next: ViewState) {
    setLocal(next);
    pending.current = next;
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => writeNow.current(), SAVE_DELAY_MS);
  }

  return {
    /** False until the stored view has been read: the list waits, so it never jumps. */
    ready,
    filters,
    setFilters(patch: Partial<F>) {
      const next = storedFilters({ ...filters, ...patch }, defaults);
      change({ ...view, filters: next });
      if (here) navigate({ ...here, query: withOthers(next) }, { replace: true });
    },
    table: {
      state: {
        sorting: view.sorting,
        columnSizing: view.columnSizing,
        columnVisibility: view.columnVisibility,
      } satisfies TableView,
      onChange: (patch: Partial<TableView>) => change({ ...view, filters: kept, ...patch }),
      onReset: () => {
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = null;
        pending.current = null;
        setLocal(EMPTY_VIEW);
        reset.mutate();
        if (here) navigate({ ...here, query: withOthers({}) }, { replace: true });
      },
    },
  };
}

function isListRoute(route: Route): route is ListRoute {
  return (
    route.name === 'accounts' ||
    route.name === 'opportunities' ||
    route.name === 'competitors' ||
    route.name === 'pipeline' ||
    route.name === 'forecast'
  );
}
