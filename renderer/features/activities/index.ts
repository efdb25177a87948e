export { ActivitiesPanel } from './components/ActivitiesPanel.tsx';
