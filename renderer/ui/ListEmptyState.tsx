import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** True when rows exist but the search or filters hide them all. */
  filtered: boolean;
  icon: ReactNode;
  emptyTitle: string;
  emptyBody: string;
  noMatchTitle: string;
  noMatchBody: string;
  onClearFilters: () => void;
};

/** What a list shows without rows: either "nothing yet" or "nothing matches". */
export function ListEmptyState(props: Props) {
  const { t } = useTranslation();
  return (
    <EmptyState
      size="sm"
      icon={props.icon}
      withIndicatorBackground
      title={props.filtered ? props.noMatchTitle : props.emptyTitle}
      description={props.filtered ? props.noMatchBody : props.emptyBody}
    >
      {props.filtered && (
        <EmptyState.Actions>
          <Button variant="default" size="xs" onClick={props.onClearFilters}>
            {t('common.clearFilters')}
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
