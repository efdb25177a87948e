import { Badge, Group, List, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CreditFlag } from '../../../../shared/evaluation.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';

/**
 * An account's credit-risk warning signs (DOMAIN.md §2); nothing when there are none. As red
 * badges with date and note on hover (account header), or with `details` as a list that spells
 * them out — for print, where there is no hover (the deal-review pack).
 */
export function CreditRiskFlags({
  flags,
  details = false,
}: {
  flags: readonly CreditFlag[];
  details?: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (flags.length === 0) return null;
  if (details) {
    return (
      <List size="sm" spacing={4} aria-label={t('scoring.account.warnings')}>
        {flags.map((f) => (
          <List.Item key={f.flag} icon={<IconAlertTriangle size={14} color="#c92a2a" />}>
            <Text span fw={600} size="sm">
              {t(`enums.creditRiskFlag.${f.flag}`)}
            </Text>{' '}
            <Text span size="sm" c="dimmed">
              {t('scoring.account.flagTooltip', { date: fmt.date(f.date), note: f.note || '—' })}
            </Text>
          </List.Item>
        ))}
      </List>
    );
  }
  return (
    <Group gap={6} role="list" aria-label={t('scoring.account.warnings')}>
      {flags.map((f) => (
        <Tooltip
          key={f.flag}
          label={t('scoring.account.flagTooltip', { date: fmt.date(f.date), note: f.note || '—' })}
          multiline
          maw={320}
        >
          <Badge
            role="listitem"
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
