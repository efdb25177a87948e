import { useForm, type FormErrors } from '@mantine/form';
import { createElement, useState } from 'react';
import type { Issue } from '../../../shared/issues.ts';
import { RpcError } from '../../api/RpcError.ts';
import type { FormProblem } from './FormProblem.ts';
import { IssueMessage } from './IssueMessage.tsx';
import { splitIssues } from './splitIssues.ts';
import type { DraftParser } from './zodParser.ts';

type Options<V, D> = {
  initialValues: V;
  /** The same contract schema the server applies, so the two never disagree. */
  parse: DraftParser<V, D>;
};

/**
 * A Mantine form validated as the user types and on save by a contract schema, which shows
 * the server's verdict the same way: each issue next to its field, the rest in `problem`.
 */
export function useDraftForm<V extends Record<string, unknown>, D>({
  initialValues,
  parse,
}: Options<V, D>) {
  const fields = Object.keys(initialValues);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validateInputOnChange: true,
    validate: (values) => {
      const result = parse(values);
      return result.success ? {} : toErrors(splitIssues(result.issues, fields).byField);
    },
  });

  function showServerError(error: unknown) {
    if (error instanceof RpcError && error.issues.length > 0) {
      const { byField, general } = splitIssues(error.issues, fields);
      form.setErrors(toErrors(byField));
      setProblem({ kind: 'refused', general });
      focusField(Object.keys(byField)[0]);
    } else if (error instanceof RpcError && error.code === 'conflict') {
      setProblem({ kind: 'stale' });
    } else {
      setProblem({ kind: 'failed', code: error instanceof RpcError ? error.code : 'internal' });
    }
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

  return { form, problem, onSubmit, reload };
}

function toErrors(byField: Record<string, Issue>): FormErrors {
  return Object.fromEntries(
    Object.entries(byField).map(([field, issue]) => [
      field,
      createElement(IssueMessage, { issue }),
    ]),
  );
}
