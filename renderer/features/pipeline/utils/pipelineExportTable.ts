import type { TFunction } from 'i18next';
import type { PipelineRow } from '../../../../shared/pipelineList.ts';
import { currencyOf, exportTableOf, type ExportTable } from '../../../ui/exportTable.ts';

/** The pipeline table as shown (rows in their shown order) for Export. */
export function pipelineExportTable(
  rows: readonly PipelineRow[],
  t: TFunction,
  stageLabel: (stageSetId: string, key: string) => string,
): ExportTable {
  const money = currencyOf(t, rows, (r) => r.currency);
  return exportTableOf(rows, [
    { header: t('pipeline.columns.deal'), type: 'text', value: (r) => r.name },
    { header: t('pipeline.columns.account'), type: 'text', value: (r) => r.accountName },
    { header: t('pipeline.columns.grade'), type: 'text', value: (r) => r.accountGrade },
    { header: t('pipeline.columns.owner'), type: 'text', value: (r) => r.owner },
    {
      header: t('pipeline.columns.stage'),
      type: 'text',
      value: (r) => stageLabel(r.stageSetId, r.stageKey),
    },
    {
      header: t('pipeline.columns.amount'),
      type: 'money',
      currency: money.currency,
      value: (r) => r.amount,
    },
    money.column,
    { header: t('pipeline.columns.probability'), type: 'percent', value: (r) => r.probability },
    {
      header: t('pipeline.columns.weighted'),
      type: 'money',
      currency: money.currency,
      value: (r) => r.weighted,
    },
    {
      header: t('pipeline.columns.category'),
      type: 'text',
      value: (r) => t(`pipeline.category.${r.category}`),
    },
    { header: t('pipeline.columns.closeDate'), type: 'date', value: (r) => r.closeDate },
  ]);
}
