export { buyingRoleQueries } from './api/buyingRoleQueries.ts';
export { committeeQueries } from './api/committeeQueries.ts';
export { BuyingRolesSettings } from './components/BuyingRolesSettings.tsx';
export { CommitteeChanges } from './components/CommitteeChanges.tsx';
export { CommitteeMatrix, type FocusRequest } from './components/CommitteeMatrix.tsx';
export { CoveragePanel, flagText } from './components/CoveragePanel.tsx';
export { InfluenceAttitudeGrid } from './components/InfluenceAttitudeGrid.tsx';
export { PersonPanel } from './components/PersonPanel.tsx';
export { WhatIfPanel } from './components/WhatIfPanel.tsx';
