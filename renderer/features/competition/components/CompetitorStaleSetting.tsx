import { useTranslation } from 'react-i18next';
import { DEFAULT_COMPETITOR_STALE_DAYS } from '../../../../shared/enums.ts';
import { DaysSetting } from '../../settings/index.ts';

/** After how many days without a check a competitor entry is marked stale. */
export function CompetitorStaleSetting() {
  const { t } = useTranslation();
  return (
    <DaysSetting
      field="competitorStaleDays"
      fallback={DEFAULT_COMPETITOR_STALE_DAYS}
      text={{
        title: t('competition.settings.title'),
        hint: t('competition.settings.hint'),
        label: t('competition.settings.label'),
        save: t('competition.settings.save'),
        saved: t('competition.settings.savedNotice'),
      }}
    />
  );
}
