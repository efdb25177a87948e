import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OpportunityStatus } from '../../../../shared/enums.ts';

const COLORS: Record<OpportunityStatus, MantineColor> = {
  open: 'blue',
  won: 'green',
  lost: 'red',
  dropped: 'gray',
};

export function StatusBadge({ status }: { status: OpportunityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant={status === 'won' ? 'filled' : 'light'} tt="none">
      {t(`enums.status.${status}`)}
    </Badge>
  );
}
