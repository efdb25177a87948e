import type { TFunction } from 'i18next';
import type { Person } from '../../../../shared/schemas.ts';
import { exportTableOf, type ExportTable } from '../../../ui/exportTable.ts';

/**
 * The people of an account as shown (rows in their shown order) for Export; `everyone` names
 * managers who are filtered out of the rows.
 */
export function peopleExportTable(
  rows: readonly Person[],
  everyone: readonly Person[],
  t: TFunction,
): ExportTable {
  const names = new Map(everyone.map((p) => [p.id, p.name]));
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  // People outside the customer show their own organisation where a department would be.
  const department = (p: Person) =>
    p.external
      ? p.organization
        ? t('common.withNote', { text: t('people.fields.external'), note: p.organization })
        : t('people.fields.external')
      : p.department;
  return exportTableOf(rows, [
    { header: t('people.columns.name'), type: 'text', value: (p) => p.name },
    { header: t('people.columns.title'), type: 'text', value: (p) => p.title },
    { header: t('people.columns.department'), type: 'text', value: department },
    {
      header: t('people.columns.level'),
      type: 'text',
      value: (p) => (p.level ? t(`enums.level.${p.level}`) : null),
    },
    { header: t('people.columns.reportsTo'), type: 'text', value: (p) => nameOf(p.managerId) },
    {
      header: t('people.columns.dottedLine'),
      type: 'text',
      value: (p) => nameOf(p.secondManagerId),
    },
    { header: t('people.columns.phone'), type: 'text', value: (p) => p.phone },
    { header: t('people.columns.email'), type: 'text', value: (p) => p.email },
  ]);
}
