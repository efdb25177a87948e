import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { Table } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../ui/DataTable.module.css';
import type { MatrixColumnId, MatrixRow } from '../utils/matrixColumns.ts';

/** The matrix's column headers; a click sorts by the column (the keyboard stays in the cells). */
export function MatrixHeader({ table }: { table: Table<MatrixRow> }) {
  const { t } = useTranslation();
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} role="row" aria-rowindex={1}>
          {group.headers.map((header) => {
            const sorted = header.column.getIsSorted();
            return (
              <th
                key={header.id}
                role="columnheader"
                scope="col"
                className={tableClasses.th}
                aria-sort={
                  sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
                }
              >
                <button
                  type="button"
                  className={tableClasses.sortButton}
                  style={{ background: 'none', border: 0 }}
                  onClick={header.column.getToggleSortingHandler()}
                  tabIndex={-1}
                >
                  <span className={tableClasses.headerText}>
                    {t(`committee.matrix.columns.${header.column.id as MatrixColumnId}`)}
                  </span>
                  {sorted === 'asc' ? (
                    <IconArrowUp size={14} aria-hidden />
                  ) : sorted === 'desc' ? (
                    <IconArrowDown size={14} aria-hidden />
                  ) : (
                    <IconArrowsSort size={14} aria-hidden className={tableClasses.idleIcon} />
                  )}
                </button>
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
}
