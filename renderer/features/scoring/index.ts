export { scoringQueries } from './api/scoringQueries.ts';
export { AccountGradingBadges } from './components/AccountGradingBadges.tsx';
export { AccountGradingPanel } from './components/AccountGradingPanel.tsx';
export { EvaluationTab } from './components/EvaluationTab.tsx';
export { QuadrantChart, QuadrantTable } from './components/QuadrantChart.tsx';
export { EvaluationWeightsSetting, RfmSetting } from './components/ScoringSettings.tsx';
