export { stageSetQueries, useStageSets } from './api/useStageSets.ts';
export { StageTab } from './components/StageTab.tsx';
export { fetchPipelineDeal, useAdvanceStage } from './api/pipelineQueries.ts';
