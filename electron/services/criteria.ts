import type { ChannelArgs } from '../../shared/channels.ts';
import type { Comparison, Criterion, CriterionScore } from '../../shared/competition.ts';
import { normalise, rankGaps, weightedTotals } from '../../shared/criteria.ts';
import { CRITERIA_AREAS, type CriteriaArea, type Locale } from '../../shared/enums.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import { type StoredCriterion } from '../store/repositories/criteria.ts';
import {
  applyPatch,
  checkVersion,
  invalidInput,
  notFound,
  writeTransaction,
  type ServiceContext,
  requireOpportunity,
} from './common.ts';
import type { SettingsService } from './settings.ts';
import type { HandlersOf } from '../handlers.ts';

const ENTITY = 'criterion';

/** The default areas' names, as the seeds (zh-CN) and their English reading put them. */
export const CRITERIA_AREA_NAMES: Record<Locale, Record<CriteriaArea, string>> = {
  'zh-CN': {
    supplier_qualification: '供应商资质',
    product_solution: '产品与方案',
    service: '服务',
    price: '价格',
    project_management: '项目管理',
  },
  en: {
    supplier_qualification: 'Supplier qualification',
    product_solution: 'Product and solution',
    service: 'Service',
    price: 'Price',
    project_management: 'Project management',
  },
};

/** How the comparison names our side, in the workspace language. */
const US: Record<Locale, string> = { 'zh-CN': '我方', en: 'Us' };

/** A new criterion's weight when none is given. */
const DEFAULT_WEIGHT = 1;

/** `next` merged into `current` by vendor: a vendor given again replaces its earlier entry. */
function mergeScores(current: CriterionScore[], next: CriterionScore[]): CriterionScore[] {
  const merged = new Map(current.map((s) => [s.vendor, s]));
  for (const score of next) merged.set(score.vendor, score);
  return [...merged.values()];
}

export type CriteriaService = ReturnType<typeof createCriteriaService>;

/** A deal's weighted buying criteria, scored for us and each competitor in the deal. */
export function createCriteriaService(
  { db, repos, writer }: ServiceContext,
  settings: Pick<SettingsService, 'get'>,
) {
  const { opportunities, criteria, dealCompetitors, competitors } = repos;

  const loadOpportunity = (id: string) => requireOpportunity(opportunities, id);

  function load(id: string): StoredCriterion {
    const criterion = criteria.get(id);
    if (!criterion) throw notFound('Criterion');
    return criterion;
  }

  /** The deal's criteria with their weights as percentages of the deal's total. */
  function withPercents(stored: StoredCriterion[]): Criterion[] {
    const percents = normalise(stored.map((c) => c.weight));
    return stored.map((c, i) => ({ ...c, weightPercent: percents[i] ?? 0 }));
  }

  /** One criterion as the deal's list shows it after a write. */
  function output(opportunityId: string, id: string): Criterion {
    return withPercents(criteria.list(opportunityId)).find((c) => c.id === id)!;
  }

  function checkScores(opportunityId: string, scores: CriterionScore[] | undefined): void {
    const inDeal = new Set(dealCompetitors.list(opportunityId).map((d) => d.competitorId));
    const issues: Issue[] = (scores ?? []).flatMap((s, i) =>
      s.vendor === 'us' || inDeal.has(s.vendor)
        ? []
        : [makeIssue(['scores', i, 'vendor'], 'competitor_not_in_deal')],
    );
    if (issues.length > 0) throw invalidInput(issues);
  }

  /** Every weight of the deal at zero leaves nothing to compare: refused. */
  function checkWeights(all: StoredCriterion[]): void {
    if (all.length > 0 && all.every((c) => !(c.weight > 0))) {
      throw invalidInput([makeIssue(['weight'], 'weights_all_zero')]);
    }
  }

  return {
    list({ opportunityId }: ChannelArgs<'criteria.list'>): Criterion[] {
      loadOpportunity(opportunityId);
      return withPercents(criteria.list(opportunityId));
    },

    /** Creates (no id) or changes (id) a criterion; scores merge by vendor. */
    upsert({ id, version, scores, ...patch }: ChannelArgs<'criteria.upsert'>): Criterion {
      return writeTransaction(db, () => {
        loadOpportunity(patch.opportunityId);
        checkScores(patch.opportunityId, scores);
        const all = criteria.list(patch.opportunityId);
        if (id !== undefined) {
          const current = load(id);
          if (current.opportunityId !== patch.opportunityId) throw notFound('Criterion');
          if (version !== undefined) checkVersion(current, version, 'criterion');
          const next = applyPatch(current, {
            ...patch,
            ...(scores === undefined ? {} : { scores: mergeScores(current.scores, scores) }),
          });
          checkWeights(all.map((c) => (c.id === id ? next : c)));
          writer.update(ENTITY, criteria, current, next);
          return output(patch.opportunityId, id);
        }
        if (patch.name === undefined) throw invalidInput([makeIssue(['name'], 'required')]);
        const fresh: StoredCriterion = writer.stamp({
          opportunityId: patch.opportunityId,
          area: patch.area ?? null,
          name: patch.name,
          weight: patch.weight ?? DEFAULT_WEIGHT,
          position: Math.max(-1, ...all.map((c) => c.position)) + 1,
          scores: mergeScores([], scores ?? []),
        });
        checkWeights([...all, fresh]);
        writer.insert(ENTITY, criteria, fresh);
        return output(patch.opportunityId, fresh.id);
      });
    },

    remove({ id }: ChannelArgs<'criteria.remove'>): Criterion {
      return writeTransaction(db, () => {
        const current = load(id);
        const shown = output(current.opportunityId, id);
        const removed = writer.remove(ENTITY, criteria, current);
        return { ...shown, version: removed.version, updatedAt: removed.updatedAt };
      });
    },

    /** The five default areas with equal weights, only for a deal without criteria. */
    addDefaults({ opportunityId, locale }: ChannelArgs<'criteria.addDefaults'>): Criterion[] {
      return writeTransaction(db, () => {
        loadOpportunity(opportunityId);
        if (criteria.list(opportunityId).length === 0) {
          CRITERIA_AREAS.forEach((area, position) => {
            const fresh: StoredCriterion = writer.stamp({
              opportunityId,
              area,
              name: CRITERIA_AREA_NAMES[locale][area],
              weight: DEFAULT_WEIGHT,
              position,
              scores: [],
            });
            writer.insert(ENTITY, criteria, fresh);
          });
        }
        return withPercents(criteria.list(opportunityId));
      });
    },

    /** Weighted totals per vendor (us first) and where we trail, the costliest first. */
    comparison({ opportunityId }: ChannelArgs<'criteria.comparison'>): Comparison {
      loadOpportunity(opportunityId);
      const list = withPercents(criteria.list(opportunityId));
      const inDeal = dealCompetitors.list(opportunityId).map((d) => ({
        id: d.competitorId,
        name: competitors.get(d.competitorId)?.name ?? '',
      }));
      return {
        criteria: list,
        vendors: weightedTotals(list, [
          { vendor: 'us', name: US[settings.get().locale] },
          ...inDeal.map((k) => ({ vendor: k.id, name: k.name })),
        ]),
        gaps: rankGaps(list, inDeal),
      };
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function criteriaHandlers(s: CriteriaService): HandlersOf<'criteria'> {
  return {
    'criteria.list': (input) => s.list(input),
    'criteria.upsert': (input) => s.upsert(input),
    'criteria.remove': (input) => s.remove(input),
    'criteria.addDefaults': (input) => s.addDefaults(input),
    'criteria.comparison': (input) => s.comparison(input),
  };
}
