export { WorkspaceBanner } from './components/WorkspaceBanner.tsx';
export { WorkspaceSettings } from './components/WorkspaceSettings.tsx';
