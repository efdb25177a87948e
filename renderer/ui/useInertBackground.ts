import { useEffect } from 'react';

let openLayers = 0;

/**
 * While a dialog or drawer is open, hides the app behind it from assistive technology and
 * from the keyboard (Mantine's portals live outside #root), so that a field in the dialog
 * is the only one of its name — for screen readers and for tests alike.
 */
export function useInertBackground(active: boolean) {
  useEffect(() => {
    const root = document.getElementById('root');
    if (!active || !root) return;
    openLayers += 1;
    root.setAttribute('aria-hidden', 'true');
    root.setAttribute('inert', '');
    return () => {
      openLayers -= 1;
      if (openLayers === 0) {
        root.removeAttribute('aria-hidden');
        root.removeAttribute('inert');
      }
    };
  }, [active]);
}
