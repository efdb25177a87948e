import { Button, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureTarget } from '../api/erasure.ts';
import { EraseDialog } from './EraseDialog.tsx';

type Props = {
  target: ErasureTarget;
  /** Leaves the erased record's screen (the drawer closes, the page goes back to the list). */
  onErased: () => void;
};

/**
 * "Erase…" as the caller shows it: `open` asks for the dialog, `dialog` is to be rendered where it
 * stays mounted (not inside a menu that closes when its item is chosen).
 */
export function useErase({ target, onErased }: Props): { open: () => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const dialog = opened && (
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
  );
  return { open, dialog };
}

/** "Erase…": quieter than Archive, which stays the everyday action. */
export function EraseButton(props: Props) {
  const { t } = useTranslation();
  const erase = useErase(props);
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={erase.open}
      >
        {t('erasure.action')}
      </Button>
      {erase.dialog}
    </>
  );
}

/** "Erase…" in a page's actions menu; the dialog of `useErase` is rendered by the page. */
export function EraseMenuItem({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onClick}>
      {t('erasure.action')}
    </Menu.Item>
  );
}
