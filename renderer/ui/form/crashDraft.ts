import { createContext, useContext, useEffect, useRef, useState } from 'react';

/** Where drafts are kept: the workspace, through the data layer (given by the app shell). */
export type DraftStore = {
  get(key: string): Promise<{ value: string; savedAt: string } | null>;
  save(key: string, value: string): Promise<void>;
  discard(key: string): Promise<void>;
};

/** No store (tests, screens outside the shell): forms keep no draft. */
export const DraftStoreContext = createContext<DraftStore | null>(null);

/** How long typing pauses before the draft is written. */
export const DRAFT_DELAY_MS = 700;

// A form that unmounts forgets its draft a moment later, unless it mounts again at once
// (React's StrictMode mounts every component twice in development).
const pendingDiscards = new Map<string, ReturnType<typeof setTimeout>>();

export type DraftOffer = { savedAt: string };

type Options<V> = {
  /** The form's draft key (see shared/uiState.ts), or null for a form without drafts. */
  key: string | null;
  values: V;
  dirty: boolean;
  /** Puts a restored draft's values into the form. */
  apply: (values: V) => void;
};

/**
 * Keeps a long form's unsaved values in the workspace while the user types, so that a crash or a
 * closed window loses nothing: when the form opens again, the draft is offered back. The draft
 * goes when the form is saved, discarded, or left through the app (which asks first).
 */
export function useCrashDraft<V>({ key, values, dirty, apply }: Options<V>) {
  const store = useContext(DraftStoreContext);
  const active = store !== null && key !== null;
  const [offer, setOffer] = useState<(DraftOffer & { value: string }) | null>(null);
  // Nothing is written before the stored draft has been looked at: it would be overwritten.
  const [loaded, setLoaded] = useState(false);
  const stored = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const json = JSON.stringify(values);
  const initialJson = useRef(json);

  const offerRef = useRef(offer);
  useEffect(() => {
    offerRef.current = offer;
  });

  const cancelTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  useEffect(() => {
    if (!active) return;
    const pending = pendingDiscards.get(key);
    if (pending !== undefined) {
      clearTimeout(pending);
      pendingDiscards.delete(key);
    }
    let live = true;
    store
      .get(key)
      .then((draft) => {
        if (!live) return;
        if (draft) stored.current = true;
        if (draft && draft.value !== initialJson.current) setOffer(draft);
      })
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
      cancelTimer();
      // Left through the app (saved, discarded, cancelled, or confirmed away): the draft goes,
      // unless the user has not yet answered the offer to restore it.
      if (stored.current && !offerRef.current) {
        pendingDiscards.set(
          key,
          setTimeout(() => {
            pendingDiscards.delete(key);
            void store.discard(key).catch(() => undefined);
          }, 0),
        );
      }
    };
  }, [active, key, store]);

  useEffect(() => {
    if (!active || !loaded || offer) return;
    cancelTimer();
    if (!dirty) {
      if (stored.current) {
        stored.current = false;
        void store.discard(key).catch(() => undefined);
      }
      return;
    }
    timer.current = setTimeout(() => {
      timer.current = null;
      stored.current = true;
      // A refused draft (too large) costs nothing: the form still holds every value.
      void store.save(key, json).catch(() => undefined);
    }, DRAFT_DELAY_MS);
    return cancelTimer;
  }, [active, loaded, offer, dirty, json, key, store]);

  return {
    /** A draft from an earlier session, waiting for the user to restore or discard it. */
    offer: offer && { savedAt: offer.savedAt },
    restore() {
      if (!offer) return;
      try {
        apply(JSON.parse(offer.value) as V);
      } catch {
        // A draft that does not read back is of no use: dropped below.
      }
      setOffer(null);
    },
    /** Forgets the draft: the form was saved or its changes thrown away. */
    clear() {
      cancelTimer();
      setOffer(null);
      if (active && stored.current) {
        stored.current = false;
        void store.discard(key).catch(() => undefined);
      }
    },
  };
}

export type CrashDraft = ReturnType<typeof useCrashDraft>;
