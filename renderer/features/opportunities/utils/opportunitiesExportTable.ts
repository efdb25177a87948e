import type { TFunction } from 'i18next';
import type { OpportunityListItem } from '../../../../shared/schemas.ts';
import { currencyOf, exportTableOf, type ExportTable } from '../../../ui/exportTable.ts';

/** The opportunities list as shown (rows in their shown order) for Export. */
export function opportunitiesExportTable(
  rows: readonly OpportunityListItem[],
  t: TFunction,
  {
    showAccount,
    stageText,
  }: { showAccount: boolean; stageText: (o: OpportunityListItem) => string },
): ExportTable {
  const money = currencyOf(t, rows, (o) => o.currency);
  return exportTableOf(rows, [
    { header: t('opportunities.columns.name'), type: 'text', value: (o) => o.name },
    showAccount && {
      header: t('opportunities.columns.account'),
      type: 'text',
      value: (o) => o.accountName,
    },
    {
      header: t('opportunities.columns.amount'),
      type: 'money',
      currency: money.currency,
      value: (o) => o.amount,
    },
    money.column,
    { header: t('opportunities.columns.salesStage'), type: 'text', value: stageText },
    {
      header: t('opportunities.columns.probability'),
      type: 'percent',
      value: (o) => o.probability,
    },
    {
      header: t('opportunities.columns.expectedCloseDate'),
      type: 'date',
      value: (o) => o.expectedCloseDate,
    },
    { header: t('opportunities.columns.owner'), type: 'text', value: (o) => o.owner },
    {
      header: t('opportunities.columns.status'),
      type: 'text',
      value: (o) => t(`enums.status.${o.status}`),
    },
  ]);
}
