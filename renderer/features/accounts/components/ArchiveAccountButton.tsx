import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/schemas.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { errorCode } from '../../../ui/errorCode.ts';
import { useArchiveAccount } from '../api/useArchiveAccount.ts';

/** Archive, or Restore for an archived account, each after a confirmation. */
export function ArchiveAccountButton({ account }: { account: Account }) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const archive = useArchiveAccount();
  const restoring = account.archived;

  function confirm() {
    archive.mutate(
      { id: account.id, version: account.version, archived: !restoring },
      {
        // The app's toast says it, with Undo (renderer/app/UndoRedo.tsx).
        onSuccess: close,
        onError: (error) => {
          close();
          notifications.show({
            color: 'red',
            title: t('errors.saveTitle'),
            message: t(`errors.codes.${errorCode(error)}`),
          });
        },
      },
    );
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={restoring ? <IconArchiveOff size={16} /> : <IconArchive size={16} />}
        onClick={open}
      >
        {restoring ? t('common.restore') : t('common.archive')}
      </Button>
      <ConfirmDialog
        opened={opened}
        title={restoring ? t('accounts.restoreTitle') : t('accounts.archiveTitle')}
        body={t(restoring ? 'accounts.restoreBody' : 'accounts.archiveBody', {
          name: account.name,
        })}
        confirmLabel={restoring ? t('common.restore') : t('common.archive')}
        onConfirm={confirm}
        onCancel={close}
        busy={archive.isPending}
        color={restoring ? undefined : 'orange'}
      />
    </>
  );
}
