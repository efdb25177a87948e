import type { ChannelArgs } from '../../shared/channels.ts';
import type { RfmTierKey } from '../../shared/enums.ts';
import {
  DEFAULT_SCORING_SETTINGS,
  scoringSettings as settingsSchema,
  tierList,
  type AccountScoring,
  type DealEvaluation,
  type FactorScores,
  type QuadrantDeal,
  type QuadrantView,
  type ScoringSettings,
} from '../../shared/evaluation.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import { daysBetween, localDay } from '../../shared/localDate.ts';
import type { Currency } from '../../shared/enums.ts';
import {
  EVALUATION_FACTORS,
  evaluationScore,
  quadrant,
  rfm,
  rfmScoresFromFigures,
} from '../../shared/scoring.ts';
import { type StoredAccountScoring, type StoredEvaluation } from '../store/repositories/scoring.ts';
import {
  checkVersion,
  invalidInput,
  notFound,
  requireOpportunity,
  writeTransaction,
  type ServiceContext,
} from './common.ts';
import type { HandlersOf } from '../handlers.ts';
import type { SettingsRepo } from '../store/repositories/settings.ts';

/** History keeps the scoring settings under the `settings` entity with this id. */
export const SCORING_SETTINGS_ID = 'scoring';
export const SCORING_SETTING_KEYS = ['evaluationWeights', 'rfmWeights', 'rfmTiers'] as const;
const SETTING_KEYS = SCORING_SETTING_KEYS;

/**
 * The scoring settings in force. A stored value that no longer passes the schema (hand-edited
 * file) counts as never chosen.
 */
export function scoringSettingsOf(stored: SettingsRepo): ScoringSettings {
  const value = <K extends (typeof SETTING_KEYS)[number]>(key: K): ScoringSettings[K] => {
    const parsed = settingsSchema.shape[key].safeParse(stored.get(key));
    return (parsed.success ? parsed.data : DEFAULT_SCORING_SETTINGS[key]) as ScoringSettings[K];
  };
  return {
    evaluationWeights: value('evaluationWeights'),
    rfmWeights: value('rfmWeights'),
    rfmTiers: value('rfmTiers'),
  };
}
/** Quadrant boundary on the 1–10 scales: 5.5 puts 1–5 low and 6–10 high. */
const SPLIT = 5.5;

export type ScoringService = ReturnType<typeof createScoringService>;

/** Every factor present: the ones never scored are null. */
function fullScores(scores: Partial<FactorScores>): FactorScores {
  return Object.fromEntries(EVALUATION_FACTORS.map((f) => [f, scores[f] ?? null])) as FactorScores;
}

/**
 * Opportunity evaluation (weighted factor score, attractiveness × feasibility) and account
 * grading (RFM from the purchase figures, credit-risk flags), with their weights and tiers.
 */
export function createScoringService({ db, now, repos, writer }: ServiceContext) {
  const {
    opportunities,
    accounts,
    evaluations,
    accountScoring: gradings,
    settings: stored,
    changes,
  } = repos;

  const openDeals = db.prepare<
    [],
    {
      id: string;
      name: string;
      accountId: string;
      accountName: string;
      amount: number;
      currency: Currency;
    }
  >(
    `SELECT o.id, o.name, o.account_id AS accountId, a.name AS accountName, o.amount, o.currency
     FROM opportunities o JOIN accounts a ON a.id = o.account_id
     WHERE o.status = 'open' ORDER BY o.amount DESC, o.name`,
  );

  const getSettings = () => scoringSettingsOf(stored);

  function toEvaluation(
    opportunityId: string,
    record: StoredEvaluation | undefined,
    settings: ScoringSettings,
  ): DealEvaluation {
    const scores = fullScores(record?.scores ?? {});
    const { score, missing } = evaluationScore(scores, settings.evaluationWeights);
    const attractiveness = record?.attractiveness ?? null;
    const feasibility = record?.feasibility ?? null;
    return {
      opportunityId,
      scores,
      attractiveness,
      feasibility,
      note: record?.note ?? '',
      version: record?.version ?? 0,
      updatedAt: record?.updatedAt ?? null,
      score,
      missing,
      quadrant:
        attractiveness !== null && feasibility !== null
          ? quadrant(attractiveness, feasibility, SPLIT)
          : null,
      weights: settings.evaluationWeights,
    };
  }

  function toAccountScoring(
    accountId: string,
    record: StoredAccountScoring | undefined,
    settings: ScoringSettings,
  ): AccountScoring {
    const lastPurchaseDate = record?.lastPurchaseDate ?? null;
    const purchaseCount = record?.purchaseCount ?? null;
    const purchaseAmount = record?.purchaseAmount ?? null;
    let result: AccountScoring['rfm'] = null;
    if (lastPurchaseDate !== null && purchaseCount !== null && purchaseAmount !== null) {
      const recencyDays = Math.max(0, daysBetween(lastPurchaseDate, localDay(now())));
      const scores = rfmScoresFromFigures({
        recencyDays,
        frequency: purchaseCount,
        monetary: purchaseAmount,
      });
      const { points, tier } = rfm(scores, settings.rfmWeights, tierList(settings.rfmTiers));
      result = { recencyDays, scores, points, tier: tier as RfmTierKey | null };
    }
    return {
      accountId,
      lastPurchaseDate,
      purchaseCount,
      purchaseAmount,
      creditFlags: record?.creditFlags ?? [],
      creditNote: record?.creditNote ?? '',
      version: record?.version ?? 0,
      updatedAt: record?.updatedAt ?? null,
      rfm: result,
    };
  }

  function requireAccountRecord(accountId: string) {
    const account = accounts.get(accountId);
    if (!account) throw notFound('Account');
    return account;
  }

  return {
    getSettings,

    /** Replaces the groups sent; one history entry holds every group the call changed. */
    saveSettings(input: ChannelArgs<'scoringSettings.save'>): ScoringSettings {
      return writeTransaction(db, () => {
        const current = getSettings();
        const before: Record<string, unknown> = {};
        const after: Record<string, unknown> = {};
        for (const key of SETTING_KEYS) {
          const value = input[key];
          if (value === undefined || JSON.stringify(value) === JSON.stringify(current[key])) {
            continue;
          }
          stored.put(key, value);
          before[key] = current[key];
          after[key] = value;
        }
        if (Object.keys(after).length > 0) {
          changes.insert({
            entity: 'settings',
            entityId: SCORING_SETTINGS_ID,
            action: 'update',
            before,
            after,
            at: now().toISOString(),
          });
        }
        return getSettings();
      });
    },

    getEvaluation({ opportunityId }: ChannelArgs<'evaluation.get'>): DealEvaluation {
      requireOpportunity(opportunities, opportunityId);
      return toEvaluation(opportunityId, evaluations.get(opportunityId), getSettings());
    },

    saveEvaluation(input: ChannelArgs<'evaluation.save'>): DealEvaluation {
      return writeTransaction(db, () => {
        const { opportunityId, version } = input;
        requireOpportunity(opportunities, opportunityId);
        const current = evaluations.get(opportunityId);
        checkVersion(current, version, 'evaluation');
        const at = now().toISOString();
        const base: StoredEvaluation = current ?? {
          id: opportunityId,
          scores: fullScores({}),
          attractiveness: null,
          feasibility: null,
          note: '',
          version: 1,
          createdAt: at,
          updatedAt: at,
        };
        const next: StoredEvaluation = {
          ...base,
          scores: fullScores({ ...base.scores, ...input.scores }),
          attractiveness:
            input.attractiveness === undefined ? base.attractiveness : input.attractiveness,
          feasibility: input.feasibility === undefined ? base.feasibility : input.feasibility,
          note: input.note ?? base.note,
        };
        const saved = current
          ? writer.update('deal_evaluation', evaluations, current, next)
          : writer.insert('deal_evaluation', evaluations, next);
        return toEvaluation(opportunityId, saved, getSettings());
      });
    },

    /** Every open deal with its score and position; amount sizes the bubble. */
    quadrant(): QuadrantView {
      const settings = getSettings();
      const byDeal = new Map(evaluations.all().map((e) => [e.id, e]));
      const deals: QuadrantDeal[] = openDeals.all().map((deal) => {
        const e = toEvaluation(deal.id, byDeal.get(deal.id), settings);
        return {
          opportunityId: deal.id,
          name: deal.name,
          accountId: deal.accountId,
          accountName: deal.accountName,
          amount: deal.amount,
          currency: deal.currency,
          score: e.score,
          attractiveness: e.attractiveness,
          feasibility: e.feasibility,
          quadrant: e.quadrant,
        };
      });
      return { split: SPLIT, deals };
    },

    getAccountScoring({ accountId }: ChannelArgs<'accountScoring.get'>): AccountScoring {
      requireAccountRecord(accountId);
      return toAccountScoring(accountId, gradings.get(accountId), getSettings());
    },

    saveAccountScoring(input: ChannelArgs<'accountScoring.save'>): AccountScoring {
      return writeTransaction(db, () => {
        const { accountId, version } = input;
        requireAccountRecord(accountId);
        const current = gradings.get(accountId);
        checkVersion(current, version, 'account grading');
        const at = now().toISOString();
        const base: StoredAccountScoring = current ?? {
          id: accountId,
          lastPurchaseDate: null,
          purchaseCount: null,
          purchaseAmount: null,
          creditFlags: [],
          creditNote: '',
          version: 1,
          createdAt: at,
          updatedAt: at,
        };
        const pick = <K extends keyof StoredAccountScoring>(key: K) =>
          (input[key as keyof typeof input] === undefined
            ? base[key]
            : input[key as keyof typeof input]) as StoredAccountScoring[K];
        const next: StoredAccountScoring = {
          ...base,
          lastPurchaseDate: pick('lastPurchaseDate'),
          purchaseCount: pick('purchaseCount'),
          purchaseAmount: pick('purchaseAmount'),
          creditFlags: pick('creditFlags'),
          creditNote: pick('creditNote'),
        };

        const today = localDay(now());
        const issues: Issue[] = [];
        if (next.lastPurchaseDate !== null && next.lastPurchaseDate > today) {
          issues.push(makeIssue(['lastPurchaseDate'], 'date_in_future'));
        }
        const seen = new Set<string>();
        next.creditFlags.forEach((f, i) => {
          if (seen.has(f.flag))
            issues.push(makeIssue(['creditFlags', i, 'flag'], 'duplicate_flag'));
          seen.add(f.flag);
          if (f.date > today) issues.push(makeIssue(['creditFlags', i, 'date'], 'date_in_future'));
        });
        if (issues.length > 0) throw invalidInput(issues);

        const saved = current
          ? writer.update('account_scoring', gradings, current, next)
          : writer.insert('account_scoring', gradings, next);
        return toAccountScoring(accountId, saved, getSettings());
      });
    },

    /** The day recency is counted to, so the demo can date its figures. */
    today(): string {
      return localDay(now());
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function scoringHandlers(
  s: ScoringService,
): HandlersOf<'evaluation' | 'scoringSettings' | 'accountScoring'> {
  return {
    'evaluation.get': (input) => s.getEvaluation(input),
    'evaluation.save': (input) => s.saveEvaluation(input),
    'evaluation.quadrant': () => s.quadrant(),
    'scoringSettings.get': () => s.getSettings(),
    'scoringSettings.save': (input) => s.saveSettings(input),
    'accountScoring.get': (input) => s.getAccountScoring(input),
    'accountScoring.save': (input) => s.saveAccountScoring(input),
  };
}
