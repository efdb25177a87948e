import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../shared/enums.ts';

const COLORS: Record<Grade, MantineColor> = { A: 'indigo', B: 'teal', C: 'yellow', D: 'gray' };

/** The A–D key-account grade; `compact` shows the letter alone (for tables). */
export function GradeBadge({ grade, compact = false }: { grade: Grade; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t(`enums.grade.${grade}`);
  return (
    <Badge
      color={COLORS[grade]}
      variant={grade === 'A' ? 'filled' : 'light'}
      title={label}
      miw={compact ? 26 : undefined}
    >
      {compact ? grade : label}
    </Badge>
  );
}
