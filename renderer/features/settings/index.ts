export { settingsQueries } from './api/settingsQueries.ts';
export { useUpdateLocale } from './api/useUpdateLocale.ts';
export { DaysSetting } from './components/DaysSetting.tsx';
export { MoneyDisplaySetting } from './components/MoneyDisplaySetting.tsx';
export { StageSetsSettings } from './components/StageSetsSettings.tsx';
export { useUpdateSettings } from './api/useUpdateSettings.ts';
export { ColorSchemeSetting } from './components/ColorSchemeSetting.tsx';
