import { describe, expect, it } from 'vitest';
import { capGroups, netChanges, type FieldEdit } from './netChanges.ts';

let clock = 0;
const edit = (subject: string, field: string, before: unknown, after: unknown): FieldEdit => ({
  subject,
  field,
  before,
  after,
  at: `2026-11-2${Math.floor(clock / 10)}T0${clock++ % 10}:00:00Z`,
});

describe('netChanges', () => {
  it("leaves out Feng Jun's influence High → Medium → High → Low → High: no net change", () => {
    const groups = netChanges([
      edit('feng', 'influence', 'high', 'medium'),
      edit('feng', 'influence', 'medium', 'high'),
      edit('feng', 'influence', 'high', 'low'),
      edit('feng', 'influence', 'low', 'high'),
    ]);
    expect(groups).toEqual([]);
  });

  it('keeps the first value and the last one of each field, grouped by subject', () => {
    const edits = [
      edit('deal', 'amount', 12_600_000, 13_000_000),
      edit('feng', 'attitude', 'neutral', 'supporter'),
      edit('deal', 'amount', 13_000_000, 13_200_000),
      edit('feng', 'influence', 'high', 'low'),
      edit('deal', 'stage', 'evaluation', 'evaluation'),
      edit('feng', 'attitude', 'supporter', 'champion'),
    ];
    expect(netChanges(edits)).toEqual([
      {
        subject: 'deal',
        changes: [{ field: 'amount', before: 12_600_000, after: 13_200_000, at: edits[2]!.at }],
      },
      {
        subject: 'feng',
        changes: [
          { field: 'attitude', before: 'neutral', after: 'champion', at: edits[5]!.at },
          { field: 'influence', before: 'high', after: 'low', at: edits[3]!.at },
        ],
      },
    ]);
  });

  it('takes roles as a set and empty text as no value', () => {
    expect(
      netChanges([
        edit('li', 'roles', ['user', 'decider'], ['decider']),
        edit('li', 'roles', ['decider'], ['decider', 'user']),
        edit('deal', 'owner', null, 'Zheng Peng'),
        edit('deal', 'owner', 'Zheng Peng', ''),
      ]),
    ).toEqual([]);
  });

  it('a member added and removed again within the period did not change', () => {
    expect(
      netChanges([edit('wu', 'member', false, true), edit('wu', 'member', true, false)]),
    ).toEqual([]);
  });
});

describe('capGroups', () => {
  const group = (subject: string, n: number) => ({
    subject,
    changes: Array.from({ length: n }, (_, i) => ({ field: `f${i}`, before: 0, after: 1, at: '' })),
  });

  it('shows at most max lines, cutting the group that does not fit, and counts the rest', () => {
    const { shown, left } = capGroups([group('a', 3), group('b', 4), group('c', 2)], 5);
    expect(shown.map((g) => [g.subject, g.changes.length])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(left).toBe(4);
  });

  it('shows everything when it fits', () => {
    expect(capGroups([group('a', 2)], 5)).toEqual({ shown: [group('a', 2)], left: 0 });
  });
});
