import { notifications } from '@mantine/notifications';
import {
  IconArrowRight,
  IconCamera,
  IconDatabase,
  IconLanguage,
  IconPlus,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../../../shared/enums.ts';
import { navigate } from '../../../routes/navigate.ts';
import type { Route } from '../../../routes/route.ts';
import { useTakeSnapshot } from '../../forecast/index.ts';
import { useUpdateLocale } from '../../settings/index.ts';
import { errorCode } from '../../../ui/errorCode.ts';
import type { searchEn } from '../i18n/en.ts';

export type Command = { id: string; label: string; icon: ReactNode; run: () => void };

const SCREENS: [keyof typeof searchEn.commands.screens, Route][] = [
  ['accounts', { name: 'accounts' }],
  ['opportunities', { name: 'opportunities' }],
  ['pipeline', { name: 'pipeline', tab: 'board' }],
  ['forecast', { name: 'forecast', tab: 'overview' }],
  ['reviews', { name: 'forecast', tab: 'reviews' }],
  ['competitors', { name: 'competitors' }],
  ['evaluation', { name: 'evaluation' }],
  ['import', { name: 'import' }],
  ['settings', { name: 'settings' }],
];

/** What the palette can do besides opening a record. */
export function useCommands({ onNewAccount }: { onNewAccount: () => void }): Command[] {
  const { t, i18n } = useTranslation();
  const updateLocale = useTakeLocale();
  const snapshot = useTakeSnapshot();
  return [
    {
      id: 'new-account',
      label: t('search.commands.newAccount'),
      icon: <IconPlus size={18} stroke={1.6} />,
      run: onNewAccount,
    },
    ...SCREENS.map(([screen, to]) => ({
      id: `go-${screen}`,
      label: t('search.commands.goTo', { screen: t(`search.commands.screens.${screen}`) }),
      icon: <IconArrowRight size={18} stroke={1.6} />,
      run: () => navigate(to),
    })),
    {
      id: 'switch-language',
      label: t('search.commands.switchLanguage'),
      icon: <IconLanguage size={18} stroke={1.6} />,
      run: () => updateLocale(LOCALES.find((l) => l !== i18n.language) ?? 'en'),
    },
    {
      id: 'snapshot',
      label: t('search.commands.snapshot'),
      icon: <IconCamera size={18} stroke={1.6} />,
      run: () =>
        snapshot.mutate('', {
          onSuccess: () =>
            notifications.show({ color: 'teal', message: t('search.commands.snapshotTaken') }),
          onError: () =>
            notifications.show({ color: 'red', message: t('search.commands.snapshotFailed') }),
        }),
    },
    {
      id: 'backups',
      label: t('search.commands.backups'),
      icon: <IconDatabase size={18} stroke={1.6} />,
      run: () => navigate({ name: 'settings', section: 'workspace' }),
    },
  ];
}

/** Stores the other language, as the header's switcher does. */
function useTakeLocale() {
  const { t } = useTranslation();
  const update = useUpdateLocale();
  return (locale: (typeof LOCALES)[number]) =>
    update.mutate(locale, {
      onError: (error) =>
        notifications.show({ color: 'red', message: t(`errors.codes.${errorCode(error)}`) }),
    });
}
