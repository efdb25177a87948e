import { useEffect, useRef } from 'react';
import { BRIDGE_KEY } from '../../shared/bridge.ts';
import { holdNavigation } from './useRoute.ts';

/**
 * While `active` and `isBlocking()` (read at the moment of leaving), leaving the screen is held
 * and `onBlocked` gets the address asked for; `leave(hash)` then goes there. A link's click is
 * stopped before the browser changes the address (sidebar, tabs); Back, Forward and programmatic
 * navigation (the command palette) are held by the router before any screen sees them, and the
 * address put back (useRoute's holdNavigation). Closing or reloading the browser's tab asks
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
    const blocking = () => letGo.current === null && latest.current.isBlocking();
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      // A new tab or window leaves this screen as it is.
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = anchor?.getAttribute('href') ?? '';
      const here = window.location.hash;
      if (!href.startsWith('#') || href === here || anchor?.getAttribute('target')) return;
      if (!blocking()) return;
      event.preventDefault();
      latest.current.onBlocked(href);
    };
    const release = holdNavigation((next) => {
      if (letGo.current === next) {
        letGo.current = null;
        return false;
      }
      if (!blocking()) return false;
      latest.current.onBlocked(next);
      return true;
    });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (blocking()) event.preventDefault();
    };
    const inBrowser = !(BRIDGE_KEY in window);
    document.addEventListener('click', onClick, { capture: true });
    if (inBrowser) window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      document.removeEventListener('click', onClick, { capture: true });
      release();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active]);

  return {
    /** Goes to `hash` without asking (the user chose to discard or saved). */
    leave(hash: string) {
      if (window.location.hash === hash) return;
      letGo.current = hash;
      window.location.hash = hash;
    },
  };
}
