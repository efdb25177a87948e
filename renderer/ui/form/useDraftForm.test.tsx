import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dealEvaluationSave } from '../../../shared/evaluation.ts';
import { accountDraft, emptyAccountDraft, settings } from '../../../shared/schemas.ts';
import { useDraftForm } from './useDraftForm.ts';
import { zodParser } from './zodParser.ts';

describe('useDraftForm', () => {
  it("gives each text field its contract's max length", () => {
    const { result } = renderHook(() =>
      useDraftForm({ initialValues: emptyAccountDraft, schema: accountDraft }),
    );
    expect(result.current.lengthProps('name')).toEqual({ maxLength: 200 });
    expect(result.current.lengthProps('website')).toEqual({ maxLength: 300 });
    expect(result.current.lengthProps('fiscalYearStartMonth')).toEqual({});
  });

  it("gives each number field its contract's range", () => {
    const { result } = renderHook(() =>
      useDraftForm({ initialValues: { competitorStaleDays: 90 }, schema: settings }),
    );
    expect(result.current.rangeProps('competitorStaleDays')).toEqual({ min: 1, max: 3650 });
  });

  it('takes the limits from the schema when its own parser checks the values', () => {
    const { result } = renderHook(() =>
      useDraftForm({
        initialValues: { note: '' },
        schema: dealEvaluationSave,
        parse: zodParser(dealEvaluationSave.pick({ note: true })),
      }),
    );
    expect(result.current.lengthProps('note')).toEqual({ maxLength: 2000 });
  });
});
