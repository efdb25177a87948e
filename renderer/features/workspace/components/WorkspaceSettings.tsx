import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupItem, WorkspaceInfo } from '../../../../shared/workspace.ts';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useBackupNow, workspaceQueries } from '../api/workspaceQueries.ts';
import { fileSize, stateText } from '../utils/wording.ts';
import { PassphraseSettings } from './PassphraseSettings.tsx';
import { RestoreBackupButton } from './RestoreBackupButton.tsx';
import { WorkspaceFiles } from './WorkspaceFiles.tsx';

/**
 * Settings → Workspace: the file, its state and its backups, each restorable after a
 * confirmation. `focused` brings the section into view (the banner's "Restore a backup").
 */
export function WorkspaceSettings({ focused = false }: { focused?: boolean }) {
  const { t } = useTranslation();
  const info = useQuery(workspaceQueries.info());
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focused) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [focused]);

  return (
    <Stack gap="sm">
      <Title order={3} fz="lg" ref={heading} tabIndex={-1}>
        {t('workspace.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('workspace.hint')}
      </Text>
      {info.isError ? (
        <ErrorState error={info.error} onRetry={() => void info.refetch()} />
      ) : info.data ? (
        <FileFacts info={info.data} />
      ) : (
        <LoadingState />
      )}
      {info.data && <PassphraseSettings info={info.data} />}
      <Backups damaged={info.data?.state === 'damaged'} />
      {info.data && <WorkspaceFiles openPath={info.data.path} />}
    </Stack>
  );
}

function FileFacts({ info }: { info: WorkspaceInfo }) {
  const { t, i18n } = useTranslation();
  const facts: [string, string][] = [
    [t('workspace.path'), info.path],
    [t('workspace.size'), fileSize(i18n.language, info.sizeBytes)],
    [t('workspace.state'), stateText(t, info)],
    [t('workspace.backupsDir'), info.backupsDir],
  ];
  return (
    <Table variant="vertical" withTableBorder layout="fixed" aria-label={t('workspace.fileLabel')}>
      <Table.Tbody>
        {facts.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row" w={160}>
              {label}
            </Table.Th>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Backups({ damaged }: { damaged: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const backups = useQuery(workspaceQueries.backups());
  const backupNow = useBackupNow();

  function takeBackup() {
    backupNow.mutate(undefined, {
      onSuccess: (backup) =>
        notifications.show({
          color: 'teal',
          message: t('workspace.backedUpNotice', { at: fmt.dateTime(backup.at) }),
        }),
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: t('workspace.backupFailedTitle'),
          message: errorText(t, error),
        }),
    });
  }

  return (
    <Stack gap="xs" mt="sm">
      <Group justify="space-between">
        <Title order={4} fz="md">
          {t('workspace.backupsTitle')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconDatabaseExport size={16} />}
          onClick={takeBackup}
          loading={backupNow.isPending}
        >
          {t('workspace.backupNow')}
        </Button>
      </Group>
      {backups.isError ? (
        <ErrorState error={backups.error} onRetry={() => void backups.refetch()} />
      ) : !backups.data ? (
        <LoadingState />
      ) : backups.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workspace.noBackups')}
        </Text>
      ) : (
        <BackupsTable backups={backups.data} damaged={damaged} />
      )}
    </Stack>
  );
}

function BackupsTable({ backups, damaged }: { backups: BackupItem[]; damaged: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormatters();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped withTableBorder aria-label={t('workspace.backupsLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('workspace.columns.at')}</Table.Th>
            <Table.Th scope="col">{t('workspace.columns.reason')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('workspace.columns.size')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('workspace.columns.accounts')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('workspace.columns.opportunities')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('workspace.columns.people')}
            </Table.Th>
            <Table.Th scope="col">{t('workspace.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {backups.map((backup) => {
            const at = fmt.dateTime(backup.at);
            return (
              <Table.Tr key={backup.id}>
                <Table.Th scope="row" fw={500}>
                  {at}
                </Table.Th>
                <Table.Td>{t(`workspace.reasons.${backup.reason}`)}</Table.Td>
                <Table.Td ta="right">{fileSize(i18n.language, backup.sizeBytes)}</Table.Td>
                <Table.Td ta="right">{fmt.integer(backup.counts.accounts)}</Table.Td>
                <Table.Td ta="right">{fmt.integer(backup.counts.opportunities)}</Table.Td>
                <Table.Td ta="right">{fmt.integer(backup.counts.people)}</Table.Td>
                <Table.Td>
                  <RestoreBackupButton
                    backup={backup}
                    damaged={damaged}
                    size="xs"
                    aria-label={t('workspace.restoreLabel', { at })}
                  >
                    {t('workspace.restore')}
                  </RestoreBackupButton>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
