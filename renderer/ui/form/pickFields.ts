/** The fields of `template` taken from a fuller record, e.g. an account's editable draft. */
export function pickFields<T extends object>(template: T, source: T): T {
  return Object.fromEntries(Object.keys(template).map((key) => [key, source[key as keyof T]])) as T;
}
