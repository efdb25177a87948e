import { Center, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the map's frame shows until the chart is laid out. */
export function MapLoading() {
  const { t } = useTranslation();
  return (
    <Center h="100%">
      <Stack align="center" gap={6}>
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {t('orgmap.loading')}
        </Text>
      </Stack>
    </Center>
  );
}
