import { fromZodIssues, makeIssue, type Issue } from '../../../../shared/issues.ts';
import { opportunityDraft, type OpportunityDraft } from '../../../../shared/schemas.ts';
import type { ParseResult } from '../../../ui/form/zodParser.ts';

/**
 * What the opportunity form holds: the draft, with numbers that may be empty while the user
 * types, and the account (chosen in the form when it is opened from the Opportunities page).
 */
export type OpportunityFormValues = Omit<OpportunityDraft, 'amount' | 'probability'> & {
  accountId: string | null;
  /** The stage set of a new deal (null: the default set); fixed once the deal exists. */
  stageSetId: string | null;
  amount: number | null;
  probability: number | null;
};

export type OpportunityFormOutput = {
  accountId: string;
  stageSetId: string | null;
  draft: OpportunityDraft;
};

/** The contract's opportunityDraft schema, plus "required" for the parts the form may leave empty. */
export function parseOpportunityForm({
  accountId,
  stageSetId,
  amount,
  probability,
  ...rest
}: OpportunityFormValues): ParseResult<OpportunityFormOutput> {
  const issues: Issue[] = [];
  if (!accountId) issues.push(makeIssue(['accountId'], 'required'));
  if (amount === null) issues.push(makeIssue(['amount'], 'required'));
  if (probability === null) issues.push(makeIssue(['probability'], 'required'));
  const result = opportunityDraft.safeParse({
    ...rest,
    amount: amount ?? 0,
    probability: probability ?? 0,
  });
  if (!result.success) issues.push(...fromZodIssues(result.error.issues));
  if (!result.success || !accountId || issues.length > 0) return { success: false, issues };
  return { success: true, data: { accountId, stageSetId, draft: result.data } };
}
