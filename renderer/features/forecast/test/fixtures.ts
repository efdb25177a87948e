import type { ChannelOutput } from '../../../../shared/channels.ts';
import type { ForecastLine, Movement } from '../../../../shared/forecast.ts';
import type { ReviewItem } from '../../../../shared/pipeline.ts';

export const line = (o: Partial<ForecastLine> = {}): ForecastLine => ({
  opportunityId: 'o_line',
  name: 'Plant 1 fixture and tooling upgrade',
  accountId: 'a_temp',
  accountName: 'Temp Precision',
  owner: 'Chen Ming',
  amount: 1_850_000,
  currency: 'CNY',
  probability: 25,
  stageSetId: 'sales8',
  stageKey: 'first_proposal',
  status: 'open',
  expectedCloseDate: '2027-06-30',
  categoryOverride: null,
  ...o,
});

export const amountChanged: Movement = {
  opportunityId: 'o_line',
  name: 'Plant 1 fixture and tooling upgrade',
  owner: 'Chen Ming',
  currency: 'CNY',
  kind: 'amount_changed',
  before: line(),
  after: line({ amount: 2_100_000 }),
  weightedDelta: 62_500,
};

export const stageChanged: Movement = {
  ...amountChanged,
  kind: 'stage_changed',
  before: line({ stageKey: 'evaluation' }),
  after: line({ stageKey: 'negotiation' }),
  weightedDelta: 0,
};

export const review = (o: Partial<ReviewItem> = {}): ReviewItem => ({
  opportunityId: 'o_line',
  opportunityName: 'Plant 1 fixture and tooling upgrade',
  accountId: 'a_temp',
  accountName: 'Temp Precision',
  owner: 'Chen Ming',
  rule: 'not_updated',
  days: 9,
  since: '2026-11-14',
  ...o,
});

export const forecast: ChannelOutput<'forecast.get'> = {
  thresholds: { commitMin: 90, bestCaseMin: 50 },
  groups: [
    {
      period: '2027-Q1',
      owner: null,
      currency: 'CNY',
      count: 2,
      total: 18_200_000,
      weighted: 8_520_000,
      commit: 0,
      bestCase: 5_600_000,
      pipeline: 12_600_000,
      won: 0,
    },
    {
      period: '2027-Q2',
      owner: null,
      currency: 'CNY',
      count: 1,
      total: 1_850_000,
      weighted: 462_500,
      commit: 0,
      bestCase: 0,
      pipeline: 1_850_000,
      won: 0,
    },
    {
      period: '2027-Q1',
      owner: null,
      currency: 'USD',
      count: 1,
      total: 300_000,
      weighted: 270_000,
      commit: 300_000,
      bestCase: 0,
      pipeline: 0,
      won: 50_000,
    },
  ],
};
