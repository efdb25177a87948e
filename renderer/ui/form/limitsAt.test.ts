import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { accountScoringSave, dealEvaluationSave } from '../../../shared/evaluation.ts';
import { forecastGetInput } from '../../../shared/forecast.ts';
import { negotiationUpdate } from '../../../shared/negotiation.ts';
import { accountDraft, settings } from '../../../shared/schemas.ts';
import { limitsAt } from './limitsAt.ts';

describe('limitsAt', () => {
  it('reads the max length of a text field, optional or not', () => {
    expect(limitsAt(negotiationUpdate, 'title')).toEqual({ maxLength: 200 });
    expect(limitsAt(negotiationUpdate, 'outcome')).toEqual({ maxLength: 8000 });
    expect(limitsAt(dealEvaluationSave, 'note')).toEqual({ maxLength: 2000 });
  });

  it('reads the max rows of a list, and the fields of any of its rows', () => {
    expect(limitsAt(negotiationUpdate, 'objectives')).toEqual({ maxItems: 20 });
    expect(limitsAt(negotiationUpdate, 'issues')).toEqual({ maxItems: 40 });
    expect(limitsAt(negotiationUpdate, 'objectives.0.unit')).toEqual({ maxLength: 20 });
    expect(limitsAt(negotiationUpdate, 'issues.39.trade')).toEqual({ maxLength: 1000 });
    expect(limitsAt(accountScoringSave, 'creditFlags.2.note')).toEqual({ maxLength: 1000 });
  });

  it('sees through an optional or nullable field', () => {
    expect(limitsAt(forecastGetInput, 'owner')).toEqual({ maxLength: 100 });
    expect(limitsAt(accountDraft, 'website')).toEqual({ maxLength: 300 });
    expect(limitsAt(z.object({ note: z.string().max(50).nullable() }), 'note')).toEqual({
      maxLength: 50,
    });
  });

  it('reads the range of a number', () => {
    expect(limitsAt(settings, 'competitorStaleDays')).toEqual({ minimum: 1, maximum: 3650 });
    expect(limitsAt(dealEvaluationSave, 'scores.credit')).toEqual({ minimum: 1, maximum: 10 });
  });

  it('says nothing of a field without a limit, or one the schema does not have', () => {
    expect(limitsAt(negotiationUpdate, 'meetingDate')).toEqual({});
    expect(limitsAt(negotiationUpdate, 'objectives.0.direction')).toEqual({});
    expect(limitsAt(negotiationUpdate, 'nothing.here')).toEqual({});
  });
});
