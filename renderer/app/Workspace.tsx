import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsQueries } from '../features/settings/index.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';
import { MoneyInWanContext } from '../ui/useFormatters.ts';
import { Shell } from './Shell.tsx';
import { useColorSchemeSetting } from './useColorSchemeSetting.ts';

/**
 * Shows the screens once the stored settings (and so the language) are loaded, so the first
 * screen never flashes in the wrong language; a workspace that cannot be reached says why.
 */
export function Workspace() {
  const { t, i18n } = useTranslation();
  const settings = useQuery(settingsQueries.current());
  useColorSchemeSetting(settings.data?.colorScheme);

  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = t('app.name');
  }, [i18n.language, t]);

  if (settings.isError) {
    return (
      <Center h="100dvh" bg="var(--dw-color-surface)">
        <Paper withBorder radius="lg" p="xl" maw={520} shadow="sm">
          <Stack gap="xs">
            <Title order={3} ta="center">
              {t('app.name')}
            </Title>
            <ErrorState
              error={settings.error}
              title={t('app.connectionTitle')}
              onRetry={() => void settings.refetch()}
            />
          </Stack>
        </Paper>
      </Center>
    );
  }
  if (settings.isPending) {
    return (
      <Center h="100dvh">
        <Stack align="center" gap={4}>
          <Text fw={650}>{t('app.name')}</Text>
          <LoadingState label={t('app.loading')} />
        </Stack>
      </Center>
    );
  }
  return (
    <DatesProvider
      settings={{ locale: i18n.language === 'zh-CN' ? 'zh-cn' : 'en', firstDayOfWeek: 1 }}
    >
      <MoneyInWanContext value={settings.data.moneyInWan}>
        <Shell />
      </MoneyInWanContext>
    </DatesProvider>
  );
}
