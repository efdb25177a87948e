import { useForm, type FormErrors } from '@mantine/form';
import { createElement, useRef, useState } from 'react';
import type { z } from 'zod';
import type { Issue } from '../../../shared/issues.ts';
import { useCrashDraft } from './crashDraft.ts';
import { useDirtyForm, type DirtyForms } from './dirtyForms.ts';
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
  /**
   * The field that shows the issue at a path of the schema, for values shaped otherwise;
   * null for the alert. By default the value the path leads to: a list, or a leaf of a group.
   */
  fieldOf?: (path: Issue['path'], values: V) => string | null;
  /**
   * Keeps the unsaved values in the workspace while the user types (long forms), offered back
   * when the form opens again after a crash: the form's key, see shared/uiState.ts.
   */
  draftKey?: string;
  /** The close guard of the dialog this form's own component renders (see useCloseGuard). */
  scope?: DirtyForms;
};

/**
 * A Mantine form validated as the user types and on save by a contract schema, which shows
 * the server's verdict the same way: each issue next to its field, the rest in `problem`.
 */
export function useDraftForm<V extends Record<string, unknown>, D>({
  initialValues,
  schema,
  parse = zodParser(schema as z.ZodType) as DraftParser<V, D>,
  fieldOf = fieldAmong(leafFields(initialValues)),
  draftKey,
  scope,
}: Options<V, D>) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  // The save the form last wired to its submit: guards and Ctrl+S run it from outside.
  const saveRef = useRef<((draft: D) => Promise<void>) | null>(null);

  const fieldsOf =
    (values: V): FieldOf =>
    (path) =>
      fieldOf(path, values);

  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validateInputOnChange: true,
    validate: (values) => {
      const result = parse(values);
      return result.success ? {} : toErrors(splitIssues(result.issues, fieldsOf(values)).byField);
    },
  });

  function showServerError(error: unknown) {
    const refusal = refusalOf(error, fieldsOf(form.getValues()));
    if (refusal.problem.kind === 'refused') form.setErrors(toErrors(refusal.byField));
    setProblem(refusal.problem);
    focusField(Object.keys(refusal.byField)[0]);
  }

  /** Runs `save` with the parsed values; true when it went through. */
  async function saveValues(values: V, save: (draft: D) => Promise<void>): Promise<boolean> {
    const result = parse(values);
    if (!result.success) {
      // Only issues no field shows get here; the field ones stopped the submit already.
      setProblem({ kind: 'refused', general: result.issues });
      return false;
    }
    setProblem(null);
    try {
      await save(result.data);
    } catch (error) {
      showServerError(error);
      return false;
    }
    // What was saved is the form's new starting point; its draft is no longer needed.
    form.resetDirty(values);
    draft.clear();
    return true;
  }

  /** Form submit handler: validates, then runs `save` with the parsed draft. */
  function onSubmit(save: (draft: D) => Promise<void>) {
    saveRef.current = save;
    return form.onSubmit(
      (values) => void saveValues(values, save),
      (errors) => focusField(Object.keys(errors)[0]),
    );
  }

  /** Validates and saves from outside the form (a guard's "Save", Ctrl+S); true when saved. */
  async function saveNow(): Promise<boolean> {
    const save = saveRef.current;
    if (!save) return false;
    const check = form.validate();
    if (check.hasErrors) {
      focusField(Object.keys(check.errors)[0]);
      return false;
    }
    return saveValues(form.getValues(), save);
  }

  const dirty = form.isDirty();
  const draft = useCrashDraft({
    key: draftKey ?? null,
    values: form.getValues(),
    dirty,
    apply: (values) => form.setValues(values),
  });
  useDirtyForm(
    dirty,
    {
      // Read live: a save that navigates away does so before the form re-renders.
      isDirty: () => form.isDirty(),
      save: saveNow,
      discard: () => {
        form.reset();
        draft.clear();
      },
      element: () => formElement(),
    },
    scope,
  );

  /** The form element, found from any of its inputs. */
  function formElement(): Element | null {
    for (const field of leafFields(initialValues)) {
      const node = form.getInputNode(field);
      if (node) return node.closest('form');
    }
    return null;
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

  const limits = (field: string) => (schema ? limitsAt(schema, field) : {});

  /** A text input's props from the contract: typing stops where saving would fail. */
  function lengthProps(field: string): { maxLength?: number } {
    const { maxLength } = limits(field);
    return maxLength === undefined ? {} : { maxLength };
  }

  /** A number input's range from the contract, for its steps (what is typed is not clamped). */
  function rangeProps(field: string): { min?: number; max?: number } {
    const { minimum, maximum } = limits(field);
    return {
      ...(minimum === undefined ? {} : { min: minimum }),
      ...(maximum === undefined ? {} : { max: maximum }),
    };
  }

  return { form, problem, onSubmit, saveNow, reload, lengthProps, rangeProps, draft };
}

/** The paths of a form's inputs: each value, but each member of a group ('scores.credit'). */
function leafFields(values: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(values).flatMap(([key, value]) =>
    isGroup(value) ? leafFields(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

function toErrors(byField: Record<string, Issue>): FormErrors {
  return Object.fromEntries(
    Object.entries(byField).map(([field, issue]) => [
      field,
      createElement(IssueMessage, { issue }),
    ]),
  );
}
