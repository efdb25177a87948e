import { useSyncExternalStore } from 'react';
import { route, type Route } from './route.ts';

/** Answers true to hold the app on its screen instead of going to `next` (a guard asks first). */
export type NavigationHold = (next: string) => boolean;

// The address the screens show, updated by one hashchange listener that first asks the holds:
// a held change never reaches a screen (Back and Forward change the address before the event,
// so the address itself is put back). Listeners on window run in the order they were added,
// whatever their phase: the holds cannot be listeners of their own.
let shown: string | null = null;
const screens = new Set<() => void>();
const holds = new Set<NavigationHold>();

function onHashChange() {
  const next = window.location.hash;
  if (next === shown) return;
  for (const hold of holds) {
    if (hold(next)) {
      if (shown !== null) window.history.replaceState(null, '', shown);
      return;
    }
  }
  shown = next;
  for (const screen of screens) screen();
}

function subscribe(onChange: () => void) {
  if (screens.size === 0) {
    shown = window.location.hash;
    window.addEventListener('hashchange', onHashChange);
  }
  screens.add(onChange);
  return () => {
    screens.delete(onChange);
    if (screens.size > 0) return;
    window.removeEventListener('hashchange', onHashChange);
    // With no screen open, the next one reads the address afresh.
    shown = null;
  };
}

const currentHash = () => shown ?? window.location.hash;

/** Holds navigation while `hold` says so; returns the release. */
export function holdNavigation(hold: NavigationHold): () => void {
  holds.add(hold);
  return () => {
    holds.delete(hold);
  };
}

/** The current screen, re-rendering when the fragment changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return route.parse(hash);
}
