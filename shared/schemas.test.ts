import { describe, expect, it } from 'vitest';
import { fromZodIssues } from './issues.ts';
import {
  accountDraft,
  emptyAccountDraft,
  emptyOpportunityDraft,
  emptyPersonDraft,
  opportunityDraft,
  personDraft,
} from './schemas.ts';

/** Our issues for one field of a parse: code, params and the English message. */
function issuesOf(result: { success: boolean; error?: { issues: never[] } }, field: string) {
  expect(result.success).toBe(false);
  return fromZodIssues(result.error!.issues).filter((i) => i.path[0] === field);
}

describe('money', () => {
  const deal = (amount: unknown) =>
    opportunityDraft.safeParse({ ...emptyOpportunityDraft, name: 'Line 2', amount });

  it('says a negative amount cannot be negative, not that it is the wrong kind of value', () => {
    expect(issuesOf(deal(-5) as never, 'amount')).toEqual([
      {
        path: ['amount'],
        code: 'negative_amount',
        message: 'The amount cannot be negative.',
        params: { min: 0 },
      },
    ]);
  });

  it('names the wrong type and the maximum each with their own message', () => {
    expect(issuesOf(deal('many') as never, 'amount').map((i) => i.code)).toEqual(['invalid_type']);
    expect(issuesOf(deal(2e15) as never, 'amount')).toEqual([
      {
        path: ['amount'],
        code: 'too_big',
        message: 'Must be at most 1000000000000000.',
        params: { max: 1e15 },
      },
    ]);
    expect(deal(0).success).toBe(true);
  });

  it('applies to the account’s revenue and budget as well', () => {
    const account = { ...emptyAccountDraft, name: 'Temp Co' };
    const result = accountDraft.safeParse({ ...account, revenue: -1, budget: -2 });
    expect(fromZodIssues(result.error!.issues).map((i) => [i.path[0], i.code])).toEqual([
      ['revenue', 'negative_amount'],
      ['budget', 'negative_amount'],
    ]);
  });
});

describe('e-mail', () => {
  it('says a too long address is too long, not that it is not an address', () => {
    const person = { ...emptyPersonDraft, name: 'Wang Li' };
    const email = `${'a'.repeat(200)}@example.com`;
    expect(issuesOf(personDraft.safeParse({ ...person, email }) as never, 'email')).toEqual([
      {
        path: ['email'],
        code: 'too_long',
        message: 'Must be at most 200 characters.',
        params: { max: 200 },
      },
    ]);
    expect(
      issuesOf(personDraft.safeParse({ ...person, email: 'nope' }) as never, 'email').map(
        (i) => i.code,
      ),
    ).toEqual(['invalid_email']);
  });
});
