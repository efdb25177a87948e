import { Button, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { BackupItem } from '../../../../shared/workspace.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { useRestoreBackup } from '../api/workspaceQueries.ts';
import { backupCounts } from '../utils/wording.ts';

type Props = {
  backup: BackupItem;
  /** The open workspace is damaged: it is kept aside rather than backed up first. */
  damaged: boolean;
  children: string;
  /** The button's accessible name when its text alone does not say which backup. */
  'aria-label'?: string;
} & Pick<ButtonProps, 'variant' | 'size' | 'color'>;

/** Restores one backup after a confirmation that names it; a notice says what was restored. */
export function RestoreBackupButton({ backup, damaged, children, ...buttonProps }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const [opened, { open, close }] = useDisclosure(false);
  const restore = useRestoreBackup();
  const named = { at: fmt.dateTime(backup.at), counts: backupCounts(t, backup) };

  function confirm() {
    restore.mutate(backup, {
      onSuccess: ({ restored, safetyCopy }) => {
        close();
        notifications.show({
          color: 'teal',
          autoClose: false,
          message: t('workspace.restoredNotice', {
            at: fmt.dateTime(restored.at),
            counts: backupCounts(t, restored),
            safetyCopy,
          }),
        });
      },
      onError: (error) => {
        close();
        notifications.show({
          color: 'red',
          title: t('workspace.restoreFailedTitle'),
          message: errorText(t, error),
        });
      },
    });
  }

  return (
    <>
      <Button variant="default" {...buttonProps} onClick={open}>
        {children}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={t('workspace.restoreTitle')}
        body={t(damaged ? 'workspace.restoreBodyDamaged' : 'workspace.restoreBody', named)}
        confirmLabel={t('workspace.restoreConfirm')}
        onConfirm={confirm}
        onCancel={close}
        busy={restore.isPending}
        color="orange"
      />
    </>
  );
}
