import type { TFunction } from 'i18next';
import type { Comparison, VendorKey } from '../../../../shared/competition.ts';
import { exportTableOf, type ExportField, type ExportTable } from '../../../ui/exportTable.ts';
import { scoreOf } from '../hooks/useCriterionCommit.ts';

type Row = Comparison['criteria'][number];

/**
 * A deal's criteria comparison as the grid shows it (criteria in their order) for Export: each
 * vendor's score a number, and the note behind its button in the column beside.
 */
export function criteriaExportTable(comparison: Comparison, t: TFunction): ExportTable {
  const vendorLabel = (vendor: VendorKey) =>
    vendor === 'us'
      ? t('competition.criteria.us')
      : (comparison.vendors.find((v) => v.vendor === vendor)?.name ?? vendor);
  const vendorFields = comparison.vendors.flatMap(({ vendor }): ExportField<Row>[] => [
    {
      header:
        vendor === 'us'
          ? t('competition.criteria.ourScore')
          : t('competition.criteria.scoreOf', { vendor: vendorLabel(vendor) }),
      type: 'integer',
      value: (c) => scoreOf(c, vendor).score,
    },
    {
      header: t('exportList.columns.noteOf', { vendor: vendorLabel(vendor) }),
      type: 'text',
      value: (c) => scoreOf(c, vendor).note,
    },
  ]);
  return exportTableOf(comparison.criteria, [
    { header: t('competition.criteria.name'), type: 'text', value: (c) => c.name },
    {
      header: t('competition.criteria.area'),
      type: 'text',
      value: (c) => (c.area ? t(`enums.criteriaArea.${c.area}`) : null),
    },
    { header: t('competition.criteria.weight'), type: 'number', value: (c) => c.weight },
    { header: t('competition.criteria.share'), type: 'percent', value: (c) => c.weightPercent },
    ...vendorFields,
  ]);
}
