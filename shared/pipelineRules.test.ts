import { describe, expect, it } from 'vitest';
import {
  advanceStageInput,
  LARGE_ACCOUNT6_STAGE_SET,
  SALES8_STAGE_SET,
  stageSetSave,
} from './pipeline.ts';
import { fromZodIssues } from './issues.ts';
import {
  effectiveProbability,
  hasStage,
  reviewQueue,
  unknownCriteria,
  unmetCriteria,
  type ReviewDeal,
} from './pipelineRules.ts';

const set = SALES8_STAGE_SET;
const keysOf = (stage: string) =>
  set.stages.find((s) => s.key === stage)!.criteria.map((c) => c.key);
const allMet = (stage: string) =>
  keysOf(stage).map((criterionKey) => ({ stageKey: stage, criterionKey, met: true }));

describe('built-in stage sets', () => {
  it('has our 8 stages with the default probabilities and the 6-stage template of seed 003', () => {
    expect(set.stages.map((s) => s.probability)).toEqual([10, 20, 30, 40, 50, 70, 90, 100]);
    expect(set.stages.every((s) => s.criteria.length > 0)).toBe(true);
    expect(LARGE_ACCOUNT6_STAGE_SET.stages.map((s) => s.key)).toEqual([
      'account_development',
      'project_approval',
      'proposal',
      'tender',
      'negotiation',
      'implementation',
    ]);
  });

  it('the built-in sets pass their own save schema', () => {
    for (const s of [SALES8_STAGE_SET, LARGE_ACCOUNT6_STAGE_SET]) {
      const { builtIn: _b, ...rest } = s;
      expect(stageSetSave.safeParse(rest).success).toBe(true);
    }
  });

  it('refuses a stage set with two stages of the same key', () => {
    const stages = [set.stages[0]!, { ...set.stages[1]!, key: set.stages[0]!.key }];
    const r = stageSetSave.safeParse({ id: 'x', nameZh: 'x', nameEn: 'x', stages });
    expect(r.success).toBe(false);
    expect(fromZodIssues(r.error!.issues)).toEqual([
      expect.objectContaining({ path: ['stages', 1, 'key'], code: 'duplicate_stage' }),
    ]);
  });
});

describe('stage gating', () => {
  it('lists the unmet criteria of every stage left behind', () => {
    expect(unmetCriteria(set, 'account_planning', 'visit_research', [])).toEqual(
      keysOf('account_planning').map((criterionKey) => ({
        stageKey: 'account_planning',
        criterionKey,
      })),
    );
    const two = unmetCriteria(
      set,
      'account_planning',
      'first_proposal',
      allMet('account_planning'),
    );
    expect(two.map((c) => c.stageKey)).toEqual(
      keysOf('visit_research').map(() => 'visit_research'),
    );
  });

  it('passes when all criteria are met, ignores unmet evidence and other stages', () => {
    expect(
      unmetCriteria(set, 'account_planning', 'visit_research', allMet('account_planning')),
    ).toEqual([]);
    const partly = [
      ...allMet('account_planning').slice(1),
      { stageKey: 'account_planning', criterionKey: keysOf('account_planning')[0]!, met: false },
      ...allMet('negotiation'),
    ];
    expect(unmetCriteria(set, 'account_planning', 'visit_research', partly)).toEqual([
      { stageKey: 'account_planning', criterionKey: 'fits_selection' },
    ]);
  });

  it('puts nothing at stake when staying or moving back', () => {
    expect(unmetCriteria(set, 'evaluation', 'evaluation', [])).toEqual([]);
    expect(unmetCriteria(set, 'evaluation', 'first_proposal', [])).toEqual([]);
  });

  it('throws on a stage outside the set; hasStage lets the service refuse first', () => {
    expect(hasStage(set, 'tender')).toBe(false);
    expect(hasStage(LARGE_ACCOUNT6_STAGE_SET, 'tender')).toBe(true);
    expect(() => unmetCriteria(set, 'account_planning', 'tender', [])).toThrow();
  });

  it('names evidence for a stage or criterion the set does not have', () => {
    expect(
      unknownCriteria(set, [
        { stageKey: 'account_planning', criterionKey: 'visit_agreed' },
        { stageKey: 'tender', criterionKey: 'shortlisted' },
        { stageKey: 'account_planning', criterionKey: 'nope' },
      ]),
    ).toEqual([
      { index: 1, field: 'stageKey' },
      { index: 2, field: 'criterionKey' },
    ]);
  });
});

describe('probability', () => {
  it('follows the stage unless overridden', () => {
    expect(effectiveProbability(set, 'evaluation', null)).toBe(70);
    expect(effectiveProbability(set, 'evaluation', 55)).toBe(55);
    expect(effectiveProbability(set, 'evaluation', 0)).toBe(0);
  });

  it('refuses an override outside 0–100 with its own code', () => {
    for (const bad of [-1, 101, 50.5, '50']) {
      const r = advanceStageInput.safeParse({
        id: 'o1',
        version: 1,
        toStage: 'evaluation',
        probabilityOverride: bad,
      });
      expect(r.success).toBe(false);
      expect(fromZodIssues(r.error!.issues)).toEqual([
        expect.objectContaining({ path: ['probabilityOverride'], code: 'probability_range' }),
      ]);
    }
    const ok = advanceStageInput.parse({ id: 'o1', version: 1, toStage: 'evaluation' });
    expect(ok).toEqual({
      id: 'o1',
      version: 1,
      toStage: 'evaluation',
      confirmUnmet: false,
      confirmNote: '',
    });
  });
});

describe('review queue (1-15-30)', () => {
  const deal = (o: Partial<ReviewDeal>): ReviewDeal => ({
    opportunityId: 'o',
    opportunityName: 'Temp line 2',
    accountId: 'a',
    accountName: 'Temp',
    owner: '郑鹏',
    status: 'open',
    createdAt: '2026-11-20T09:00:00.000Z',
    lastUpdatedAt: '2026-11-20T09:00:00.000Z',
    lastMovedAt: '2026-11-20T09:00:00.000Z',
    metCriteria: 0,
    ...o,
  });
  const today = '2026-11-23';

  it('counts a timestamp by its local day: 00:30 in Shanghai is that day, not the UTC one before', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      // 2026-11-16 00:30 in Shanghai is still 2026-11-15 in UTC.
      const q = reviewQueue(
        [deal({ lastUpdatedAt: '2026-11-15T16:30:00.000Z', lastMovedAt: '2026-11-20' })],
        today,
      );
      expect(q.map((i) => [i.rule, i.days, i.since])).toEqual([['not_updated', 7, '2026-11-16']]);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('is empty for a fresh deal', () => {
    expect(reviewQueue([deal({})], today)).toEqual([]);
  });

  it('queues a deal not updated for 7 days, with its reason and date', () => {
    const q = reviewQueue(
      [deal({ lastUpdatedAt: '2026-11-16T10:00:00Z', lastMovedAt: '2026-11-20' })],
      today,
    );
    expect(q).toEqual([
      expect.objectContaining({
        rule: 'not_updated',
        days: 7,
        since: '2026-11-16',
        opportunityId: 'o',
      }),
    ]);
    expect(reviewQueue([deal({ lastUpdatedAt: '2026-11-17' })], today)).toEqual([]);
  });

  it('queues a deal whose stage and committee have not moved in 15 days even if it was touched', () => {
    const q = reviewQueue(
      [deal({ lastUpdatedAt: '2026-11-22', lastMovedAt: '2026-11-08' })],
      today,
    );
    expect(q.map((i) => [i.rule, i.days])).toEqual([['stalled', 15]]);
  });

  it('queues a deal open 30 days with no criterion met, not one with evidence of intent', () => {
    const old = { createdAt: '2026-10-24', lastUpdatedAt: '2026-11-22', lastMovedAt: '2026-11-22' };
    expect(reviewQueue([deal(old)], today).map((i) => [i.rule, i.days])).toEqual([
      ['no_intent', 30],
    ]);
    expect(reviewQueue([deal({ ...old, metCriteria: 1 })], today)).toEqual([]);
  });

  it('leaves closed deals out, lists a deal under each rule it breaks, longest waiting first', () => {
    const q = reviewQueue(
      [
        deal({ opportunityId: 'won', status: 'won', lastUpdatedAt: '2026-01-01' }),
        deal({
          opportunityId: 'x',
          createdAt: '2026-09-01',
          lastUpdatedAt: '2026-11-10',
          lastMovedAt: '2026-10-01',
        }),
        deal({ opportunityId: 'y', lastUpdatedAt: '2026-11-01' }),
      ],
      today,
      { notUpdatedDays: 7, stalledDays: 15, noIntentDays: 30 },
    );
    expect(q.map((i) => [i.opportunityId, i.rule])).toEqual([
      ['y', 'not_updated'],
      ['x', 'not_updated'],
      ['x', 'stalled'],
      ['x', 'no_intent'],
    ]);
  });

  it('orders equal waits by name as localeCompare does, ties in the given order, call after call', () => {
    // Case, accents, digits, scripts, repeats, and two spellings of é that collate equal.
    const names = ['b', 'B', 'a', 'ä', 'Ä', 'é', 'e\u0301', 'e', '10', '2', '二期', '一期', 'a'];
    const deals = names.map((name, i) =>
      deal({ opportunityId: `d${i}`, opportunityName: name, lastUpdatedAt: '2026-11-01' }),
    );
    const expected = (list: ReviewDeal[]) =>
      list
        .map((d) => [d.opportunityId, d.opportunityName])
        .sort(([, a], [, b]) => a!.localeCompare(b!));
    const order = (list: ReviewDeal[]) =>
      reviewQueue(list, today, { notUpdatedDays: 7, stalledDays: 999, noIntentDays: 999 }).map(
        (i) => [i.opportunityId, i.opportunityName],
      );
    // Names are ranked once and kept: a subset, the whole list again, then names never seen.
    for (const list of [deals, deals.slice(3, 9).reverse(), deals.toReversed()]) {
      expect(order(list)).toEqual(expected(list));
    }
    const more = [
      ...deals,
      deal({ opportunityId: 'n', opportunityName: 'aa', lastUpdatedAt: '2026-11-01' }),
    ];
    expect(order(more)).toEqual(expected(more));
    expect(order(more.slice(5))).toEqual(expected(more.slice(5)));
    expect(order([deals[5]!, deals[6]!]).map(([id]) => id)).toEqual(['d5', 'd6']);
    expect(order([deals[6]!, deals[5]!]).map(([id]) => id)).toEqual(['d6', 'd5']);
  });
});
