import type { TFunction } from 'i18next';
import type { CompetitorListItem } from '../../../../shared/competition.ts';
import { exportTableOf, type ExportTable } from '../../../ui/exportTable.ts';

/** The competitor library as shown (rows in their shown order) for Export. */
export function competitorsExportTable(
  rows: readonly CompetitorListItem[],
  t: TFunction,
): ExportTable {
  return exportTableOf(rows, [
    { header: t('competition.library.columns.name'), type: 'text', value: (c) => c.name },
    {
      header: t('competition.library.columns.priceLevel'),
      type: 'text',
      value: (c) => (c.priceLevel ? t(`enums.priceLevel.${c.priceLevel}`) : null),
    },
    // The "last verified" line shows a day, who verified it and a "stale" badge: one column each.
    {
      header: t('competition.library.columns.lastVerified'),
      type: 'date',
      value: (c) => c.lastVerifiedAt,
    },
    { header: t('exportList.columns.verifiedBy'), type: 'text', value: (c) => c.lastVerifiedBy },
    {
      header: t('competition.library.stale'),
      type: 'text',
      value: (c) => (c.stale ? t('competition.library.stale') : null),
    },
    {
      header: t('competition.library.columns.openDeals'),
      type: 'integer',
      value: (c) => c.openDeals,
    },
    {
      header: t('competition.library.columns.winRate'),
      type: 'percent',
      value: (c) => (c.record.winRate === null ? null : c.record.winRate * 100),
    },
    {
      header: t('exportList.columns.record'),
      type: 'text',
      value: (c) => t('competition.library.record', c.record),
    },
    rows.some((c) => c.archived) && {
      header: t('common.archived'),
      type: 'text',
      value: (c) => (c.archived ? t('common.archived') : null),
    },
  ]);
}
