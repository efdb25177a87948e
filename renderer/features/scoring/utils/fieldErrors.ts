import type { TFunction } from 'i18next';
import { RpcError } from '../../../api/RpcError.ts';
import { issueMessage } from '../../../ui/form/issueMessage.ts';

/** A refusal as messages: by field path ('scores.credit', 'creditFlags.0.date'), and the rest. */
export type FieldErrors = { byPath: Record<string, string>; general: string | null };

export const noErrors: FieldErrors = { byPath: {}, general: null };

/**
 * Turns a failed save into messages in the UI language. Issues are shown at their field when
 * `shown` has their path; otherwise (and for non-input errors) as the general message.
 */
export function fieldErrors(t: TFunction, error: unknown, shown: (path: string) => boolean) {
  if (!(error instanceof RpcError)) return { byPath: {}, general: t('errors.codes.internal') };
  const byPath: Record<string, string> = {};
  let general: string | null = null;
  for (const issue of error.issues) {
    const path = issue.path.join('.');
    const message = issueMessage(t, issue);
    if (shown(path)) byPath[path] ??= message;
    else general ??= message;
  }
  if (error.issues.length === 0) general = t(`errors.codes.${error.code}`);
  return { byPath, general };
}
