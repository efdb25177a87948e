import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Quadrant } from '../../../../shared/scoring.ts';

export const QUADRANT_COLORS: Record<Quadrant, string> = {
  pursue: 'teal',
  develop: 'indigo',
  opportunistic: 'yellow',
  avoid: 'gray',
};

export function QuadrantBadge({ quadrant }: { quadrant: Quadrant }) {
  const { t } = useTranslation();
  return (
    <Badge color={QUADRANT_COLORS[quadrant]} variant="light">
      {t(`scoring.quadrants.${quadrant}`)}
    </Badge>
  );
}
