import type { TFunction } from 'i18next';
import { dayOf } from '../../../../shared/localDate.ts';
import type { AccountListItem } from '../../../../shared/schemas.ts';
import { exportTableOf, type ExportTable } from '../../../ui/exportTable.ts';

/** The accounts list as shown (rows in their shown order) for Export. */
export function accountsExportTable(rows: readonly AccountListItem[], t: TFunction): ExportTable {
  return exportTableOf(rows, [
    { header: t('accounts.columns.name'), type: 'text', value: (a) => a.name },
    { header: t('accounts.columns.grade'), type: 'text', value: (a) => a.grade },
    {
      header: t('accounts.columns.funnelStage'),
      type: 'text',
      value: (a) => t(`enums.funnelStage.${a.funnelStage}`),
    },
    { header: t('accounts.columns.industry'), type: 'text', value: (a) => a.industry },
    { header: t('accounts.columns.region'), type: 'text', value: (a) => a.region },
    { header: t('accounts.columns.owner'), type: 'text', value: (a) => a.owner },
    { header: t('accounts.columns.people'), type: 'integer', value: (a) => a.peopleCount },
    {
      header: t('accounts.columns.openOpportunities'),
      type: 'integer',
      value: (a) => a.openOpportunityCount,
    },
    { header: t('accounts.columns.updated'), type: 'date', value: (a) => dayOf(a.updatedAt) },
    // Shown as a badge beside the name when archived accounts are listed.
    rows.some((a) => a.archived) && {
      header: t('common.archived'),
      type: 'text',
      value: (a) => (a.archived ? t('common.archived') : null),
    },
  ]);
}
