import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  criterionScore,
  criterionUpsert,
  type Criterion,
  type CriterionScore,
  type VendorKey,
} from '../../../../shared/competition.ts';
import { fromZodIssues, type Issue } from '../../../../shared/issues.ts';
import { RpcError } from '../../../api/RpcError.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { issueMessage } from '../../../ui/form/issueMessage.ts';
import { useCriteriaMutations, type CriterionPatch } from '../api/useCriteriaMutations.ts';

type T = ReturnType<typeof useTranslation>['t'];

function firstMessage(t: T, issues: Issue[]): string {
  const issue = issues[0];
  return issueMessage(t, issue ?? { code: 'invalid_type', message: '' });
}

export const scoreOf = (c: Criterion, vendor: VendorKey): CriterionScore =>
  c.scores.find((s) => s.vendor === vendor) ?? { vendor, score: null, note: '' };

/**
 * Saves the criteria grid's cells, each on its own. Every save answers the message to show at
 * its cell (or null); a conflict marks the grid stale, any other failure is said once above it.
 */
export function useCriterionCommit(opportunityId: string) {
  const { t } = useTranslation();
  const { save } = useCriteriaMutations(opportunityId);
  const [stale, setStale] = useState(false);
  const [generalError, setGeneralError] = useState<string | null>(null);

  /** Saves one change; answers the message to show at the cell, or null. */
  const commit = async (criterionId: string | null, patch: CriterionPatch) => {
    const local = criterionUpsert.safeParse({ opportunityId, ...patch });
    if (!local.success) return firstMessage(t, fromZodIssues(local.error.issues));
    setGeneralError(null);
    try {
      await save(criterionId, patch);
      return null;
    } catch (error) {
      if (error instanceof RpcError && error.code === 'conflict') {
        setStale(true);
        return null;
      }
      if (error instanceof RpcError && error.issues.length > 0) {
        return firstMessage(t, error.issues);
      }
      setGeneralError(errorText(t, error));
      return null;
    }
  };

  const commitScore = (c: Criterion, vendor: VendorKey, text: string) => {
    const trimmed = text.trim();
    const number = trimmed === '' ? null : Number(trimmed.replace(',', '.'));
    if (number !== null && Number.isNaN(number)) {
      return Promise.resolve(issueMessage(t, { code: 'not_integer', message: '' }));
    }
    const entry = { ...scoreOf(c, vendor), score: number };
    const checked = criterionScore.safeParse(entry);
    if (!checked.success) {
      return Promise.resolve(firstMessage(t, fromZodIssues(checked.error.issues)));
    }
    return commit(c.id, { scores: [entry] });
  };

  const commitWeight = (c: Criterion, text: string) => {
    const number = Number(text.trim().replace(',', '.'));
    if (text.trim() === '' || Number.isNaN(number)) {
      return Promise.resolve(issueMessage(t, { code: 'invalid_type', message: '' }));
    }
    return commit(c.id, { weight: number });
  };

  return {
    commit,
    commitScore,
    commitWeight,
    /** Someone else changed the criteria: the user is to reload before editing on. */
    stale,
    clearStale: () => setStale(false),
    generalError,
  };
}

export type CriterionCommit = ReturnType<typeof useCriterionCommit>;
