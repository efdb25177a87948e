import { SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COLOR_SCHEMES, type ColorSchemeSetting as Scheme } from '../../../../shared/enums.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { settingsQueries } from '../api/settingsQueries.ts';
import { useUpdateSettings } from '../api/useUpdateSettings.ts';

/** System / Light / Dark: the interface's colours (colorScheme); applied by the app shell. */
export function ColorSchemeSetting() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQueries.current());
  const save = useUpdateSettings();
  const labelId = useId();

  return (
    <Stack gap="xs">
      <Title order={3} fz="lg" id={labelId}>
        {t('appearance.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('appearance.hint')}
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        w="fit-content"
        value={settings.data?.colorScheme ?? 'system'}
        disabled={!settings.data || save.isPending}
        data={COLOR_SCHEMES.map((value) => ({ value, label: t(`appearance.scheme.${value}`) }))}
        onChange={(value) =>
          save.mutate(
            { colorScheme: value as Scheme },
            {
              onSuccess: () =>
                notifications.show({ color: 'teal', message: t('appearance.saved') }),
              onError: (e) => notifications.show({ color: 'red', message: errorText(t, e) }),
            },
          )
        }
      />
    </Stack>
  );
}
