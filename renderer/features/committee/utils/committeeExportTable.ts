import type { TFunction } from 'i18next';
import { exportTableOf, type ExportTable } from '../../../ui/exportTable.ts';
import type { MatrixColumns } from '../hooks/useMatrixRows.ts';
import type { MatrixColumnId, MatrixRow } from './matrixColumns.ts';

/**
 * A deal's buying committee as the matrix shows it (its search, filters and sort) for Export:
 * each column's label as on screen, the score a number and the last contact a date.
 */
export function committeeExportTable(
  rows: readonly MatrixRow[],
  t: TFunction,
  cols: MatrixColumns,
): ExportTable {
  const header = (id: MatrixColumnId) => t(`committee.matrix.columns.${id}`);
  const label = (id: MatrixColumnId) => ({
    header: header(id),
    type: 'text' as const,
    value: (row: MatrixRow) => cols.text(id, row),
  });
  return exportTableOf(rows, [
    // The matrix shows "name, title" in one cell: two columns here, to sort and filter by.
    { header: header('person'), type: 'text', value: (r) => r.person?.name ?? r.member.personId },
    { header: t('people.columns.title'), type: 'text', value: (r) => r.person?.title },
    label('level'),
    label('function'),
    label('roles'),
    label('attitude'),
    {
      header: header('attitudeScore'),
      type: 'integer',
      value: (r) => r.member.attitudeScore,
    },
    label('influence'),
    label('contact'),
    label('relationshipOwner'),
    { header: header('lastContactDate'), type: 'date', value: (r) => r.member.lastContactDate },
    label('concerns'),
  ]);
}
