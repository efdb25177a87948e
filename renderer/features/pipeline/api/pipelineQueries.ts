import type { Grade } from '../../../../shared/enums.ts';
import type { TeamFilter } from '../../../../shared/team.ts';
import { readQuery } from '../../../data/read.ts';

/** The filters the three pipeline views share; absent means "all". */
export type PipelineFilters = {
  owner?: string;
  /** A manager's team: their deals and their reports'. */
  team?: TeamFilter;
  accountId?: string;
  closeQuarter?: string;
  grade?: Grade;
};

export const pipelineQueries = {
  list: (input: PipelineFilters & { stageSetId: string }) => ({
    ...readQuery('pipeline.list', input),
    // A filter change keeps the previous board on screen until the new one arrives.
    placeholderData: <T>(previous: T) => previous,
    // Thousands of rows: a deep comparison with the previous answer costs more than it saves.
    structuralSharing: false,
  }),
};
