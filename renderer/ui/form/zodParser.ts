import type { z } from 'zod';
import { fromZodIssues, type Issue } from '../../../shared/issues.ts';

export type ParseResult<D> = { success: true; data: D } | { success: false; issues: Issue[] };
export type DraftParser<V, D> = (values: V) => ParseResult<D>;

/** Validates form values with a contract schema, reporting problems as contract issues. */
export function zodParser<S extends z.ZodType>(schema: S): DraftParser<z.input<S>, z.output<S>> {
  return (values) => {
    const result = schema.safeParse(values);
    return result.success
      ? { success: true, data: result.data }
      : { success: false, issues: fromZodIssues(result.error.issues) };
  };
}
