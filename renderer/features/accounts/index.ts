export { accountQueries } from './api/accountQueries.ts';
export { AccountFormDrawer } from './components/AccountFormDrawer.tsx';
export { AccountProfile } from './components/AccountProfile.tsx';
export { AccountsTable } from './components/AccountsTable.tsx';
export { ArchiveAccountButton } from './components/ArchiveAccountButton.tsx';
export { FunnelStageBadge } from './components/FunnelStageBadge.tsx';
export { GradeBadge } from './components/GradeBadge.tsx';
export {
  type AccountFilters,
  accountSearch,
  filterAccounts,
  inGradeAndStage,
} from './utils/filterAccounts.ts';
export { accountsExportTable } from './utils/accountsExportTable.ts';
