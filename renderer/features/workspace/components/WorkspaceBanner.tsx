import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDatabaseOff, IconFileAlert, IconNetwork } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/workspace.ts';
import { navigate } from '../../../routes/navigate.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useLoadDemo, workspaceQueries } from '../api/workspaceQueries.ts';
import { RestoreBackupButton } from './RestoreBackupButton.tsx';

/**
 * Above every screen while the workspace file needs the user: damaged (open read-only, with the
 * newest good backup offered) or empty (not filled with the demo unless the user asks).
 */
export function WorkspaceBanner() {
  const info = useQuery(workspaceQueries.info());
  if (info.data?.state === 'damaged') return <DamagedBanner info={info.data} />;
  if (info.data?.state === 'emptyFile') return <EmptyFileBanner info={info.data} />;
  if (info.data?.networkShare) return <NetworkShareBanner info={info.data} />;
  return null;
}

// The light alert's own title shade is too pale on its tint to read (contrast under 4.5:1).
const strongTitle = (color: string) => ({
  title: { color: `var(--mantine-color-${color}-9)` },
});

/** One banner above every screen: what is the matter with the file, and what can be done. */
function Banner({
  color,
  icon,
  title,
  body,
  role,
  children,
}: {
  color: 'red' | 'orange';
  icon: ReactNode;
  title: string;
  body: string;
  /** Mantine's Alert is an alert; a notice that needs no action now is a status. */
  role?: 'status';
  children?: ReactNode;
}) {
  return (
    <Alert
      {...(role ? { role } : {})}
      color={color}
      variant="light"
      radius={0}
      styles={strongTitle(color)}
      icon={icon}
      title={title}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {body}
        </Text>
        {children}
      </Stack>
    </Alert>
  );
}

function NetworkShareBanner({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  return (
    <Banner
      role="status"
      color="orange"
      icon={<IconNetwork size={20} />}
      title={t('workspace.banner.shareTitle')}
      body={t('workspace.banner.shareBody', { path: info.path, share: info.networkShare })}
    />
  );
}

function DamagedBanner({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const newest = info.newestBackup;
  return (
    <Banner
      color="red"
      icon={<IconFileAlert size={20} />}
      title={t('workspace.banner.damagedTitle')}
      body={t('workspace.banner.damagedBody', { path: info.path })}
    >
      {newest ? (
        <RestoreBackupButton backup={newest} damaged color="red" variant="filled" size="xs">
          {t('workspace.banner.restoreNewest', { at: fmt.dateTime(newest.at) })}
        </RestoreBackupButton>
      ) : (
        <Text size="sm">{t('workspace.banner.damagedNoBackup')}</Text>
      )}
    </Banner>
  );
}

function EmptyFileBanner({ info }: { info: WorkspaceInfo }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const loadDemo = useLoadDemo();

  function confirm() {
    loadDemo.mutate(undefined, {
      onSuccess: () => {
        close();
        notifications.show({ color: 'teal', message: t('workspace.banner.demoLoadedNotice') });
      },
      onError: (error) => {
        close();
        notifications.show({
          color: 'red',
          title: t('workspace.banner.loadDemoFailedTitle'),
          message: errorText(t, error),
        });
      },
    });
  }

  return (
    <>
      <Banner
        role="status"
        color="orange"
        icon={<IconDatabaseOff size={20} />}
        title={t('workspace.banner.emptyTitle')}
        body={t('workspace.banner.emptyBody', { path: info.path })}
      >
        <Group gap="xs">
          <Button size="xs" onClick={open}>
            {t('workspace.banner.loadDemo')}
          </Button>
          <Button
            size="xs"
            variant="default"
            onClick={() => navigate({ name: 'settings', section: 'workspace' })}
          >
            {t('workspace.banner.restoreBackup')}
          </Button>
        </Group>
      </Banner>
      <ConfirmDialog
        opened={opened}
        title={t('workspace.banner.loadDemoTitle')}
        body={t('workspace.banner.loadDemoBody', { path: info.path })}
        confirmLabel={t('workspace.banner.loadDemo')}
        onConfirm={confirm}
        onCancel={close}
        busy={loadDemo.isPending}
      />
    </>
  );
}
