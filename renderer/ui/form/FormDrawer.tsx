import { Drawer } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useInertBackground } from '../useInertBackground.ts';
import { DirtyScopeContext } from './dirtyForms.ts';
import { useCloseGuard } from './useCloseGuard.tsx';

type Props = {
  opened: boolean;
  title: string;
  onClose: () => void;
  onExitTransitionEnd: () => void;
  children: ReactNode;
};

/**
 * The side drawer every record form opens in. Esc, the close button and a click outside ask
 * first while its form has unsaved changes.
 */
export function FormDrawer({ opened, title, onClose, onExitTransitionEnd, children }: Props) {
  const { t } = useTranslation();
  useInertBackground(opened);
  const guard = useCloseGuard(onClose);
  return (
    <>
      <Drawer
        opened={opened}
        onClose={guard.requestClose}
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
        <DirtyScopeContext.Provider value={guard.forms}>{children}</DirtyScopeContext.Provider>
      </Drawer>
      {guard.dialog}
    </>
  );
}
