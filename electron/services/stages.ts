import type { ChannelArgs, ChannelOutput } from '../../shared/channels.ts';
import { AppError } from '../../shared/errors.ts';
import { makeIssue, type Issue } from '../../shared/issues.ts';
import {
  type CriterionEvidence,
  type EvidenceInput,
  type PipelineDeal,
  type StageConfirmation,
  type StageSet,
} from '../../shared/pipeline.ts';
import { hasStage, unknownCriteria, unmetCriteria } from '../../shared/pipelineRules.ts';
import type { Opportunity } from '../../shared/schemas.ts';
import { type StoredStageSet } from '../store/repositories/stageSets.ts';
import {
  checkVersion,
  invalidInput,
  requireOpportunity,
  writeTransaction,
  type ServiceContext,
} from './common.ts';
import type { OpportunitiesService } from './opportunities.ts';
import type { HandlersOf } from '../handlers.ts';

export type StagesService = ReturnType<typeof createStagesService>;

/**
 * Stage tracker (DOMAIN.md §4): the stage sets of the workspace, exit-criteria evidence, gated
 * stage moves along each deal's own set, confirmations.
 */
export function createStagesService(
  { db, now, repos, writer }: ServiceContext,
  opportunitiesService: OpportunitiesService,
) {
  const { opportunities, stageEvidence: evidence, changes, stageSets } = repos;

  function setOf(deal: Opportunity): StageSet {
    const set = stageSets.get(deal.stageSetId);
    if (!set) throw new AppError('internal', `Stage set ${deal.stageSetId} is missing`);
    return set;
  }

  function pipeline(deal: Opportunity): PipelineDeal {
    return {
      ...deal,
      stageKey: deal.salesStage,
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
      return stageSets.list().map(publicSet);
    },

    /**
     * Creates a set (no version) or edits one. Refused: an id already taken by a new set, a
     * removed stage that deals are still in. Deals following a stage whose probability changed
     * take the new one. Making a set the default takes the mark from the previous default.
     */
    saveSet(input: ChannelArgs<'stageSets.save'>): StageSet {
      return writeTransaction(db, () => {
        const existing = stageSets.get(input.id);
        const fields = { nameZh: input.nameZh, nameEn: input.nameEn, stages: input.stages };
        const makeDefault = input.isDefault === true && !existing?.isDefault;
        if (makeDefault) {
          const previous = stageSets.getDefault();
          if (previous)
            writer.update('stage_set', stageSets, previous, { ...previous, isDefault: false });
        }
        if (input.version === undefined) {
          if (existing) throw invalidInput([makeIssue(['id'], 'stage_set_exists')]);
          const created: StoredStageSet = writer.stamp({
            ...fields,
            id: input.id,
            builtIn: false,
            isDefault: makeDefault,
          });
          writer.insert('stage_set', stageSets, { ...created, id: input.id });
          return publicSet(stageSets.get(input.id)!);
        }
        if (!existing) throw new AppError('not_found', 'Stage set not found');
        checkVersion(existing, input.version, 'stage set');
        const kept = new Set(input.stages.map((st) => st.key));
        const counts = opportunities.stageCounts(existing.id);
        const inUse = existing.stages.filter((st) => !kept.has(st.key) && counts.has(st.key));
        if (inUse.length > 0)
          throw invalidInput(
            inUse.map((st) =>
              makeIssue(['stages'], 'stage_in_use', {
                stage: st.labelEn,
                stageKey: st.key,
                count: counts.get(st.key)!,
              }),
            ),
          );
        writer.update('stage_set', stageSets, existing, {
          ...existing,
          ...fields,
          isDefault: existing.isDefault || makeDefault,
        });
        for (const stage of input.stages) {
          opportunities.followStageProbability(existing.id, stage.key, stage.probability);
        }
        return publicSet(stageSets.get(existing.id)!);
      });
    },

    pipeline({ id }: ChannelArgs<'stages.deal'>): PipelineDeal {
      return pipeline(requireOpportunity(opportunities, id));
    },

    saveEvidence({ id, items }: ChannelArgs<'stages.saveEvidence'>): CriterionEvidence[] {
      return writeTransaction(db, () => {
        const deal = requireOpportunity(opportunities, id);
        checkEvidence(setOf(deal), items, 'items');
        return saveEvidence(deal.id, items);
      });
    },

    advanceStage(input: ChannelArgs<'stages.advance'>): ChannelOutput<'stages.advance'> {
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
        // Probability: a number pins it, null returns to the stage's, absent keeps a stored
        // override and otherwise follows the new stage (the opportunities service decides).
        opportunitiesService.update({
          id: deal.id,
          version: input.version,
          salesStage: input.toStage,
          ...(input.probabilityOverride === undefined
            ? {}
            : { probabilityOverride: input.probabilityOverride }),
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

/** The contract's view of a stored set, without timestamps. */
function publicSet({ createdAt: _c, updatedAt: _u, ...set }: StoredStageSet): StageSet {
  return set;
}

const key = (e: { stageKey: string; criterionKey: string }) => `${e.stageKey}.${e.criterionKey}`;

function sameFields(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return Object.keys(a).every((k) => Object.is(a[k], b[k]));
}

/** The channels this service answers; the router's handlers combine every service's. */
export function stagesHandlers(s: StagesService): HandlersOf<'stageSets' | 'stages'> {
  return {
    'stageSets.list': () => s.listSets(),
    'stageSets.save': (input) => s.saveSet(input),
    'stages.deal': (input) => s.pipeline(input),
    'stages.saveEvidence': (input) => s.saveEvidence(input),
    'stages.advance': (input) => s.advanceStage(input),
  };
}
