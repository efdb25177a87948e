import { queryOptions } from '@tanstack/react-query';
import { invoke } from '../../../api/invoke.ts';
import { readKey } from '../../../data/read.ts';
import { i18n } from '../../../i18n/i18n.ts';

export const settingsQueries = {
  /** The stored settings; their language is in effect by the time they are returned. */
  current: () =>
    queryOptions({
      queryKey: readKey('settings.get', {}),
      queryFn: async () => {
        const settings = await invoke('settings.get', {});
        await i18n.changeLanguage(settings.locale);
        return settings;
      },
      staleTime: Infinity,
    }),
};
