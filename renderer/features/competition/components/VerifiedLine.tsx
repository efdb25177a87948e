import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_COMPETITOR_STALE_DAYS } from '../../../../shared/enums.ts';
import type { CompetitorListItem } from '../../../../shared/competition.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import { settingsQueries } from '../../settings/index.ts';

type Props = {
  competitor: Pick<
    CompetitorListItem,
    'lastVerifiedAt' | 'lastVerifiedBy' | 'stale' | 'daysSinceVerified'
  >;
};

/** When an entry was last verified and by whom, with a "stale" badge once it is too old. */
export function VerifiedLine({ competitor: c }: Props) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const settings = useQuery(settingsQueries.current());
  const days = settings.data?.competitorStaleDays ?? DEFAULT_COMPETITOR_STALE_DAYS;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" span truncate>
        {c.lastVerifiedAt === null ? (
          <Text span c="dimmed" size="sm">
            {t('competition.library.neverVerified')}
          </Text>
        ) : (
          <>
            <span title={t('competition.library.daysAgo', { count: c.daysSinceVerified ?? 0 })}>
              {fmt.date(c.lastVerifiedAt)}
            </span>
            {c.lastVerifiedBy !== '' && (
              <Text span c="dimmed" size="sm">
                {' '}
                {t('competition.library.verifiedBy', { name: c.lastVerifiedBy })}
              </Text>
            )}
          </>
        )}
      </Text>
      {c.stale && (
        <Tooltip label={t('competition.library.staleHint', { days })}>
          <Badge size="xs" color="orange" variant="light" data-testid="stale-badge">
            {t('competition.library.stale')}
          </Badge>
        </Tooltip>
      )}
    </Group>
  );
}
