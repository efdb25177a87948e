import { Badge, Group, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CreditFlag } from '../../../../shared/evaluation.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';

/**
 * An account's credit-risk warning signs (DOMAIN.md §2) as red badges, date and note on hover
 * or keyboard focus; nothing when there are none. The deal-review pack prints them in full.
 */
export function CreditRiskFlags({ flags }: { flags: readonly CreditFlag[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (flags.length === 0) return null;
  return (
    <Group gap={6} role="list" aria-label={t('scoring.account.warnings')}>
      {flags.map((f) => (
        <Tooltip
          key={f.flag}
          label={t('scoring.account.flagTooltip', { date: fmt.date(f.date), note: f.note || '—' })}
          multiline
          maw={320}
          events={{ hover: true, focus: true, touch: false }}
        >
          <Badge
            role="listitem"
            // Tab reaches each sign, which shows its date and note as the mouse's hover does.
            tabIndex={0}
            color="red"
            variant="light"
            leftSection={<IconAlertTriangle size={12} />}
          >
            {t(`enums.creditRiskFlag.${f.flag}`)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
