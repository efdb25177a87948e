import { useEffect, useRef } from 'react';
import { BRIDGE_KEY } from '../../../../shared/bridge.ts';

/**
 * While `active`, leaving the screen is held and `onBlocked` gets the address asked for;
 * `leave(hash)` then goes there. A link's click is stopped before the browser changes the
 * address (the router reads the address on any render, so a change would show the next screen
 * before its hashchange event). Back and Forward are caught by their hashchange, in the capture
 * phase before the router's listener, and the address put back. Closing or reloading the
 * browser's tab asks through the browser's own prompt; not in Electron, where a refused unload
 * would keep the window from closing without a word.
 */
export function useLeaveGuard(active: boolean, onBlocked: (hash: string) => void) {
  const blocked = useRef(onBlocked);
  useEffect(() => {
    blocked.current = onBlocked;
  });
  const letGo = useRef(false);

  useEffect(() => {
    if (!active) return;
    const here = window.location.hash;
    const onClick = (event: MouseEvent) => {
      if (letGo.current || event.defaultPrevented || event.button !== 0) return;
      // A new tab or window leaves this screen as it is.
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
      const href = anchor?.getAttribute('href') ?? '';
      if (!href.startsWith('#') || href === here || anchor?.getAttribute('target')) return;
      event.preventDefault();
      blocked.current(href);
    };
    const onHashChange = (event: HashChangeEvent) => {
      const next = window.location.hash;
      if (letGo.current || next === here) return;
      event.stopImmediatePropagation();
      window.history.replaceState(null, '', here);
      blocked.current(next);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!letGo.current) event.preventDefault();
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
    leave(hash: string) {
      letGo.current = true;
      window.location.hash = hash;
    },
  };
}
