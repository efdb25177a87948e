import { Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VendorTotal } from '../../../../shared/competition.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';

/** Each vendor's weighted score out of 10 and how much of the weight is scored for them. */
export function VendorTotals({ vendors }: { vendors: VendorTotal[] }) {
  const { t } = useTranslation();
  const fmt = useFormatters();
  const best = Math.max(...vendors.map((v) => v.weightedTotal ?? 0));
  return (
    <Table aria-label={t('competition.totals.tableLabel')} verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('competition.totals.vendor')}</Table.Th>
          <Table.Th ta="right">{t('competition.totals.weighted')}</Table.Th>
          <Table.Th w={140} />
          <Table.Th ta="right">{t('competition.totals.scored')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {vendors.map((v) => (
          <Table.Tr key={v.vendor} data-testid={`total-${v.vendor}`}>
            <Table.Th scope="row" fw={v.vendor === 'us' ? 700 : 500}>
              {v.vendor === 'us' ? t('competition.criteria.us') : v.name}
            </Table.Th>
            <Table.Td ta="right">
              {v.weightedTotal === null ? (
                <Text size="sm" c="dimmed" span>
                  {t('competition.totals.notScored')}
                </Text>
              ) : (
                <Text size="sm" span fw={v.weightedTotal === best ? 700 : undefined}>
                  {t('competition.totals.outOf', {
                    value: oneDecimal(fmt.locale, v.weightedTotal),
                  })}
                </Text>
              )}
            </Table.Td>
            <Table.Td aria-hidden>
              <Progress
                value={(v.weightedTotal ?? 0) * 10}
                color={v.vendor === 'us' ? 'indigo' : 'orange'}
                size="sm"
              />
            </Table.Td>
            <Table.Td ta="right">{fmt.percent(v.scoredPercent)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Scores out of 10 read best with exactly one decimal, e.g. 7.0 and 6.4. */
export function oneDecimal(locale: string, n: number) {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(n);
}
