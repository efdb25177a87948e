import { Button, EmptyState } from '@mantine/core';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorCode } from './errorCode.ts';

type Props = {
  error: unknown;
  title?: string;
  onRetry?: () => void;
};

/** A screen or panel that could not load, with the reason in the user's language. */
export function ErrorState({ error, title, onRetry }: Props) {
  const { t } = useTranslation();
  return (
    <EmptyState
      role="alert"
      py="xl"
      icon={<IconPlugConnectedX size={28} />}
      variant="light"
      color="red"
      title={title ?? t('errors.loadTitle')}
      description={t(`errors.codes.${errorCode(error)}`)}
    >
      {onRetry && (
        <EmptyState.Actions>
          <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={onRetry}>
            {t('common.retry')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
