import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CriterionGap } from '../../../../shared/competition.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';

/** Where a competitor scores above us, the costliest gap (gap × weight) first. */
export function GapList({ gaps }: { gaps: CriterionGap[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  if (gaps.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('competition.gaps.none')}
      </Text>
    );
  }
  return (
    <Table aria-label={t('competition.gaps.tableLabel')} verticalSpacing={4} striped>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('competition.gaps.criterion')}</Table.Th>
          <Table.Th>{t('competition.gaps.competitor')}</Table.Th>
          <Table.Th ta="right">{t('competition.gaps.scores')}</Table.Th>
          <Table.Th ta="right">{t('competition.gaps.gap')}</Table.Th>
          <Table.Th ta="right">{t('competition.gaps.weightedGap')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {gaps.map((g) => (
          <Table.Tr key={`${g.criterionId}:${g.competitorId}`}>
            <Table.Td>
              {g.criterionName}{' '}
              <Text span size="xs" c="dimmed">
                {t('common.parenthetical', { text: fmt.percent(g.weightPercent) })}
              </Text>
            </Table.Td>
            <Table.Td>{g.competitorName}</Table.Td>
            <Table.Td ta="right">
              {t('competition.gaps.scoresValue', { theirs: g.theirScore, ours: g.ourScore })}
            </Table.Td>
            <Table.Td ta="right">−{fmt.integer(g.gap)}</Table.Td>
            <Table.Td ta="right">−{fmt.decimal(g.weightedGap)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
