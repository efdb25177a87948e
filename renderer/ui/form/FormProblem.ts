import type { Issue } from '../../../shared/issues.ts';
import type { RpcErrorCode } from '../../api/RpcError.ts';

/** Why the last save did not go through, for the alert at the top of a form. */
export type FormProblem =
  /** The server refused the input; `general` are the issues no field of the form shows. */
  | { kind: 'refused'; general: Issue[] }
  /** Someone saved the record after this form loaded it. */
  | { kind: 'stale' }
  | { kind: 'failed'; code: RpcErrorCode };
