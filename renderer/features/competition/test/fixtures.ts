import { memberDefaults, type CommitteeMember } from '../../../../shared/committee.ts';
import type {
  Comparison,
  CompetitorListItem,
  Criterion,
  DealCompetitor,
} from '../../../../shared/competition.ts';
import type { Result } from '../../../../shared/errors.ts';
import { makeIssue, type Issue } from '../../../../shared/issues.ts';
import {
  emptyOpportunityDraft,
  emptyPersonDraft,
  type Opportunity,
  type Person,
  type Settings,
} from '../../../../shared/schemas.ts';

// Test data for the competition views, after the worked example: King sells to Temp against
// two competitors.

export const stamp = {
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

export const ok = (data: unknown): Result<unknown> => ({ ok: true, data });
export const refused = (...issues: Issue[]): Result<unknown> => ({
  ok: false,
  error: { code: 'invalid_input', message: 'The input is not valid.', issues },
});
export const conflict = (): Result<unknown> => ({
  ok: false,
  error: { code: 'conflict', message: 'Changed by someone else.' },
});
export { makeIssue };

export const settings: Settings = {
  locale: 'en',
  reviewCadenceDays: 30,
  competitorStaleDays: 90,
  reviewNotUpdatedDays: 7,
  reviewStalledDays: 15,
  reviewNoIntentDays: 30,
  forecastCommitMin: 90,
  forecastBestCaseMin: 50,
  moneyInWan: true,
  colorScheme: 'system',
};

export const competitorItem = (over: Partial<CompetitorListItem>): CompetitorListItem => ({
  id: 'cmp_x',
  name: 'X',
  products: '',
  priceLevel: null,
  strengths: '',
  weaknesses: '',
  tactics: '',
  referenceCustomers: '',
  notes: '',
  lastVerifiedAt: '2026-01-10',
  lastVerifiedBy: 'Chen Ming',
  archived: false,
  stale: false,
  daysSinceVerified: 3,
  openDeals: 0,
  record: { won: 0, lost: 0, winRate: null, topReasons: [] },
  ...stamp,
  ...over,
});

export const person = (id: string, name: string): Person => ({
  ...emptyPersonDraft,
  ...stamp,
  id,
  name,
  accountId: 'acc_temp',
  archived: false,
});

export const member = (personId: string, over: Partial<CommitteeMember> = {}): CommitteeMember => ({
  ...memberDefaults,
  roles: [],
  ...stamp,
  id: `m_${personId}`,
  opportunityId: 'opp_temp',
  personId,
  ...over,
});

export const opportunity = (over: Partial<Opportunity> = {}): Opportunity => ({
  ...emptyOpportunityDraft,
  ...stamp,
  id: 'opp_temp',
  accountId: 'acc_temp',
  name: 'Temp capacity expansion',
  stageSetId: 'sales8',
  probabilityOverride: null,
  ...over,
});

export const dealCompetitor = (over: Partial<DealCompetitor>): DealCompetitor => ({
  opportunityId: 'opp_temp',
  competitorId: 'cmp_x',
  competitorName: 'X',
  incumbent: false,
  satisfaction: null,
  repName: '',
  repStyle: '',
  repRelations: [],
  position: null,
  threat: null,
  theirStrategy: '',
  ourCounter: '',
  ...stamp,
  ...over,
});

export const criterion = (
  id: string,
  name: string,
  weight: number,
  weightPercent: number,
  scores: Record<string, number | null>,
): Criterion => ({
  id,
  opportunityId: 'opp_temp',
  area: null,
  name,
  weight,
  weightPercent,
  position: 0,
  scores: Object.entries(scores).map(([vendor, score]) => ({ vendor, score, note: '' })),
  ...stamp,
});

/**
 * Price (weight 3 → 50 %), Service (2 → 33.3 %), Delivery (1 → 16.7 %); us, Acme and Bolt.
 * Acme beats us on price by 3 (weighted 1.5) and Bolt on service by 1 (weighted 0.33).
 */
export const comparison: Comparison = {
  criteria: [
    criterion('crit_price', 'Price', 3, 50, { us: 5, cmp_acme: 8, cmp_bolt: 4 }),
    criterion('crit_service', 'Service', 2, 100 / 3, { us: 7, cmp_acme: 6, cmp_bolt: 8 }),
    criterion('crit_delivery', 'Delivery', 1, 100 / 6, { us: 9, cmp_acme: null, cmp_bolt: 6 }),
  ],
  vendors: [
    { vendor: 'us', name: 'Us', weightedTotal: 6.333, scoredPercent: 100 },
    { vendor: 'cmp_acme', name: 'Acme', weightedTotal: 7.2, scoredPercent: 83.333 },
    { vendor: 'cmp_bolt', name: 'Bolt', weightedTotal: 5.667, scoredPercent: 100 },
  ],
  gaps: [
    {
      competitorId: 'cmp_acme',
      competitorName: 'Acme',
      criterionId: 'crit_price',
      criterionName: 'Price',
      weightPercent: 50,
      ourScore: 5,
      theirScore: 8,
      gap: 3,
      weightedGap: 1.5,
    },
    {
      competitorId: 'cmp_bolt',
      competitorName: 'Bolt',
      criterionId: 'crit_service',
      criterionName: 'Service',
      weightPercent: 100 / 3,
      ourScore: 7,
      theirScore: 8,
      gap: 1,
      weightedGap: 1 / 3,
    },
  ],
};
