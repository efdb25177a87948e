import { evaluation, grading } from '../../scoring/test/fixtures.ts';
import type { BuyingRole } from '../../../../shared/committee.ts';
import { DEFAULT_CATEGORY_THRESHOLDS, type ForecastLine } from '../../../../shared/forecast.ts';
import { SALES8_STAGE_SET, type PipelineDeal } from '../../../../shared/pipeline.ts';
import { emptyAccountDraft, type Account } from '../../../../shared/schemas.ts';
import { comparison, opportunity } from '../../competition/test/fixtures.ts';
import { members, people, sheet } from '../../negotiation/testFixtures.ts';
import { testChart } from '../../orgmap/drawing/testChart.ts';
import type { LayoutResult } from '../../orgmap/index.ts';
import type { ReviewPackData } from '../api/loadReviewPack.ts';

// Test data of the deal-review pack: the negotiation and competition fixtures around one deal
// (not shipped: only tests import it).

const stamp = { version: 1, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-02T00:00:00Z' };

export const account: Account = {
  ...emptyAccountDraft,
  ...stamp,
  id: 'acc_1',
  name: '华东电力',
  archived: false,
};

export const deal: PipelineDeal = {
  ...opportunity({
    id: 'opp_1',
    accountId: 'acc_1',
    name: 'Boiler upgrade',
    owner: 'Chen Ming',
    amount: 4_800_000,
    currency: 'CNY',
    probability: 70,
    expectedCloseDate: '2027-01-29',
    salesStage: 'visit_research',
    status: 'open',
  }),
  stageSetId: SALES8_STAGE_SET.id,
  stageKey: 'visit_research',
  probabilityOverride: 70,
  evidence: [
    {
      opportunityId: 'opp_1',
      stageKey: 'account_planning',
      criterionKey: 'fits_selection',
      met: true,
      note: '',
      date: null,
      updatedAt: '2026-11-02T00:00:00Z',
    },
    {
      opportunityId: 'opp_1',
      stageKey: 'visit_research',
      criterionKey: 'purchasing_power',
      met: true,
      note: 'Budget approved by the board',
      date: '2026-11-10',
      updatedAt: '2026-11-18T09:00:00Z',
    },
  ],
  confirmations: [],
};

const role = (code: string, labelEn: string, labelZh: string): BuyingRole => ({
  code,
  labelEn,
  labelZh,
  position: 0,
  hidden: false,
  builtIn: true,
});

const line = (amount: number): ForecastLine => ({
  opportunityId: 'opp_1',
  name: 'Boiler upgrade',
  accountId: 'acc_1',
  accountName: '华东电力',
  owner: 'Chen Ming',
  amount,
  currency: 'CNY',
  probability: 70,
  stageSetId: 'sales8',
  stageKey: 'visit_research',
  status: 'open',
  expectedCloseDate: '2027-01-29',
  categoryOverride: null,
});

/** A fully filled pack; `layout` cards for the test chart's five people. */
export function packData(over: Partial<ReviewPackData> = {}): ReviewPackData {
  const chart = testChart(true);
  const layout: LayoutResult = {
    cards: chart.people.map((p, i) => ({
      personId: p.id,
      x: i * 240,
      y: 0,
      width: 220,
      height: 100,
      attach: 'top',
      manual: false,
    })),
    groups: [],
    bounds: { x: 0, y: 0, width: chart.people.length * 240 - 20, height: 100 },
  };
  return {
    producedAt: '2026-11-23T08:00:00Z',
    day: '2026-11-23',
    deal,
    account,
    grading: grading({
      rfm: { recencyDays: 30, scores: { r: 5, f: 4, m: 4 }, points: 84, tier: 'vip1' },
      creditFlags: [{ flag: 'new_bank', date: '2026-11-01', note: 'Changed bank in November' }],
    }),
    evaluation: evaluation({ credit: 8, project_size: 7 }, { quadrant: 'pursue' }),
    stageSets: [SALES8_STAGE_SET],
    people,
    members,
    roles: [
      role('decider', 'Decision maker', '决策者'),
      role('gatekeeper', 'Gatekeeper', '把关者'),
    ],
    coverage: {
      score: 80,
      flags: [
        {
          code: 'opponent_without_plan',
          personId: 'p_li',
          message: 'Li Na is an influential opponent with no plan to reach them.',
          params: { name: 'Li Na' },
          points: 15,
        },
      ],
    },
    chart,
    layout,
    comparison,
    negotiation: sheet,
    thresholds: DEFAULT_CATEGORY_THRESHOLDS,
    movements: [
      {
        opportunityId: 'opp_1',
        name: 'Boiler upgrade',
        owner: 'Chen Ming',
        currency: 'CNY',
        kind: 'amount_changed',
        before: line(4_200_000),
        after: line(4_800_000),
        weightedDelta: 0,
      },
    ],
    activities: [
      {
        id: 'act_1',
        accountId: 'acc_1',
        opportunityId: 'opp_1',
        kind: 'site_visit',
        date: '2026-11-20',
        personIds: ['p_wang'],
        summary: 'Walked the boiler house',
        promises: '',
        nextStep: 'Send the retrofit plan',
        nextDate: '2026-12-01',
        owner: 'Chen Ming',
        ...stamp,
        createdAt: '2026-11-20T10:00:00Z',
      },
    ],
    baseline: {
      kind: 'snapshot',
      since: '2026-11-16T07:00:00Z',
      snapshotId: 'snap_1',
      weekOf: '2026-11-16',
      thisWeek: false,
    },
    dealChanges: [
      {
        id: 1,
        entity: 'opportunity',
        entityId: 'opp_1',
        action: 'update',
        before: { amount: 4_200_000 },
        after: { amount: 4_800_000 },
        at: '2026-11-19T09:00:00Z',
      },
    ],
    committeeChanges: [
      {
        at: '2026-11-17T09:00:00Z',
        personId: 'p_li',
        personName: 'Li Na',
        kind: 'changed',
        field: 'attitude',
        before: 'neutral',
        after: 'opponent',
      },
    ],
    ...over,
  };
}
