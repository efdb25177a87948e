/** A choice of a select or picker: its code and what the user reads. */
export type PickOption = { value: string; label: string };

/**
 * Options matching typed text, best first: the label starting with it, then a word of the label
 * starting with it, then the label containing it. Case-insensitive; an empty query keeps all.
 */
export function filterOptions(options: PickOption[], query: string): PickOption[] {
  const q = query.trim().toLocaleLowerCase();
  if (q === '') return options;
  const rank = (o: PickOption) => {
    const label = o.label.toLocaleLowerCase();
    if (label.startsWith(q) || o.value.startsWith(q)) return 0;
    if (label.split(/[\s/·(（-]+/).some((w) => w.startsWith(q))) return 1;
    if (label.includes(q)) return 2;
    return 3;
  };
  return options
    .map((o) => ({ o, r: rank(o) }))
    .filter((x) => x.r < 3)
    .sort((a, b) => a.r - b.r)
    .map((x) => x.o);
}
