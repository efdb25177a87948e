import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../../../shared/schemas.ts';
import { useStageSets } from '../../stages/index.ts';

type DealStage = Pick<Opportunity, 'stageSetId' | 'salesStage'>;

/**
 * A deal's stage as "3. First proposal", read from the deal's own stage set in the UI language,
 * and its position (1-based; 0 while the sets load or for a key the set no longer has).
 */
export function useDealStage() {
  const { t } = useTranslation();
  const { setOf, stageLabel } = useStageSets();
  const stageNumber = useCallback(
    (o: DealStage) =>
      (setOf(o.stageSetId)?.stages.findIndex((s) => s.key === o.salesStage) ?? -1) + 1,
    [setOf],
  );
  const stageText = useCallback(
    (o: DealStage) => {
      const index = stageNumber(o);
      const label = stageLabel(o.stageSetId, o.salesStage);
      return index > 0 ? t('opportunities.stageOption', { index, label }) : label;
    },
    [stageNumber, stageLabel, t],
  );
  return { stageNumber, stageText };
}
