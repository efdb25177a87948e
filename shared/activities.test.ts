import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  activitiesListInput,
  activityCreate,
  activityUpdate,
  lastContactByPerson,
} from './activities.ts';
import { fromZodIssues } from './issues.ts';

const codes = (r: z.ZodSafeParseResult<unknown>) =>
  r.success ? [] : fromZodIssues(r.error.issues).map((i) => `${i.path.join('.')}:${i.code}`);

describe('activity contract', () => {
  it('fills defaults on create', () => {
    expect(activityCreate.parse({ accountId: 'a1', kind: 'visit', date: '2026-11-20' })).toEqual({
      accountId: 'a1',
      opportunityId: null,
      kind: 'visit',
      date: '2026-11-20',
      personIds: [],
      summary: '',
      promises: '',
      nextStep: '',
      nextDate: null,
      owner: '',
    });
  });

  it('refuses an unknown kind, a date that is not a date and a next date before the date', () => {
    expect(
      codes(
        activityCreate.safeParse({
          accountId: 'a1',
          kind: 'lunch',
          date: '2026-11-20',
        }),
      ),
    ).toEqual(['kind:invalid_option']);
    expect(
      codes(activityCreate.safeParse({ accountId: 'a1', kind: 'call', date: '2026-02-30' })),
    ).toEqual(['date:invalid_date']);
    expect(
      codes(
        activityCreate.safeParse({
          accountId: 'a1',
          kind: 'call',
          date: '2026-11-20',
          nextDate: '2026-11-19',
        }),
      ),
    ).toEqual(['nextDate:next_date_before_date']);
    expect(
      codes(
        activityUpdate.safeParse({
          id: 'x',
          version: 1,
          date: '2026-11-20',
          nextDate: '2026-11-01',
        }),
      ),
    ).toEqual(['nextDate:next_date_before_date']);
  });

  it('lists by account or deal with a default limit', () => {
    expect(activitiesListInput.parse({ opportunityId: 'o1' })).toEqual({
      opportunityId: 'o1',
      limit: 500,
    });
  });
});

describe('lastContactByPerson', () => {
  it('takes the latest activity date per person', () => {
    const m = lastContactByPerson([
      { date: '2026-11-01', personIds: ['p1', 'p2'] },
      { date: '2026-11-20', personIds: ['p2'] },
      { date: '2026-10-01', personIds: ['p1'] },
    ]);
    expect(Object.fromEntries(m)).toEqual({ p1: '2026-11-01', p2: '2026-11-20' });
  });
});
