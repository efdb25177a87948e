import { useCallback, useEffect, useState } from 'react';

/**
 * Drawing an influence line from the keyboard or the card menu: its start, waiting for the card
 * it ends at (clicked, or Enter on it). Esc or a click on empty space gives up.
 */
export function useInfluenceLink(openNew: (from: string, to: string) => void) {
  const [linkFrom, setLinkFrom] = useState<string | null>(null);
  const cancel = useCallback(() => setLinkFrom(null), []);
  const finish = useCallback(
    (to: string) => {
      const from = linkFrom;
      setLinkFrom(null);
      if (from) openNew(from, to);
    },
    [linkFrom, openNew],
  );

  useEffect(() => {
    if (!linkFrom) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setLinkFrom(null);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [linkFrom]);

  return { linkFrom, start: setLinkFrom, cancel, finish };
}

export type InfluenceLink = ReturnType<typeof useInfluenceLink>;
