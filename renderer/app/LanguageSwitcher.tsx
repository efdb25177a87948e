import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../shared/enums.ts';
import { useUpdateLocale } from '../features/settings/index.ts';
import { errorCode } from '../ui/errorCode.ts';

/** 中文 / English; the choice is stored, so the next start opens in it too. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const update = useUpdateLocale();
  return (
    <Group gap={4} role="group" aria-label={t('app.language')}>
      {LOCALES.map((locale) => {
        const active = i18n.language === locale;
        return (
          <Button
            key={locale}
            size="xs"
            variant={active ? 'light' : 'subtle'}
            color={active ? undefined : 'gray'}
            aria-pressed={active}
            lang={locale}
            onClick={() =>
              update.mutate(locale, {
                onError: (error) =>
                  notifications.show({
                    color: 'red',
                    message: t(`errors.codes.${errorCode(error)}`),
                  }),
              })
            }
          >
            {t(`enums.locale.${locale}`)}
          </Button>
        );
      })}
    </Group>
  );
}
