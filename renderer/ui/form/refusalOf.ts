import type { Issue } from '../../../shared/issues.ts';
import { RpcError } from '../../api/RpcError.ts';
import type { FormProblem } from './FormProblem.ts';
import { splitIssues, type FieldOf } from './splitIssues.ts';

/** What a failed save tells a form: the issues its fields show, and what the alert says. */
export function refusalOf(
  error: unknown,
  fieldOf: FieldOf,
): { byField: Record<string, Issue>; problem: FormProblem } {
  if (error instanceof RpcError && error.issues.length > 0) {
    const { byField, general } = splitIssues(error.issues, fieldOf);
    return { byField, problem: { kind: 'refused', general } };
  }
  if (error instanceof RpcError && error.code === 'conflict') {
    return { byField: {}, problem: { kind: 'stale' } };
  }
  return {
    byField: {},
    problem: { kind: 'failed', code: error instanceof RpcError ? error.code : 'internal' },
  };
}
