export { orgchartQueries } from './api/orgchartQueries.ts';
export { MapPanel } from './components/MapPanel.tsx';
export { toDrawing } from './drawing/toDrawing.ts';
export { mapLegend, memberCaption } from './export/mapLegend.ts';
export { buildMapSvg, FONT_FAMILY } from './export/mapSvg.ts';
export { computeLayout, warmLayout } from './layout/computeLayout.ts';
export { layoutInputOf } from './layout/layoutInput.ts';
export type { LayoutResult } from './model.ts';
