import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FunnelStage } from '../../../../shared/enums.ts';

const COLORS: Record<FunnelStage, MantineColor> = {
  target_market: 'gray',
  prospect: 'blue',
  target_customer: 'violet',
  signed: 'green',
};

export function FunnelStageBadge({ stage }: { stage: FunnelStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[stage]} variant="dot" tt="none" fw={500}>
      {t(`enums.funnelStage.${stage}`)}
    </Badge>
  );
}
