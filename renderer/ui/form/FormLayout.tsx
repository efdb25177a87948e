import { Box, Button, Group, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  onCancel: () => void;
  saving: boolean;
  /** Shown above the fields: why the last save did not go through. */
  alert?: ReactNode;
  children: ReactNode;
};

/** A record form's body with Save and Cancel pinned to the bottom, always in reach. */
export function FormLayout({ onSubmit, onCancel, saving, alert, children }: Props) {
  const { t } = useTranslation();
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg" px="lg" py="md">
        {alert}
        {children}
      </Stack>
      <Box
        pos="sticky"
        bottom={0}
        px="lg"
        py="sm"
        bg="var(--mantine-color-body)"
        style={{ borderTop: '1px solid var(--dw-color-border)', zIndex: 2 }}
      >
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Box>
    </form>
  );
}
