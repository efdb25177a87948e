/** Folds case and width (全角 → half-width) so that quick search forgives both. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().trim();
}

/** Whether any of the texts contains the (already typed) query; Chinese substrings included. */
export function matchesQuery(
  query: string,
  texts: readonly (string | null | undefined)[],
): boolean {
  const needle = normalizeText(query);
  return (
    needle === '' || texts.some((text) => text != null && normalizeText(text).includes(needle))
  );
}
