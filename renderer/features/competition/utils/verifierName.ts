const KEY = 'dealWorkbench.competitorVerifier';

/** The name last typed as "verified by", so the next check does not ask for it again. */
export const verifierName = {
  get(): string {
    try {
      return window.localStorage.getItem(KEY) ?? '';
    } catch {
      return '';
    }
  },
  remember(name: string) {
    try {
      window.localStorage.setItem(KEY, name.trim());
    } catch {
      // Storage full or denied: the name is just not prefilled next time.
    }
  },
};
