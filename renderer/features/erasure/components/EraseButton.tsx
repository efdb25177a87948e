import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ErasureTarget } from '../api/erasure.ts';
import { EraseDialog } from './EraseDialog.tsx';

type Props = {
  target: ErasureTarget;
  /** Leaves the erased record's screen (the drawer closes, the page goes back to the list). */
  onErased: () => void;
  /** An icon with its name as tooltip, for a page header whose width the page's layout needs. */
  compact?: boolean;
};

/** "Erase…": quieter than Archive, which stays the everyday action. */
export function EraseButton({ target, onErased, compact = false }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      {compact ? (
        <Tooltip label={t('erasure.action')}>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('erasure.action')}
            onClick={open}
          >
            <IconTrash size={18} />
          </ActionIcon>
        </Tooltip>
      ) : (
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={open}>
          {t('erasure.action')}
        </Button>
      )}
      {opened && (
        <EraseDialog
          target={target}
          onCancel={close}
          onErased={() => {
            close();
            notifications.show({
              color: 'teal',
              message: t('erasure.erasedNotice', { name: target.name }),
            });
            onErased();
          }}
        />
      )}
    </>
  );
}
