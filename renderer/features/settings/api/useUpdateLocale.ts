import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '../../../../shared/enums.ts';
import { invoke } from '../../../api/invoke.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { settingsQueries } from './settingsQueries.ts';

/** Switches the interface language at once and stores the choice for the next start. */
export function useUpdateLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => invoke('settings.update', { locale }),
    onMutate: async (locale) => {
      const previous = i18n.language;
      await i18n.changeLanguage(locale);
      return { previous };
    },
    // Not stored: go back to the language that is.
    onError: async (_error, _locale, context) => {
      if (context) await i18n.changeLanguage(context.previous);
    },
    onSuccess: (settings) => queryClient.setQueryData(settingsQueries.current().queryKey, settings),
  });
}
