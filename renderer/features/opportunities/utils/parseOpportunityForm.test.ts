import { describe, expect, it } from 'vitest';
import { emptyOpportunityDraft } from '../../../../shared/schemas.ts';
import { parseOpportunityForm, type OpportunityFormValues } from './parseOpportunityForm.ts';

const valid: OpportunityFormValues = {
  ...emptyOpportunityDraft,
  name: 'Line 3 upgrade',
  accountId: 'acc_1',
  stageSetId: null,
};

const issuesOf = (values: OpportunityFormValues) => {
  const result = parseOpportunityForm(values);
  return result.success ? [] : result.issues.map((i) => `${i.path.join('.')}:${i.code}`);
};

describe('parseOpportunityForm', () => {
  it('passes a valid draft through, trimmed, with its account apart', () => {
    const result = parseOpportunityForm({ ...valid, name: '  Line 3 upgrade  ' });
    expect(result).toEqual({
      success: true,
      data: {
        accountId: 'acc_1',
        stageSetId: null,
        draft: { ...emptyOpportunityDraft, name: 'Line 3 upgrade' },
      },
    });
  });

  it('asks for the account, the amount and the probability when left empty', () => {
    expect(issuesOf({ ...valid, accountId: null, amount: null, probability: null })).toEqual([
      'accountId:required',
      'amount:required',
      'probability:required',
    ]);
  });

  it('applies the contract rules: name required, probability range, reason when lost', () => {
    expect(issuesOf({ ...valid, name: ' ' })).toEqual(['name:required']);
    expect(issuesOf({ ...valid, probability: 120 })).toEqual(['probability:probability_range']);
    expect(issuesOf({ ...valid, status: 'lost', statusReason: '' })).toEqual([
      'statusReason:reason_required',
    ]);
    expect(issuesOf({ ...valid, status: 'lost', statusReason: 'Price' })).toEqual([]);
  });
});
