import { useForm, type FormErrors } from '@mantine/form';
import { createElement, useState } from 'react';
import type { z } from 'zod';
import type { Issue } from '../../../shared/issues.ts';
import type { FormProblem } from './FormProblem.ts';
import { IssueMessage } from './IssueMessage.tsx';
import { limitsAt } from './limitsAt.ts';
import { refusalOf } from './refusalOf.ts';
import { fieldAmong, splitIssues, type FieldOf } from './splitIssues.ts';
import { zodParser, type DraftParser } from './zodParser.ts';

/** The same contract schema the server applies, so the two never disagree. */
type Contract<V, D> =
  /** Values shaped as the schema's input: the schema checks them. */
  | { schema: z.ZodType<D>; parse?: undefined }
  /** Values shaped otherwise: `parse` checks them with the schema, which gives the limits. */
  | { schema?: z.ZodType; parse: DraftParser<V, D> };

type Options<V, D> = Contract<V, D> & {
  initialValues: V;
  /** Where an issue is shown (default: the value its path starts at); null for the alert. */
  fieldOf?: FieldOf;
};

/**
 * A Mantine form validated as the user types and on save by a contract schema, which shows
 * the server's verdict the same way: each issue next to its field, the rest in `problem`.
 */
export function useDraftForm<V extends Record<string, unknown>, D>({
  initialValues,
  schema,
  parse = zodParser(schema as z.ZodType) as DraftParser<V, D>,
  fieldOf = fieldAmong(Object.keys(initialValues)),
}: Options<V, D>) {
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validateInputOnChange: true,
    validate: (values) => {
      const result = parse(values);
      return result.success ? {} : toErrors(splitIssues(result.issues, fieldOf).byField);
    },
  });

  function showServerError(error: unknown) {
    const refusal = refusalOf(error, fieldOf);
    if (refusal.problem.kind === 'refused') form.setErrors(toErrors(refusal.byField));
    setProblem(refusal.problem);
    focusField(Object.keys(refusal.byField)[0]);
  }

  /** Form submit handler: validates, then runs `save` with the parsed draft. */
  function onSubmit(save: (draft: D) => Promise<void>) {
    return form.onSubmit(
      async (values) => {
        const result = parse(values);
        if (!result.success) {
          // Only issues no field shows get here; the field ones stopped the submit already.
          setProblem({ kind: 'refused', general: result.issues });
          return;
        }
        setProblem(null);
        try {
          await save(result.data);
        } catch (error) {
          showServerError(error);
        }
      },
      (errors) => focusField(Object.keys(errors)[0]),
    );
  }

  function focusField(field: string | undefined) {
    if (field) form.getInputNode(field)?.focus();
  }

  /** Replaces the values with a freshly loaded record (after a conflict). */
  function reload(values: V) {
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
    setProblem(null);
  }

  /** The contract's length limit of a text field, for its input: typing stops where saving would fail. */
  function lengthProps(field: string): { maxLength?: number } {
    const { maxLength } = schema ? limitsAt(schema, field) : {};
    return maxLength === undefined ? {} : { maxLength };
  }

  return { form, problem, onSubmit, reload, lengthProps };
}

function toErrors(byField: Record<string, Issue>): FormErrors {
  return Object.fromEntries(
    Object.entries(byField).map(([field, issue]) => [
      field,
      createElement(IssueMessage, { issue }),
    ]),
  );
}
