import type { ChannelArgs, ChannelOutput } from '../../shared/channels.ts';
import type { SalesStage } from '../../shared/enums.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import {
  BUILT_IN_STAGE_SETS,
  SALES8_STAGE_SET,
  type CriterionEvidence,
  type EvidenceInput,
  type PipelineDeal,
  type StageConfirmation,
  type StageSet,
} from '../../shared/pipeline.ts';
import { hasStage, unknownCriteria, unmetCriteria } from '../../shared/pipelineRules.ts';
import type { Opportunity } from '../../shared/schemas.ts';
import { createChangesRepo } from '../store/repositories/changes.ts';
import { createOpportunitiesRepo } from '../store/repositories/opportunities.ts';
import { createStageEvidenceRepo } from '../store/repositories/stageEvidence.ts';
import {
  checkVersion,
  invalidInput,
  requireOpportunity,
  writeTransaction,
  type ServiceContext,
} from './common.ts';
import type { OpportunitiesService } from './opportunities.ts';

export type StagesService = ReturnType<typeof createStagesService>;

/**
 * Stage tracker (DOMAIN.md §4): exit-criteria evidence, gated stage moves, confirmations.
 * Every deal uses the built-in 8-stage set until stage sets are stored per team (ISSUE6-NOTES.md).
 */
export function createStagesService(
  { db, now }: ServiceContext,
  opportunitiesService: OpportunitiesService,
) {
  const opportunities = createOpportunitiesRepo(db);
  const evidence = createStageEvidenceRepo(db);
  const changes = createChangesRepo(db);

  const setOf = (_deal: Opportunity): StageSet => SALES8_STAGE_SET;
  const stageProbability = (set: StageSet, key: string) =>
    set.stages.find((s) => s.key === key)?.probability ?? null;

  function pipeline(deal: Opportunity): PipelineDeal {
    const set = setOf(deal);
    const followed = stageProbability(set, deal.salesStage);
    return {
      ...deal,
      stageSetId: set.id,
      stageKey: deal.salesStage,
      // No column yet: a probability other than the stage's is shown as an override.
      probabilityOverride: deal.probability === followed ? null : deal.probability,
      evidence: evidence.list(deal.id),
      confirmations: evidence.listConfirmations(deal.id),
    };
  }

  /** Refuses evidence naming a stage or criterion outside the set, with field paths. */
  function checkEvidence(set: StageSet, items: readonly EvidenceInput[], path: string): void {
    const issues: Issue[] = unknownCriteria(set, items).map(({ index, field }) =>
      makeIssue(
        [path, index, field],
        field === 'stageKey' ? 'stage_not_in_set' : 'criterion_not_in_stage',
      ),
    );
    if (issues.length > 0) throw invalidInput(issues);
  }

  function saveEvidence(dealId: string, items: readonly EvidenceInput[]): CriterionEvidence[] {
    const at = now().toISOString();
    const previous = new Map(evidence.list(dealId).map((e) => [key(e), e]));
    for (const item of items) {
      const saved: CriterionEvidence = {
        opportunityId: dealId,
        stageKey: item.stageKey,
        criterionKey: item.criterionKey,
        met: item.met,
        note: item.note ?? '',
        date: item.date ?? null,
        updatedAt: at,
      };
      const before = previous.get(key(saved));
      const fields = (e: CriterionEvidence) => ({ met: e.met, note: e.note, date: e.date });
      if (before && sameFields(fields(before), fields(saved))) continue;
      evidence.upsert(saved);
      changes.insert({
        entity: 'stage_evidence',
        entityId: `${dealId}:${key(saved)}`,
        action: before ? 'update' : 'create',
        before: before ? fields(before) : null,
        after: fields(saved),
        at,
      });
    }
    return evidence.list(dealId);
  }

  return {
    listSets(): StageSet[] {
      return [...BUILT_IN_STAGE_SETS];
    },

    pipeline({ id }: ChannelArgs<'opportunities.pipeline'>): PipelineDeal {
      return pipeline(requireOpportunity(opportunities, id));
    },

    saveEvidence({ id, items }: ChannelArgs<'opportunities.saveEvidence'>): CriterionEvidence[] {
      return writeTransaction(db, () => {
        const deal = requireOpportunity(opportunities, id);
        checkEvidence(setOf(deal), items, 'items');
        return saveEvidence(deal.id, items);
      });
    },

    advanceStage(
      input: ChannelArgs<'opportunities.advanceStage'>,
    ): ChannelOutput<'opportunities.advanceStage'> {
      return writeTransaction(db, () => {
        const deal = requireOpportunity(opportunities, input.id);
        checkVersion(deal, input.version, 'opportunity');
        const set = setOf(deal);
        if (!hasStage(set, input.toStage))
          throw invalidInput([makeIssue(['toStage'], 'stage_not_in_set')]);
        if (input.evidence) {
          checkEvidence(set, input.evidence, 'evidence');
          saveEvidence(deal.id, input.evidence);
        }
        const unmet = unmetCriteria(set, deal.salesStage, input.toStage, evidence.list(deal.id));
        if (unmet.length > 0 && !input.confirmUnmet)
          throw invalidInput([
            makeIssue(['confirmUnmet'], 'unmet_criteria', { count: unmet.length }),
          ]);
        let confirmation: StageConfirmation | null = null;
        if (unmet.length > 0) {
          confirmation = {
            id: crypto.randomUUID(),
            opportunityId: deal.id,
            fromStage: deal.salesStage,
            toStage: input.toStage,
            unmet: unmet.map((u) => `${u.stageKey}.${u.criterionKey}`),
            note: input.confirmNote,
            at: now().toISOString(),
          };
          evidence.insertConfirmation(confirmation);
          const { id: _id, opportunityId: _o, at, ...fields } = confirmation;
          changes.insert({
            entity: 'stage_confirmation',
            entityId: confirmation.id,
            action: 'create',
            before: null,
            after: { opportunityId: deal.id, ...fields },
            at,
          });
        }
        // Probability: an explicit override wins; null returns to the stage's; absent keeps an
        // override in place and otherwise follows the stage.
        const followed = deal.probability === stageProbability(set, deal.salesStage);
        const probability =
          input.probabilityOverride === undefined
            ? followed
              ? stageProbability(set, input.toStage)!
              : deal.probability
            : (input.probabilityOverride ?? stageProbability(set, input.toStage)!);
        opportunitiesService.update({
          id: deal.id,
          version: input.version,
          salesStage: input.toStage as SalesStage,
          probability,
        });
        return {
          deal: pipeline(requireOpportunity(opportunities, deal.id)),
          unmet,
          confirmation,
        };
      });
    },
  };
}

const key = (e: { stageKey: string; criterionKey: string }) => `${e.stageKey}.${e.criterionKey}`;

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Object.keys(a).every((k) => Object.is(a[k], b[k]));
}
