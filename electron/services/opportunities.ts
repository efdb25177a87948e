import type { ChannelArgs } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue } from '../../shared/issues.ts';
import type { StageSet } from '../../shared/pipeline.ts';
import { reasonIssue, type Opportunity, type OpportunityListItem } from '../../shared/schemas.ts';
import {
  applyPatch,
  checkVersion,
  invalidInput,
  notFound,
  requireAccount,
  requireOpenAccount,
  writeTransaction,
  type ServiceContext,
} from './common.ts';
import type { HandlersOf } from '../handlers.ts';

export type OpportunitiesService = ReturnType<typeof createOpportunitiesService>;

export function createOpportunitiesService({ db, repos, writer }: ServiceContext) {
  const { accounts, opportunities, stageSets } = repos;

  function load(id: string): Opportunity {
    const opportunity = opportunities.get(id);
    if (!opportunity) throw notFound('Opportunity');
    return opportunity;
  }

  /** Checked on the whole record, since an update may change the status or the reason alone. */
  function checkReason(opportunity: Opportunity): void {
    if (reasonIssue(opportunity)) {
      const issue = makeIssue(['statusReason'], 'reason_required');
      throw new AppError('invalid_input', issue.message, [issue]);
    }
  }

  /** The probability of `stageKey` in the set; refused when the set has no such stage. */
  function stageProbability(set: StageSet, stageKey: string): number {
    const stage = set.stages.find((s) => s.key === stageKey);
    if (!stage) throw invalidInput([makeIssue(['salesStage'], 'stage_not_in_set')]);
    return stage.probability;
  }

  function setOf(stageSetId: string): StageSet {
    const set = stageSets.get(stageSetId);
    if (!set) throw invalidInput([makeIssue(['stageSetId'], 'invalid_option')]);
    return set;
  }

  return {
    list({ accountId }: ChannelArgs<'opportunities.list'>): OpportunityListItem[] {
      if (accountId !== undefined) requireAccount(accounts, accountId);
      return opportunities.list(accountId ?? null);
    },
    get({ id }: ChannelArgs<'opportunities.get'>): Opportunity {
      return load(id);
    },
    /** The deal joins the given (or default) set; a probability other than its stage's is pinned. */
    create({
      probability,
      stageSetId,
      salesStage,
      ...input
    }: ChannelArgs<'opportunities.create'>): Opportunity {
      return writeTransaction(db, () => {
        requireOpenAccount(accounts, input.accountId);
        const set = stageSetId === undefined ? stageSets.getDefault() : setOf(stageSetId);
        if (!set) throw new AppError('internal', 'No default stage set');
        const stage = salesStage ?? set.stages[0]!.key;
        const followed = stageProbability(set, stage);
        const override = probability !== undefined && probability !== followed ? probability : null;
        const opportunity: Opportunity = writer.stamp({
          ...input,
          salesStage: stage,
          stageSetId: set.id,
          probability: override ?? followed,
          probabilityOverride: override,
        });
        checkReason(opportunity);
        return writer.insert('opportunity', opportunities, opportunity);
      });
    },
    /**
     * Probability follows the stage unless overridden: a changed probability or a number in
     * probabilityOverride pins it, probabilityOverride null returns it to the stage's.
     */
    update({ probabilityOverride, ...input }: ChannelArgs<'opportunities.update'>): Opportunity {
      return writeTransaction(db, () => {
        const current = load(input.id);
        checkVersion(current, input.version, 'opportunity');
        const next = applyPatch(current, input);
        const followed = stageProbability(setOf(current.stageSetId), next.salesStage);
        next.probabilityOverride =
          probabilityOverride !== undefined
            ? probabilityOverride
            : input.probability !== undefined && input.probability !== current.probability
              ? input.probability
              : current.probabilityOverride;
        next.probability = next.probabilityOverride ?? followed;
        checkReason(next);
        return writer.update('opportunity', opportunities, current, next);
      });
    },
  };
}

/** The channels this service answers; the router's handlers combine every service's. */
export function opportunitiesHandlers(s: OpportunitiesService): HandlersOf<'opportunities'> {
  return {
    'opportunities.list': (input) => s.list(input),
    'opportunities.get': (input) => s.get(input),
    'opportunities.create': (input) => s.create(input),
    'opportunities.update': (input) => s.update(input),
  };
}
