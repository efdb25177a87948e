import type { TFunction } from 'i18next';
import { ISSUE_CODES, type Issue, type IssueCode } from '../../../shared/issues.ts';

const isKnown = (code: string): code is IssueCode =>
  (ISSUE_CODES as readonly string[]).includes(code);

/**
 * The user's-language text of one issue. A code this renderer does not know (a newer server)
 * falls back to the server's own English message rather than showing nothing.
 */
export function issueMessage(
  t: TFunction,
  // Any code: an import's row problems carry codes from the server as plain strings.
  issue: Pick<Issue, 'message' | 'params'> & { code: string },
): string {
  return isKnown(issue.code) ? t(`issues.${issue.code}`, { ...issue.params }) : issue.message;
}
