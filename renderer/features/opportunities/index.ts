export { opportunityQueries } from './api/opportunityQueries.ts';
export { useDealStage } from './api/useDealStage.ts';
export { OpportunitiesPanel } from './components/OpportunitiesPanel.tsx';
export { OpportunityFormDrawer } from './components/OpportunityFormDrawer.tsx';
export { StatusBadge } from './components/StatusBadge.tsx';
