import { useEffect, useRef } from 'react';

/**
 * While `active`, leaving the screen (a link, the browser's Back) is held: the address is put
 * back at once and `onBlocked` gets the one asked for; `leave(hash)` then goes there. The
 * listener runs in the capture phase, before the router's, so the screen is never torn down.
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
    const listener = (event: HashChangeEvent) => {
      const next = window.location.hash;
      if (letGo.current || next === here) return;
      event.stopImmediatePropagation();
      window.history.replaceState(null, '', here);
      blocked.current(next);
    };
    window.addEventListener('hashchange', listener, { capture: true });
    return () => window.removeEventListener('hashchange', listener, { capture: true });
  }, [active]);

  return {
    leave(hash: string) {
      letGo.current = true;
      window.location.hash = hash;
    },
  };
}
