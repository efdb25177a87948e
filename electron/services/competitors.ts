import type { ChannelArgs } from '../../shared/channels.ts';
import type {
  Competitor,
  CompetitorDetail,
  CompetitorListItem,
  DealCompetitor,
} from '../../shared/competition.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import { daysBetween, localDay } from '../../shared/localDate.ts';
import type { Opportunity } from '../../shared/schemas.ts';
import { competitorRecord } from '../../shared/winLoss.ts';
import type { StoredDealCompetitor } from '../store/repositories/dealCompetitors.ts';
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

/** What a deal's entry starts with when the upsert leaves a field out. */
const dealCompetitorDefaults = {
  incumbent: false,
  satisfaction: null,
  repName: '',
  repStyle: '',
  repRelations: [],
  position: null,
  threat: null,
  theirStrategy: '',
  ourCounter: '',
} as const;

export type CompetitorsService = ReturnType<typeof createCompetitorsService>;

/** The competitor library: entries that show their age, and our record against each. */
export function createCompetitorsService(
  { db, now, repos, writer }: ServiceContext,
  settings: Pick<SettingsService, 'get'>,
) {
  const { competitors, dealCompetitors, opportunities, dealOutcomes: outcomes, accounts } = repos;

  function load(id: string): Competitor {
    const competitor = competitors.get(id);
    if (!competitor) throw notFound('Competitor');
    return competitor;
  }

  /** Active competitor names are unique, like account names. */
  function checkName(competitor: Competitor): void {
    if (!competitor.archived && competitors.nameTaken(competitor.name, competitor.id)) {
      const issue = makeIssue(['name'], 'duplicate_name');
      throw new AppError('conflict', issue.message, [issue]);
    }
  }

  /** Each competitor's deals with their opportunity and outcome, and the clock, read once per call. */
  function dealsByCompetitor() {
    const deals = new Map<string, Opportunity | undefined>();
    const opportunityOf = (id: string) => {
      if (!deals.has(id)) deals.set(id, opportunities.get(id));
      return deals.get(id);
    };
    const outcomeOf = new Map(outcomes.listAll().map((o) => [o.opportunityId, o]));
    const byCompetitor = new Map<string, StoredDealCompetitor[]>();
    for (const entry of dealCompetitors.listAll()) {
      const list = byCompetitor.get(entry.competitorId) ?? [];
      list.push(entry);
      byCompetitor.set(entry.competitorId, list);
    }
    const today = localDay(now());
    const staleDays = settings.get().competitorStaleDays;
    return { byCompetitor, opportunityOf, outcomeOf, today, staleDays };
  }

  function listItem(
    competitor: Competitor,
    {
      byCompetitor,
      opportunityOf,
      outcomeOf,
      today,
      staleDays,
    }: ReturnType<typeof dealsByCompetitor>,
  ): CompetitorListItem {
    const entries = byCompetitor.get(competitor.id) ?? [];
    const deals = entries.flatMap((e) => {
      const opportunity = opportunityOf(e.opportunityId);
      return opportunity ? [opportunity] : [];
    });
    const days =
      competitor.lastVerifiedAt === null ? null : daysBetween(competitor.lastVerifiedAt, today);
    return {
      ...competitor,
      stale: days === null || days > staleDays,
      daysSinceVerified: days,
      openDeals: deals.filter((o) => o.status === 'open').length,
      record: competitorRecord(
        deals.map((o) => ({ status: o.status, reasons: outcomeOf.get(o.id)?.reasons ?? [] })),
      ),
    };
  }

  return {
    list({ includeArchived }: ChannelArgs<'competitors.list'>): CompetitorListItem[] {
      const context = dealsByCompetitor();
      return competitors.list(includeArchived).map((c) => listItem(c, context));
    },

    get({ id }: ChannelArgs<'competitors.get'>): CompetitorDetail {
      const competitor = load(id);
      const context = dealsByCompetitor();
      const deals = (context.byCompetitor.get(id) ?? []).flatMap((e) => {
        const opportunity = context.opportunityOf(e.opportunityId);
        if (!opportunity) return [];
        const outcome = context.outcomeOf.get(opportunity.id);
        return [
          {
            opportunityId: opportunity.id,
            opportunityName: opportunity.name,
            accountName: accounts.get(opportunity.accountId)?.name ?? '',
            status: opportunity.status,
            position: e.position,
            winner: outcome?.winner ?? null,
            winnerCompetitorId: outcome?.winnerCompetitorId ?? null,
          },
        ];
      });
      return { ...listItem(competitor, context), deals };
    },

    /** A new entry counts as verified today, by `verifiedBy` when given. */
    create({ verifiedBy, ...fields }: ChannelArgs<'competitors.create'>): Competitor {
      return writeTransaction(db, () => {
        const competitor: Competitor = writer.stamp({
          ...fields,
          lastVerifiedAt: localDay(now()),
          lastVerifiedBy: verifiedBy ?? '',
          archived: false,
        });
        checkName(competitor);
        return writer.insert('competitor', competitors, competitor);
      });
    },

    /** `verifiedBy` marks the entry verified today by that person. */
    update({ verifiedBy, ...patch }: ChannelArgs<'competitors.update'>): Competitor {
      return writeTransaction(db, () => {
        const current = load(patch.id);
        checkVersion(current, patch.version, 'competitor');
        const next = applyPatch(current, {
          ...patch,
          ...(verifiedBy === undefined
            ? {}
            : { lastVerifiedAt: localDay(now()), lastVerifiedBy: verifiedBy }),
        });
        checkName(next);
        return writer.update('competitor', competitors, current, next);
      });
    },
  };
}

export type DealCompetitorsService = ReturnType<typeof createDealCompetitorsService>;

/** The competitors in each deal, with their rep's ties to the customer's people. */
export function createDealCompetitorsService({ db, repos, writer }: ServiceContext) {
  const { competitors, dealCompetitors, opportunities, people, criteria } = repos;

  const loadOpportunity = (id: string) => requireOpportunity(opportunities, id);

  function toOutput({ id: _, ...entry }: StoredDealCompetitor): DealCompetitor {
    return { ...entry, competitorName: competitors.get(entry.competitorId)?.name ?? '' };
  }

  /** Rep relations name people of the deal's account, each once. */
  function checkRelations(opportunity: Opportunity, entry: StoredDealCompetitor): void {
    const seen = new Set<string>();
    const issues: Issue[] = [];
    entry.repRelations.forEach(({ personId }, i) => {
      const path = ['repRelations', i, 'personId'];
      const person = people.get(personId);
      if (!person) issues.push(makeIssue(path, 'person_not_found'));
      else if (person.accountId !== opportunity.accountId) {
        issues.push(makeIssue(path, 'person_other_account'));
      } else if (seen.has(personId)) issues.push(makeIssue(path, 'duplicate_person'));
      seen.add(personId);
    });
    if (issues.length > 0) throw invalidInput(issues);
  }

  return {
    list({ opportunityId }: ChannelArgs<'dealCompetitors.list'>): DealCompetitor[] {
      loadOpportunity(opportunityId);
      return dealCompetitors.list(opportunityId).map(toOutput);
    },

    /**
     * Puts a competitor in the deal or changes their entry; given fields only. An archived
     * competitor cannot join a deal, but the deals they are already in stay editable.
     */
    upsert({ version, ...patch }: ChannelArgs<'dealCompetitors.upsert'>): DealCompetitor {
      return writeTransaction(db, () => {
        const opportunity = loadOpportunity(patch.opportunityId);
        const stored = dealCompetitors.find(patch.opportunityId, patch.competitorId);
        if (stored) {
          if (version !== undefined) checkVersion(stored, version, 'deal competitor');
          const next = applyPatch(stored, patch);
          checkRelations(opportunity, next);
          return toOutput(writer.update('deal_competitor', dealCompetitors, stored, next));
        }
        if (version !== undefined) {
          throw new AppError(
            'conflict',
            'Someone else removed this competitor from the deal; reload it and try again.',
          );
        }
        const competitor = competitors.get(patch.competitorId);
        if (!competitor || competitor.archived) {
          throw invalidInput([makeIssue(['competitorId'], 'competitor_not_found')]);
        }
        const fresh: StoredDealCompetitor = writer.stamp({
          ...dealCompetitorDefaults,
          repRelations: [],
          opportunityId: patch.opportunityId,
          competitorId: patch.competitorId,
        });
        const next = applyPatch(fresh, patch);
        checkRelations(opportunity, next);
        return toOutput(writer.insert('deal_competitor', dealCompetitors, next));
      });
    },

    /** Takes the competitor out of the deal, with their scores on its criteria. */
    remove({ opportunityId, competitorId }: ChannelArgs<'dealCompetitors.remove'>): DealCompetitor {
      return writeTransaction(db, () => {
        loadOpportunity(opportunityId);
        const stored = dealCompetitors.find(opportunityId, competitorId);
        if (!stored) throw invalidInput([makeIssue(['competitorId'], 'competitor_not_in_deal')]);
        const output = toOutput(stored);
        for (const criterion of criteria.list(opportunityId)) {
          const scores = criterion.scores.filter((s) => s.vendor !== competitorId);
          if (scores.length !== criterion.scores.length) {
            writer.update('criterion', criteria, criterion, { ...criterion, scores });
          }
        }
        const removed = writer.remove('deal_competitor', dealCompetitors, stored);
        return { ...output, version: removed.version, updatedAt: removed.updatedAt };
      });
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function competitorsHandlers(s: CompetitorsService): HandlersOf<'competitors'> {
  return {
    'competitors.list': (input) => s.list(input),
    'competitors.get': (input) => s.get(input),
    'competitors.create': (input) => s.create(input),
    'competitors.update': (input) => s.update(input),
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function dealCompetitorsHandlers(s: DealCompetitorsService): HandlersOf<'dealCompetitors'> {
  return {
    'dealCompetitors.list': (input) => s.list(input),
    'dealCompetitors.upsert': (input) => s.upsert(input),
    'dealCompetitors.remove': (input) => s.remove(input),
  };
}
