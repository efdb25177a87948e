import { useEffect, useRef } from 'react';
import { BRIDGE_KEY } from '../../shared/bridge.ts';

/**
 * While `active` and `isBlocking()` (read at the moment of leaving), leaving the screen is held
 * and `onBlocked` gets the address asked for; `leave(hash)` then goes there. A link's click is
 * stopped before the browser changes the address (sidebar, tabs); Back, Forward and programmatic
 * navigation (the command palette) are caught by their hashchange, in the capture phase before
 * the router's listener, and the address put back. Closing or reloading the browser's tab asks
 * through the browser's own prompt; not in Electron, where a refused unload would keep the window
 * from closing without a word.
 */
export function useNavigationGuard(
  active: boolean,
  isBlocking: () => boolean,
  onBlocked: (hash: string) => void,
) {
  const latest = useRef({ isBlocking, onBlocked });
  useEffect(() => {
    latest.current = { isBlocking, onBlocked };
  });
  const letGo = useRef<string | null>(null);

  useEffect(() => {
    if (!active) return;
    let here = window.location.hash;
    const blocking = () => letGo.current === null && latest.current.isBlocking();
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      // A new tab or window leaves this screen as it is.
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = anchor?.getAttribute('href') ?? '';
      if (!href.startsWith('#') || href === here || anchor?.getAttribute('target')) return;
      if (!blocking()) return;
      event.preventDefault();
      latest.current.onBlocked(href);
    };
    const onHashChange = (event: HashChangeEvent) => {
      const next = window.location.hash;
      if (next === here) return;
      if (letGo.current === next) letGo.current = null;
      if (!blocking()) {
        here = next;
        return;
      }
      event.stopImmediatePropagation();
      window.history.replaceState(null, '', here);
      latest.current.onBlocked(next);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (blocking()) event.preventDefault();
    };
    const inBrowser = !(BRIDGE_KEY in window);
    document.addEventListener('click', onClick, { capture: true });
    window.addEventListener('hashchange', onHashChange, { capture: true });
    if (inBrowser) window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, { capture: true });
      window.removeEventListener('hashchange', onHashChange, { capture: true });
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active]);

  return {
    /** Goes to `hash` without asking (the user chose to discard or saved). */
    leave(hash: string) {
      letGo.current = hash;
      window.location.hash = hash;
    },
  };
}
