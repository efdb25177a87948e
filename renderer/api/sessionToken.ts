const STORAGE_KEY = 'dealWorkbench.token';

/**
 * The browser shell's per-launch token arrives in the URL fragment (`#token=…`). It is kept in
 * sessionStorage so a reload still works after the fragment has been replaced by a route.
 */
export const sessionToken = {
  /** Moves a `#token=…` fragment into sessionStorage; returns true when one was found. */
  capture(): boolean {
    const match = /(?:^#|[#&])token=([^&]+)/.exec(window.location.hash);
    if (!match?.[1]) return false;
    window.sessionStorage.setItem(STORAGE_KEY, decodeURIComponent(match[1]));
    return true;
  },
  get(): string {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? '';
  },
};
