export { useTakeSnapshot, type TeamScope } from './api/forecastQueries.ts';
export { ForecastSettings } from './components/ForecastSettings.tsx';
export { MovementsTab } from './components/MovementsTab.tsx';
export { OverviewTab } from './components/OverviewTab.tsx';
export { ReviewsTab } from './components/ReviewsTab.tsx';
export { PipelinePackButton } from './print/PipelinePackButton.tsx';
