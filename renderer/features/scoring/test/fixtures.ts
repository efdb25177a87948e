import type { Result } from '../../../../shared/errors.ts';
import {
  DEFAULT_SCORING_SETTINGS,
  type AccountScoring,
  type DealEvaluation,
} from '../../../../shared/evaluation.ts';
import { makeIssue, type Issue } from '../../../../shared/issues.ts';
import { EVALUATION_FACTORS, evaluationScore } from '../../../../shared/scoring.ts';

export const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
export const refused = (...issues: Issue[]): Result<unknown> => ({
  ok: false,
  error: { code: 'invalid_input', message: 'The input is not valid.', issues },
});
export { makeIssue };

/** An evaluation as the server would return it for these scores (default weights). */
export function evaluation(
  scores: Partial<Record<(typeof EVALUATION_FACTORS)[number], number>> = {},
  rest: Partial<DealEvaluation> = {},
): DealEvaluation {
  const full = Object.fromEntries(
    EVALUATION_FACTORS.map((f) => [f, scores[f] ?? null]),
  ) as DealEvaluation['scores'];
  return {
    opportunityId: 'opp_1',
    scores: full,
    attractiveness: null,
    feasibility: null,
    note: '',
    version: 0,
    updatedAt: null,
    ...evaluationScore(full),
    quadrant: null,
    weights: DEFAULT_SCORING_SETTINGS.evaluationWeights,
    ...rest,
  };
}

export function grading(rest: Partial<AccountScoring> = {}): AccountScoring {
  return {
    accountId: 'acc_1',
    lastPurchaseDate: null,
    purchaseCount: null,
    purchaseAmount: null,
    creditFlags: [],
    creditNote: '',
    version: 0,
    updatedAt: null,
    rfm: null,
    ...rest,
  };
}
