import type { TFunction } from 'i18next';
import { RpcError } from '../../api/RpcError.ts';
import { errorCode } from '../errorCode.ts';
import { issueMessage } from './issueMessage.ts';

/** One line for a failed call: the first issue's message when there is one, else the code's. */
export function errorText(t: TFunction, error: unknown): string {
  const issue = error instanceof RpcError ? error.issues[0] : undefined;
  return issue ? issueMessage(t, issue) : t(`errors.codes.${errorCode(error)}`);
}
