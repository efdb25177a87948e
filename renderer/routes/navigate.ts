import { route, type Route } from './route.ts';

/** Goes to a screen; `replace` keeps the browser history free of intermediate steps. */
export function navigate(to: Route, options: { replace?: boolean } = {}) {
  const href = route.href(to);
  if (window.location.hash === href) return;
  if (options.replace) {
    window.history.replaceState(null, '', href);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = href;
  }
}
