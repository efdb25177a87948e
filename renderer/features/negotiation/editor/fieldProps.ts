import { createElement, type ChangeEvent } from 'react';
import type { Issue } from '../../../../shared/issues.ts';
import { negotiationUpdate } from '../../../../shared/negotiation.ts';
import { IssueMessage } from '../../../ui/form/IssueMessage.tsx';
import { limitsAt } from '../../../ui/form/limitsAt.ts';
import type { FieldErrors, ListField, SheetActions } from './useSheetForm.ts';

const errorNode = (issue: Issue | undefined) =>
  issue ? createElement(IssueMessage, { issue }) : undefined;

/** A field's error (translated) for `error` props, or undefined. */
export const fieldError = (errors: FieldErrors, key: string) => errorNode(errors[key]);

const common = (key: string, errors: FieldErrors) => ({
  error: errorNode(errors[key]),
  'data-path': key,
});

/** How many rows the contract lets a list of the sheet hold. */
export const maxRows = (list: ListField) => limitsAt(negotiationUpdate, list).maxItems ?? Infinity;

/** Props of a text input or textarea bound to one field of the sheet. */
export function textProps(key: string, value: string, actions: SheetActions, errors: FieldErrors) {
  // The contract's limit, so that typing stops where saving would fail.
  const { maxLength } = limitsAt(negotiationUpdate, key);
  return {
    ...common(key, errors),
    value,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      actions.set(key, e.currentTarget.value),
    ...(maxLength === undefined ? {} : { maxLength }),
  };
}

/** Props of a NativeSelect; '' is "none" (stored as null) when `nullable`. */
export function selectProps(
  key: string,
  value: string | null,
  actions: SheetActions,
  errors: FieldErrors,
  nullable = false,
) {
  return {
    ...common(key, errors),
    value: value ?? '',
    onChange: (e: ChangeEvent<HTMLSelectElement>) =>
      actions.set(key, nullable && e.currentTarget.value === '' ? null : e.currentTarget.value),
  };
}

/**
 * Props of a NumberInput. Emptied, a nullable field stores null and a required one 0; a
 * half-typed value ("1.") stores its number.
 */
export function numberProps(
  key: string,
  value: number | null,
  actions: SheetActions,
  errors: FieldErrors,
  nullable = true,
) {
  return {
    ...common(key, errors),
    value: value ?? '',
    onChange: (next: number | string) =>
      actions.set(key, next === '' ? (nullable ? null : 0) : Number(next)),
  };
}
