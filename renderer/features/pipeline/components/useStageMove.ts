import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipelineDeal, StageSet } from '../../../../shared/pipeline.ts';
import type { PipelineRow } from '../../../../shared/pipelineList.ts';
import { unmetCriteria, type CriterionRef } from '../../../../shared/pipelineRules.ts';
import { errorCode } from '../../../ui/errorCode.ts';
import { useTask } from '../../../ui/useTask.ts';
import { fetchPipelineDeal, useAdvanceStage, useStageSets } from '../../stages/index.ts';
import { announceDone } from '../../../data/undoSteps.ts';

/** A move waiting for the user to confirm unmet exit criteria with a reason. */
export type PendingMove = {
  deal: PipelineDeal;
  toStage: string;
  unmet: CriterionRef[];
};

type MoveRequest = { row: PipelineRow; set: StageSet; toStage: string };

/**
 * The board's stage moves, by drag or by the "Move to…" menu. Same rule as the deal page: the
 * deal is read fresh, and a move past unmet exit criteria waits for a confirmation with a reason;
 * cancelling leaves the deal where it was.
 */
export function useStageMove() {
  const { t } = useTranslation();
  const { setOf, stageLabel } = useStageSets();
  const advance = useAdvanceStage();
  const [pending, setPending] = useState<PendingMove | null>(null);

  async function commit(deal: PipelineDeal, toStage: string, confirmNote?: string) {
    try {
      await advance.mutateAsync({
        id: deal.id,
        version: deal.version,
        toStage,
        ...(confirmNote === undefined ? {} : { confirmUnmet: true, confirmNote }),
      });
      setPending(null);
      announceDone(
        t('pipeline.board.moved', {
          name: deal.name,
          stage: stageLabel(deal.stageSetId, toStage),
        }),
      );
    } catch (error) {
      setPending(null);
      notifications.show({
        color: 'red',
        message:
          errorCode(error) === 'conflict'
            ? t('pipeline.board.conflict')
            : t('pipeline.board.moveFailed', { name: deal.name }),
      });
    }
  }

  // Reads the deal fresh, then moves it at once or asks for the unmet criteria's reason.
  const check = useTask(
    async ({ row, set, toStage }: MoveRequest) => {
      const deal = await fetchPipelineDeal(row.id);
      const unmet = unmetCriteria(set, deal.stageKey, toStage, deal.evidence);
      if (unmet.length === 0) await commit(deal, toStage);
      else setPending({ deal, toStage, unmet });
    },
    {
      onError: (_error, { row }) =>
        notifications.show({
          color: 'red',
          message: t('pipeline.board.moveFailed', { name: row.name }),
        }),
    },
  );

  function request(row: PipelineRow, toStage: string) {
    const set = setOf(row.stageSetId);
    if (!set || row.stageKey === toStage || check.isPending || advance.isPending) return;
    check.mutate({ row, set, toStage });
  }

  return {
    request,
    pending,
    busy: check.isPending || advance.isPending,
    confirm: (note: string) => (pending ? commit(pending.deal, pending.toStage, note) : undefined),
    cancel: () => setPending(null),
  };
}
