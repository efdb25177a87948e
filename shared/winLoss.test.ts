import { describe, expect, it } from 'vitest';
import { competitorRecord } from './winLoss.ts';

describe('competitorRecord', () => {
  it('starts with no record and no win rate', () => {
    expect(competitorRecord([])).toEqual({ won: 0, lost: 0, winRate: null, topReasons: [] });
  });

  it('counts won and lost deals only: open and dropped ones are left out', () => {
    const record = competitorRecord([
      { status: 'won', reasons: [] },
      { status: 'lost', reasons: [] },
      { status: 'lost', reasons: [] },
      { status: 'won', reasons: [] },
      { status: 'open', reasons: ['price'] },
      { status: 'dropped', reasons: ['timing'] },
    ]);
    expect(record).toEqual({ won: 2, lost: 2, winRate: 0.5, topReasons: [] });
    expect(competitorRecord([{ status: 'lost', reasons: [] }]).winRate).toBe(0);
  });

  it('ranks reasons by how often they were cited, then by losses, then in list order', () => {
    const record = competitorRecord([
      { status: 'lost', reasons: ['price', 'relationship'] },
      { status: 'lost', reasons: ['price'] },
      { status: 'won', reasons: ['technical', 'service', 'price'] },
      { status: 'won', reasons: ['service'] },
      { status: 'won', reasons: ['references'] },
      { status: 'lost', reasons: ['delivery', 'delivery'] },
    ]);
    expect(record.topReasons).toEqual([
      { reason: 'price', won: 1, lost: 2 },
      { reason: 'service', won: 2, lost: 0 },
      { reason: 'relationship', won: 0, lost: 1 },
      { reason: 'delivery', won: 0, lost: 1 },
      { reason: 'technical', won: 1, lost: 0 },
      { reason: 'references', won: 1, lost: 0 },
    ]);
    expect(record.winRate).toBe(0.5);
  });
});
