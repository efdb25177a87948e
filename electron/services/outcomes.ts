import type { ChannelArgs } from '../../shared/channels.ts';
import type { DealOutcome, Swot } from '../../shared/competition.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import { type StoredOutcome } from '../store/repositories/dealOutcomes.ts';
import { type StoredSwot } from '../store/repositories/swots.ts';
import {
  applyPatch,
  checkVersion,
  invalidInput,
  writeTransaction,
  type ServiceContext,
  requireOpportunity,
} from './common.ts';
import type { HandlersOf } from '../handlers.ts';

/** A record written at most once per deal: a version given for a missing one means it vanished. */
function gone(what: string): AppError {
  return new AppError('conflict', `Someone else removed this ${what}; reload it and try again.`);
}

export type OutcomesService = ReturnType<typeof createOutcomesService>;

/** Who won a closed deal and why, and the deal's SWOT. */
export function createOutcomesService({ db, repos, writer }: ServiceContext) {
  const { opportunities, dealCompetitors, dealOutcomes: outcomes, swots } = repos;

  const loadOpportunity = (id: string) => requireOpportunity(opportunities, id);

  const strip = <T extends { id: string }>({ id: _, ...rest }: T): Omit<T, 'id'> => rest;

  return {
    getOutcome({ opportunityId }: ChannelArgs<'outcomes.get'>): DealOutcome | null {
      loadOpportunity(opportunityId);
      const stored = outcomes.find(opportunityId);
      return stored ? strip(stored) : null;
    },

    /** Only a closed deal has a winner, and it is us exactly when the deal is won. */
    recordOutcome({ version, ...fields }: ChannelArgs<'outcomes.record'>): DealOutcome {
      return writeTransaction(db, () => {
        const opportunity = loadOpportunity(fields.opportunityId);
        if (opportunity.status === 'open') {
          throw invalidInput([makeIssue(['opportunityId'], 'deal_not_closed')]);
        }
        const issues: Issue[] = [];
        if ((opportunity.status === 'won') !== (fields.winner === 'us')) {
          issues.push(makeIssue(['winner'], 'winner_mismatch'));
        }
        const inDeal = new Set(dealCompetitors.list(opportunity.id).map((d) => d.competitorId));
        if (
          fields.winner === 'competitor' &&
          (fields.winnerCompetitorId === null || !inDeal.has(fields.winnerCompetitorId))
        ) {
          issues.push(makeIssue(['winnerCompetitorId'], 'competitor_not_in_deal'));
        }
        if (issues.length > 0) throw invalidInput(issues);
        const next = {
          ...fields,
          // Only a competitor who won is named: a choice left over from the form is dropped.
          winnerCompetitorId: fields.winner === 'competitor' ? fields.winnerCompetitorId : null,
          reasons: [...new Set(fields.reasons)],
        };
        const stored = outcomes.find(opportunity.id);
        if (stored) {
          if (version !== undefined) checkVersion(stored, version, 'outcome');
          return strip(writer.update('deal_outcome', outcomes, stored, applyPatch(stored, next)));
        }
        if (version !== undefined) throw gone('outcome');
        const fresh: StoredOutcome = writer.stamp(next);
        return strip(writer.insert('deal_outcome', outcomes, fresh));
      });
    },

    getSwot({ opportunityId }: ChannelArgs<'swot.get'>): Swot | null {
      loadOpportunity(opportunityId);
      const stored = swots.find(opportunityId);
      return stored ? strip(stored) : null;
    },

    saveSwot({ version, ...fields }: ChannelArgs<'swot.save'>): Swot {
      return writeTransaction(db, () => {
        loadOpportunity(fields.opportunityId);
        const stored = swots.find(fields.opportunityId);
        if (stored) {
          if (version !== undefined) checkVersion(stored, version, 'SWOT');
          return strip(writer.update('swot', swots, stored, applyPatch(stored, fields)));
        }
        if (version !== undefined) throw gone('SWOT');
        const fresh: StoredSwot = writer.stamp(fields);
        return strip(writer.insert('swot', swots, fresh));
      });
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function outcomesHandlers(s: OutcomesService): HandlersOf<'outcomes' | 'swot'> {
  return {
    'outcomes.get': (input) => s.getOutcome(input),
    'outcomes.record': (input) => s.recordOutcome(input),
    'swot.get': (input) => s.getSwot(input),
    'swot.save': (input) => s.saveSwot(input),
  };
}
