export { competitionQueries } from './api/competitionQueries.ts';
export { useSaveCompetitor } from './api/useSaveCompetitor.ts';
export { CompetitionTab } from './components/CompetitionTab.tsx';
export { CompetitorFormDrawer } from './components/CompetitorFormDrawer.tsx';
export { CompetitorsTable } from './components/CompetitorsTable.tsx';
export { CompetitorStaleSetting } from './components/CompetitorStaleSetting.tsx';
export { VerifiedLine } from './components/VerifiedLine.tsx';
export { VerifyDialog } from './components/VerifyDialog.tsx';
