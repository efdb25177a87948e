export { teamQueries } from './api/teamQueries.ts';
export { OwnerPicker } from './components/OwnerPicker.tsx';
export { TeamFilterSelect } from './components/TeamFilterSelect.tsx';
export { TeamSettings } from './components/TeamSettings.tsx';
export {
  knownTeamValue,
  ownersOf,
  teamFilterOf,
  teamFilterValue,
  type TeamFilterValue,
} from './utils/teamFilterValue.ts';
