import { Modal, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { readQuery } from '../data/read.ts';
import { ErrorState } from '../ui/ErrorState.tsx';
import { LoadingState } from '../ui/LoadingState.tsx';

type Props = { opened: boolean; onClose: () => void };

/** Help → About: the app's name, its version (from the main process), the open file, the licence. */
export function AboutDialog({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const info = useQuery({ ...readQuery('app.info', {}), enabled: opened });
  const name = t('app.name');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('desktop.about.title', { name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      centered
    >
      <Stack gap="xs">
        <Text fw={700} size="lg">
          {name}
        </Text>
        <Text size="sm">{t('app.tagline')}</Text>
        {info.isError ? (
          <ErrorState error={info.error} onRetry={() => void info.refetch()} />
        ) : info.data ? (
          <>
            <Text size="sm">{t('desktop.about.version', { version: info.data.version })}</Text>
            <Text size="sm">
              {t('desktop.about.schema', { schemaVersion: info.data.schemaVersion })}
            </Text>
            <Text size="sm">
              {t('common.labelled', {
                label: t('desktop.about.workspace'),
                value: info.data.workspacePath,
              })}
            </Text>
          </>
        ) : (
          <LoadingState label={t('desktop.about.loading')} />
        )}
        <Text size="sm">{t('desktop.about.licence')}</Text>
        <Text size="sm">{t('desktop.about.thirdParty')}</Text>
      </Stack>
    </Modal>
  );
}
