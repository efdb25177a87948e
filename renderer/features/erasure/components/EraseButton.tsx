import { Button } from '@mantine/core';
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
};

/** "Erase…": quieter than Archive, which stays the everyday action. */
export function EraseButton({ target, onErased }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={open}>
        {t('erasure.action')}
      </Button>
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
