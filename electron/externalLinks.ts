// Links that leave the app (issue 15): an account's website opens in the system browser, and
// nothing else leaves. Checked here, under plain Node; main.ts hands the approved URLs to
// shell.openExternal.

/** Longest URL handed to the system browser; longer is not a link anyone typed. */
const MAX_URL_LENGTH = 2048;

/**
 * True only for an http(s) URL to a named host, with no user name or password in it (a
 * classic way of disguising where a link goes) and no control characters or spaces: never
 * file:, javascript:, data:, custom protocols (which start other programs) or bare words.
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > MAX_URL_LENGTH) return false;
  // eslint-disable-next-line no-control-regex -- control characters are exactly what it refuses.
  if (/[\u0000-\u0020\u007f]/.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname !== '';
}

export type NavigationDecision =
  /** Our own page: let it load. */
  | 'allow'
  /** A web page: not in our window, in the system browser. */
  | 'external'
  /** Anything else: nowhere. */
  | 'deny';

/**
 * Where a navigation or a new window asked for by a page goes: the app's own origin stays in
 * the window, an http(s) link goes to the system browser, the rest is refused.
 */
export function navigationDecision(url: string, appOrigin: string): NavigationDecision {
  let origin: string | undefined;
  try {
    origin = new URL(url).origin;
  } catch {
    return 'deny';
  }
  // A non-special scheme's origin is "null" in WHATWG URL: compare the start instead.
  if (url.startsWith(`${appOrigin}/`) || origin === appOrigin) return 'allow';
  return isSafeExternalUrl(url) ? 'external' : 'deny';
}
