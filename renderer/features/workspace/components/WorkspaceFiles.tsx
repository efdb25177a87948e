import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconFilePlus, IconFolderOpen } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentWorkspace } from '../../../../shared/workspace.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { LoadingState } from '../../../ui/LoadingState.tsx';
import { useFormatters } from '../../../ui/useFormatters.ts';
import {
  useForgetRecent,
  useOpenWorkspace,
  workspaceFileQueries,
} from '../api/workspaceFileQueries.ts';
import { WorkspaceFileDialog, type FileAction } from './WorkspaceFileDialog.tsx';

/** A file beside `openPath` named `name`, with the open path's own separator. */
function beside(openPath: string, name: string): string {
  const cut = Math.max(openPath.lastIndexOf('/'), openPath.lastIndexOf('\\'));
  return cut < 0 ? '' : `${openPath.slice(0, cut + 1)}${name}`;
}

/** Settings → Workspace: save a copy, open another file, make a new one, and the recent list. */
export function WorkspaceFiles({ openPath }: { openPath: string }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<FileAction | null>(null);
  const suggested: Record<FileAction, string> = {
    saveCopy: beside(openPath, 'workspace copy.sqlite'),
    open: beside(openPath, ''),
    create: beside(openPath, 'new workspace.sqlite'),
  };
  return (
    <Stack gap="xs" mt="sm">
      <Title order={4} fz="md">
        {t('workspace.files.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('workspace.files.hint')}
      </Text>
      <Group gap="xs">
        <Button
          variant="light"
          leftSection={<IconCopy size={16} />}
          onClick={() => setAction('saveCopy')}
        >
          {t('workspace.files.saveCopy')}
        </Button>
        <Button
          variant="light"
          leftSection={<IconFolderOpen size={16} />}
          onClick={() => setAction('open')}
        >
          {t('workspace.files.open')}
        </Button>
        <Button
          variant="light"
          leftSection={<IconFilePlus size={16} />}
          onClick={() => setAction('create')}
        >
          {t('workspace.files.create')}
        </Button>
      </Group>
      {action && (
        <WorkspaceFileDialog
          action={action}
          suggestedPath={suggested[action]}
          onClose={() => setAction(null)}
        />
      )}
      <RecentList openPath={openPath} />
    </Stack>
  );
}

function RecentList({ openPath }: { openPath: string }) {
  const { t } = useTranslation();
  const recent = useQuery(workspaceFileQueries.recent());
  return (
    <Stack gap="xs" mt="sm">
      <Title order={5} fz="sm">
        {t('workspace.files.recentTitle')}
      </Title>
      {recent.isError ? (
        <ErrorState error={recent.error} onRetry={() => void recent.refetch()} />
      ) : !recent.data ? (
        <LoadingState />
      ) : recent.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workspace.files.noRecent')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped withTableBorder aria-label={t('workspace.files.recentLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('workspace.files.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('workspace.files.columns.path')}</Table.Th>
                <Table.Th scope="col">{t('workspace.files.columns.lastOpened')}</Table.Th>
                <Table.Th scope="col">{t('workspace.files.columns.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {recent.data.map((item) => (
                <RecentRow key={item.path} item={item} isOpen={item.path === openPath} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function RecentRow({ item, isOpen }: { item: RecentWorkspace; isOpen: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [confirming, setConfirming] = useState(false);
  const openFile = useOpenWorkspace();
  const forget = useForgetRecent();
  const failed = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: t('workspace.files.failedTitle'),
      message: errorText(t, error),
    });

  function open() {
    openFile.mutate(
      { path: item.path },
      {
        onSuccess: (info) => {
          setConfirming(false);
          notifications.show({ color: 'teal', message: t('workspace.files.openedNotice', info) });
        },
        onError: (error) => {
          setConfirming(false);
          failed(error);
        },
      },
    );
  }

  function remove() {
    forget.mutate(item.path, {
      onSuccess: () =>
        notifications.show({
          color: 'teal',
          message: t('workspace.files.forgotNotice', { name: item.name }),
        }),
      onError: failed,
    });
  }

  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Group gap={6}>
          {item.name}
          {isOpen && <Badge variant="light">{t('workspace.files.current')}</Badge>}
          {!item.exists && (
            <Badge color="gray" variant="outline">
              {t('workspace.files.missing')}
            </Badge>
          )}
        </Group>
      </Table.Th>
      <Table.Td style={{ overflowWrap: 'anywhere' }}>{item.path}</Table.Td>
      <Table.Td>{fmt.dateTime(item.lastOpenedAt)}</Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap">
          {!isOpen && item.exists && (
            <Button
              size="xs"
              variant="default"
              aria-label={t('workspace.files.openRecentLabel', { name: item.name })}
              onClick={() => setConfirming(true)}
            >
              {t('workspace.files.openRecent')}
            </Button>
          )}
          {!isOpen && (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              aria-label={t('workspace.files.forgetLabel', { name: item.name })}
              onClick={remove}
              loading={forget.isPending}
            >
              {t('workspace.files.forget')}
            </Button>
          )}
        </Group>
        <ConfirmDialog
          opened={confirming}
          title={t('workspace.files.openRecentTitle')}
          body={t('workspace.files.openRecentBody', { path: item.path })}
          confirmLabel={t('workspace.files.openRecent')}
          onConfirm={open}
          onCancel={() => setConfirming(false)}
          busy={openFile.isPending}
        />
      </Table.Td>
    </Table.Tr>
  );
}
