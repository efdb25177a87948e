import { describe, expect, it } from 'vitest';
import type { SheetDraft } from './sheetDraft.ts';
import {
  changedFields,
  draftIssues,
  draftWarnings,
  emptyIssue,
  nextCustomKey,
} from './sheetDraft.ts';

const base: SheetDraft = {
  title: 'Round 1',
  meetingDate: null,
  objectives: [],
  ourBatna: '',
  theirBatna: '',
  issues: [emptyIssue('price')],
  concessions: [],
  attendees: [],
  agenda: '',
  risks: '',
  principles: [],
  outcome: '',
};

describe('sheet draft rules', () => {
  it('flags a walk-away better than target and an ideal worse than target, by direction', () => {
    const draft: SheetDraft = {
      ...base,
      objectives: [
        {
          term: 'Price',
          direction: 'higher_is_better',
          ideal: 90,
          target: 100,
          walkAway: 110,
          unit: '',
        },
        {
          term: 'Penalty',
          direction: 'lower_is_better',
          ideal: 1,
          target: 2,
          walkAway: 3,
          unit: '%',
        },
      ],
    };
    expect(draftIssues(draft, null).map((i) => [i.path.join('.'), i.code])).toEqual([
      ['objectives.0.walkAway', 'walk_away_better_than_target'],
      ['objectives.0.ideal', 'ideal_worse_than_target'],
    ]);
  });

  it('warns on a concession past the limit and not at the limit', () => {
    const draft = {
      issues: [{ ...emptyIssue('price'), direction: 'higher_is_better' as const, limit: 90 }],
      concessions: [
        { giveIssue: 'price', give: 'a', giveValue: 85, getIssue: 'price', get: 'b' },
        { giveIssue: 'price', give: 'a', giveValue: 90, getIssue: 'price', get: 'b' },
      ],
    };
    expect(draftWarnings(draft)).toEqual([{ index: 0, code: 'beyond_limit', issue: 'price' }]);
  });

  it('sends only the changed fields and numbers custom issues on', () => {
    expect(changedFields({ ...base, risks: 'x' }, base)).toEqual({ risks: 'x' });
    expect(nextCustomKey([{ key: 'price' }, { key: 'custom_3' }])).toBe('custom_4');
    expect(nextCustomKey([{ key: 'price' }])).toBe('custom_1');
  });

  it('refuses a customer attendee who is not on the committee', () => {
    const draft: SheetDraft = {
      ...base,
      attendees: [{ side: 'theirs', personId: 'p_x', name: 'X', role: 'lead' }],
    };
    expect(draftIssues(draft, new Set(['p_y']))[0]?.code).toBe('not_a_member');
  });

  it('lists the required fields and the shared rules together, in the order of the form', () => {
    const draft: SheetDraft = {
      ...base,
      title: ' ',
      issues: [emptyIssue('price'), emptyIssue('price')],
      concessions: [
        { giveIssue: 'price', give: '', giveValue: null, getIssue: 'warranty', get: '' },
      ],
    };
    expect(draftIssues(draft, null).map((i) => [i.path.join('.'), i.code])).toEqual([
      ['title', 'required'],
      ['issues.1.key', 'duplicate_issue'],
      ['concessions.0.give', 'required'],
      ['concessions.0.getIssue', 'unknown_issue'],
      ['concessions.0.get', 'required'],
    ]);
  });
});
