import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Someone else changed the criteria meanwhile: reload before editing on. */
export function StaleCriteriaAlert({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      icon={<IconAlertTriangle />}
      title={t('competition.criteria.staleTitle')}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('competition.criteria.staleBody')}</Text>
        <Button
          size="xs"
          variant="light"
          color="orange"
          leftSection={<IconRefresh size={14} />}
          onClick={onReload}
        >
          {t('competition.criteria.reload')}
        </Button>
      </Stack>
    </Alert>
  );
}
