import type { Locale } from '../../../../shared/enums.ts';
import { useWrite } from '../../../data/write.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { settingsQueries } from './settingsQueries.ts';

/** Switches the interface language at once and stores the choice for the next start. */
export function useUpdateLocale() {
  return useWrite(async (locale: Locale, { write, cache }) => {
    const previous = i18n.language;
    await i18n.changeLanguage(locale);
    try {
      const settings = await write('settings.update', { locale });
      cache.put(settingsQueries.current(), () => settings);
      return settings;
    } catch (error) {
      // Not stored: go back to the language that is.
      await i18n.changeLanguage(previous);
      throw error;
    }
  });
}
