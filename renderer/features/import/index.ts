export { ImportHistory } from './components/ImportHistory.tsx';
export { ImportWizard } from './components/ImportWizard.tsx';
