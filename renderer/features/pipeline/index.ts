export {
  pipelineQueries,
  type PipelineFilters as PipelineFilterValues,
} from './api/pipelineQueries.ts';
export { PipelineBoard } from './components/PipelineBoard.tsx';
export { PipelineFilters } from './components/PipelineFilters.tsx';
export { PipelineFunnel } from './components/PipelineFunnel.tsx';
export { PipelineTable } from './components/PipelineTable.tsx';
export { moneyList } from './utils/money.ts';
export { totalsOf } from './utils/totals.ts';
export {
  knownPipelineFilters,
  NO_PIPELINE_FILTERS,
  pipelineListFilters,
  type PipelineViewFilters,
} from './utils/pipelineView.ts';
