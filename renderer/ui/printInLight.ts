// Mantine's dark styles hang on this attribute of the root element.
const ATTRIBUTE = 'data-mantine-color-scheme';

/**
 * Shows the light scheme until the returned function puts the current one back: paper is white,
 * whatever the screen shows.
 */
export function printInLight(): () => void {
  const root = document.documentElement;
  const current = root.getAttribute(ATTRIBUTE);
  if (current !== 'dark') return () => {};
  root.setAttribute(ATTRIBUTE, 'light');
  return () => {
    if (root.getAttribute(ATTRIBUTE) === 'light') root.setAttribute(ATTRIBUTE, current);
  };
}
