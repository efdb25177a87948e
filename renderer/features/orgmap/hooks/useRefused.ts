import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/form/errorText.ts';

/** Tells of a failure outside any dialog (a drag, an undo, an export) in a red notification. */
export function useRefused() {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown, title = t('errors.saveTitle')) =>
      notifications.show({ color: 'red', title, message: errorText(t, error) }),
    [t],
  );
}

export type Refused = ReturnType<typeof useRefused>;
