import type { TFunction } from 'i18next';
import type { Activity } from '../../../../shared/activities.ts';
import { exportTableOf, type ExportTable } from '../../../ui/exportTable.ts';
import { groupByMonth } from './timeline.ts';

type Names = {
  nameOf: (personId: string) => string;
  /** Present on an account's timeline, which names each activity's deal. */
  dealName?: ((opportunityId: string) => string) | undefined;
};

/** The activities timeline as shown (newest first) for Export, one row per activity. */
export function activitiesExportTable(
  activities: readonly Activity[],
  t: TFunction,
  { nameOf, dealName }: Names,
): ExportTable {
  const rows = groupByMonth(activities).flatMap((g) => g.activities);
  return exportTableOf(rows, [
    { header: t('activities.form.date'), type: 'date', value: (a) => a.date },
    {
      header: t('activities.form.kind'),
      type: 'text',
      value: (a) => t(`activities.kinds.${a.kind}`),
    },
    { header: t('activities.form.owner'), type: 'text', value: (a) => a.owner },
    dealName && {
      header: t('activities.form.deal'),
      type: 'text',
      value: (a) => (a.opportunityId ? dealName(a.opportunityId) : null),
    },
    {
      header: t('activities.item.people'),
      type: 'text',
      value: (a) => a.personIds.map(nameOf).join(t('common.listSeparator')),
    },
    { header: t('activities.form.summary'), type: 'text', value: (a) => a.summary },
    { header: t('activities.form.promises'), type: 'text', value: (a) => a.promises },
    { header: t('activities.form.nextStep'), type: 'text', value: (a) => a.nextStep },
    { header: t('activities.form.nextDate'), type: 'date', value: (a) => a.nextDate },
  ]);
}
