import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/activities.ts';
import { groupByMonth, isOverdue, peopleOptions } from './timeline.ts';

const activity = (id: string, date: string, createdAt = '2026-01-01T00:00:00Z'): Activity => ({
  id,
  accountId: 'a',
  opportunityId: null,
  kind: 'call',
  date,
  personIds: [],
  summary: '',
  promises: '',
  nextStep: '',
  nextDate: null,
  owner: '',
  version: 1,
  createdAt,
  updatedAt: createdAt,
});

describe('activity timeline', () => {
  it('groups by month, newest month and newest activity first', () => {
    const groups = groupByMonth([
      activity('oct', '2026-10-03'),
      activity('nov1', '2026-11-02'),
      activity('nov2', '2026-11-20'),
      activity('nov2b', '2026-11-20', '2026-11-21T00:00:00Z'),
    ]);
    expect(groups.map((g) => [g.month, g.activities.map((a) => a.id)])).toEqual([
      ['2026-11', ['nov2b', 'nov2', 'nov1']],
      ['2026-10', ['oct']],
    ]);
  });

  it('flags next dates before today only', () => {
    expect(isOverdue('2026-11-01', '2026-11-02')).toBe(true);
    expect(isOverdue('2026-11-02', '2026-11-02')).toBe(false);
    expect(isOverdue(null, '2026-11-02')).toBe(false);
  });

  it('lists committee members first, in committee order, then the rest by name', () => {
    const people = [
      { id: '1', name: 'Zhou' },
      { id: '2', name: 'Ai' },
      { id: '3', name: 'Ma' },
      { id: '4', name: 'Bo' },
    ];
    const { committee, others } = peopleOptions(people, ['3', '1', 'gone']);
    expect(committee.map((p) => p.id)).toEqual(['3', '1']);
    expect(others.map((p) => p.id)).toEqual(['2', '4']);
  });
});
