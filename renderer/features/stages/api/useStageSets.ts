import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocalLabel } from '../../../i18n/localLabel.ts';
import { useTranslation } from 'react-i18next';
import type { StageDef, StageSet } from '../../../../shared/pipeline.ts';
import { readQuery } from '../../../data/read.ts';

export const stageSetQueries = {
  all: () => ({ ...readQuery('stageSets.list', {}), staleTime: 60_000 }),
};

/**
 * The stage sets with helpers that read a stage in the UI language. Every screen that shows a
 * deal's stage goes through here, so renamed or custom stages read the same everywhere.
 */
export function useStageSets() {
  const { i18n } = useTranslation();
  const sets = useQuery(stageSetQueries.all());
  const zh = i18n.language === 'zh-CN';
  const label = useLocalLabel();
  const setOf = useCallback(
    (setId: string): StageSet | undefined => sets.data?.find((s) => s.id === setId),
    [sets.data],
  );
  const stageOf = useCallback(
    (setId: string, key: string): StageDef | undefined =>
      setOf(setId)?.stages.find((s) => s.key === key),
    [setOf],
  );
  const stageLabel = useCallback(
    (setId: string, key: string): string => {
      const stage = stageOf(setId, key);
      return stage ? label(stage) : key;
    },
    [stageOf, label],
  );
  const setLabel = (set: StageSet) => (zh ? set.nameZh : set.nameEn);
  return { sets, setOf, stageOf, stageLabel, setLabel };
}
