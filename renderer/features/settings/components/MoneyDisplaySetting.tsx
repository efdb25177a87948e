import { Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/form/errorText.ts';
import { settingsQueries } from '../api/settingsQueries.ts';
import { useUpdateSettings } from '../api/useUpdateSettings.ts';

/** Whether wide money columns count in 万 in the Chinese interface (moneyInWan). */
export function MoneyDisplaySetting() {
  const { t } = useTranslation();
  const settings = useQuery(settingsQueries.current());
  const save = useUpdateSettings();

  return (
    <Stack gap="xs">
      <Title order={3} fz="lg">
        {t('money.setting.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('money.setting.hint')}
      </Text>
      <Switch
        label={t('money.setting.label')}
        checked={settings.data?.moneyInWan ?? true}
        disabled={!settings.data || save.isPending}
        onChange={(event) =>
          save.mutate(
            { moneyInWan: event.currentTarget.checked },
            {
              onSuccess: () =>
                notifications.show({ color: 'teal', message: t('money.setting.saved') }),
              onError: (e) => notifications.show({ color: 'red', message: errorText(t, e) }),
            },
          )
        }
      />
    </Stack>
  );
}
