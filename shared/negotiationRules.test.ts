import { describe, expect, it } from 'vitest';
import type { NegotiationIssue, Objective } from './negotiation.ts';
import {
  concessionWarnings,
  isBetter,
  objectiveIssues,
  sheetIssues,
  type SheetForRules,
} from './negotiationRules.ts';

const price: Objective = {
  term: 'Unit price',
  direction: 'higher_is_better',
  ideal: 1_300_000,
  target: 1_200_000,
  walkAway: 1_100_000,
  unit: 'CNY',
};
const penalty: Objective = {
  term: 'Late-delivery penalty',
  direction: 'lower_is_better',
  ideal: 0.5,
  target: 1,
  walkAway: 2,
  unit: '%',
};

const issue = (key: string, over: Partial<NegotiationIssue> = {}): SheetForRules['issues'][0] => ({
  key,
  label: '',
  direction: null,
  limit: null,
  ...over,
});

const sheet = (over: Partial<SheetForRules> = {}): SheetForRules => ({
  objectives: [price, penalty],
  issues: [issue('price'), issue('payment_terms'), issue('custom_1', { label: 'Spare parts' })],
  concessions: [{ giveIssue: 'payment_terms', getIssue: 'price', giveValue: null }],
  attendees: [
    { side: 'ours', personId: null },
    { side: 'theirs', personId: 'p1' },
  ],
  ...over,
});
const members = new Set(['p1', 'p2']);
const onCommittee = (personId: string) =>
  members.has(personId) ? null : ('not_a_member' as const);

describe('isBetter', () => {
  it('reads the direction, equal is never better', () => {
    expect(isBetter(2, 1, 'higher_is_better')).toBe(true);
    expect(isBetter(1, 2, 'lower_is_better')).toBe(true);
    expect(isBetter(1, 1, 'higher_is_better')).toBe(false);
    expect(isBetter(1, 1, 'lower_is_better')).toBe(false);
  });
});

describe('objectiveIssues', () => {
  it('accepts ideal ≥ target ≥ walk-away in either direction, equal values included', () => {
    expect(objectiveIssues([price, penalty])).toEqual([]);
    expect(objectiveIssues([{ ...price, ideal: 1, target: 1, walkAway: 1 }])).toEqual([]);
  });

  it('refuses a walk-away better than the target, on that field', () => {
    const issues = objectiveIssues([price, { ...penalty, walkAway: 0.8 }]);
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['objectives', 1, 'walkAway'], 'walk_away_better_than_target'],
    ]);
    expect(objectiveIssues([{ ...price, walkAway: 1_250_000 }]).map((i) => i.code)).toEqual([
      'walk_away_better_than_target',
    ]);
  });

  it('refuses an ideal worse than the target', () => {
    expect(
      objectiveIssues([
        { ...price, ideal: 1_150_000 },
        { ...penalty, ideal: 1.5 },
      ]).map((i) => [i.path, i.code]),
    ).toEqual([
      [['objectives', 0, 'ideal'], 'ideal_worse_than_target'],
      [['objectives', 1, 'ideal'], 'ideal_worse_than_target'],
    ]);
  });
});

describe('sheetIssues', () => {
  it('passes a consistent sheet', () => {
    expect(sheetIssues(sheet(), onCommittee)).toEqual([]);
  });

  it('refuses an issue listed twice and a custom issue without a label', () => {
    const issues = sheetIssues(
      sheet({
        issues: [issue('price'), issue('payment_terms'), issue('price'), issue('custom_2')],
      }),
      onCommittee,
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['issues', 2, 'key'], 'duplicate_issue'],
      [['issues', 3, 'label'], 'required'],
    ]);
  });

  it('asks for the direction where a limit is a number, since past it depends on the direction', () => {
    const issues = sheetIssues(
      sheet({
        issues: [
          issue('price', { limit: 7_000_000 }),
          issue('payment_terms', { limit: 60, direction: 'lower_is_better' }),
          issue('custom_1', { label: 'Spare parts', direction: 'higher_is_better' }),
        ],
      }),
      onCommittee,
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['issues', 0, 'direction'], 'limit_needs_direction'],
    ]);
  });

  it('refuses a concession on an issue not on the sheet, give or get', () => {
    const issues = sheetIssues(
      sheet({
        concessions: [
          { giveIssue: 'payment_terms', getIssue: 'price', giveValue: null },
          { giveIssue: 'warranty', getIssue: 'custom_9', giveValue: 1 },
        ],
      }),
      onCommittee,
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['concessions', 1, 'giveIssue'], 'unknown_issue'],
      [['concessions', 1, 'getIssue'], 'unknown_issue'],
    ]);
  });

  it('checks customer-side attendees only, with the reason the caller gives', () => {
    const issues = sheetIssues(
      sheet({
        attendees: [
          { side: 'ours', personId: 'anyone' },
          { side: 'theirs', personId: 'p1' },
          { side: 'theirs', personId: 'p9' },
          { side: 'theirs', personId: null },
          { side: 'theirs', personId: 'p1' },
        ],
      }),
      (id) => (id === 'p9' ? 'person_other_account' : onCommittee(id)),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [['attendees', 2, 'personId'], 'person_other_account'],
      [['attendees', 3, 'personId'], 'required'],
      [['attendees', 4, 'personId'], 'duplicate_person'],
    ]);
  });

  it('reports every problem of the sheet in field order', () => {
    const issues = sheetIssues(
      sheet({
        objectives: [{ ...price, walkAway: 2_000_000 }],
        concessions: [{ giveIssue: 'scope', getIssue: 'price', giveValue: null }],
        attendees: [{ side: 'theirs', personId: 'p3' }],
      }),
      onCommittee,
    );
    expect(issues.map((i) => i.code)).toEqual([
      'walk_away_better_than_target',
      'unknown_issue',
      'not_a_member',
    ]);
  });
});

describe('concessionWarnings', () => {
  const issues = [
    issue('price', { direction: 'higher_is_better', limit: 1_100_000 }),
    issue('payment_terms', { direction: 'lower_is_better', limit: 60 }),
    issue('warranty'),
  ];

  it('warns when a concession takes the issue past its limit, in its direction', () => {
    const warnings = concessionWarnings({
      issues,
      concessions: [
        { giveIssue: 'price', getIssue: 'payment_terms', giveValue: 1_050_000 },
        { giveIssue: 'price', getIssue: 'payment_terms', giveValue: 1_100_000 },
        { giveIssue: 'payment_terms', getIssue: 'price', giveValue: 90 },
        { giveIssue: 'payment_terms', getIssue: 'price', giveValue: 45 },
      ],
    });
    expect(warnings).toEqual([
      { index: 0, code: 'beyond_limit', issue: 'price' },
      { index: 2, code: 'beyond_limit', issue: 'payment_terms' },
    ]);
  });

  it('reads the one limit of the issue: 7,000,000 typed as the limit warns of a concession to 6,500,000', () => {
    const sheet = {
      issues: [issue('price', { direction: 'higher_is_better', limit: 7_000_000 })],
      concessions: [{ giveIssue: 'price', getIssue: 'price', giveValue: 6_500_000 }],
    };
    expect(concessionWarnings(sheet)).toEqual([{ index: 0, code: 'beyond_limit', issue: 'price' }]);
    expect(
      concessionWarnings({ ...sheet, concessions: [{ ...sheet.concessions[0]!, giveValue: 7e6 }] }),
    ).toEqual([]);
  });

  it('says nothing without a number, a limit, a direction or a known issue', () => {
    expect(
      concessionWarnings({
        issues: [...issues, issue('training', { limit: 3 })],
        concessions: [
          { giveIssue: 'price', getIssue: 'warranty', giveValue: null },
          { giveIssue: 'warranty', getIssue: 'price', giveValue: 99 },
          { giveIssue: 'training', getIssue: 'price', giveValue: 99 },
          { giveIssue: 'custom_3', getIssue: 'price', giveValue: 0 },
        ],
      }),
    ).toEqual([]);
  });
});
