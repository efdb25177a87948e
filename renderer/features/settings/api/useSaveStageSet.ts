import type { StageSetSave } from '../../../../shared/pipeline.ts';
import { useWrite } from '../../../data/write.ts';

/** Saves a stage set; deals following a stage take its new probability and refresh with it. */
export function useSaveStageSet() {
  return useWrite((input: StageSetSave, { write }) => write('stageSets.save', input));
}
