/** The distinct non-empty values of a field, sorted, e.g. to suggest owners already in use. */
export function distinctValues<T>(
  rows: readonly T[] | undefined,
  get: (row: T) => string,
): string[] {
  const values = new Set<string>();
  for (const row of rows ?? []) {
    const value = get(row).trim();
    if (value) values.add(value);
  }
  return [...values].sort((a, b) => a.localeCompare(b));
}
