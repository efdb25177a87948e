import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInertBackground } from '../useInertBackground.ts';

type Props = {
  opened: boolean;
  title: string;
  onClose: () => void;
  onExitTransitionEnd: () => void;
  children: ReactNode;
};

/** The side drawer every record form opens in. */
export function FormDrawer({ opened, title, onClose, onExitTransitionEnd, children }: Props) {
  const { t } = useTranslation();
  useInertBackground(opened);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      onExitTransitionEnd={onExitTransitionEnd}
      title={title}
      position="right"
      size={760}
      padding={0}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{
        header: {
          paddingInline: 'var(--mantine-spacing-lg)',
          borderBottom: '1px solid var(--dw-color-border)',
        },
        title: { fontWeight: 600, fontSize: 'var(--mantine-font-size-lg)' },
        body: { padding: 0 },
      }}
    >
      {children}
    </Drawer>
  );
}
