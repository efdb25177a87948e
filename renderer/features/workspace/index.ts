export { WorkspaceBanner } from './components/WorkspaceBanner.tsx';
export { WorkspaceSettings } from './components/WorkspaceSettings.tsx';
export { workspaceQueries } from './api/workspaceQueries.ts';
