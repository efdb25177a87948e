import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../ui/DataTable.module.css';
import type { GridContext, GridState } from '../../../ui/grid/gridKeys.ts';
import { ListEmptyState } from '../../../ui/ListEmptyState.tsx';
import type { MatrixCellHandlers } from '../hooks/useMatrixKeyboard.ts';
import type { MatrixColumns } from '../hooks/useMatrixRows.ts';
import { MATRIX_COLUMNS, type MatrixColumnId, type MatrixRow } from '../utils/matrixColumns.ts';
import { MatrixCell } from './MatrixCell.tsx';

type Props = {
  rows: MatrixRow[];
  cols: MatrixColumns;
  /** The active cell and the edit under way. */
  active: GridState;
  ctx: GridContext;
  handlers: MatrixCellHandlers;
  errorAt: (personId: string, column: MatrixColumnId) => string | undefined;
  listId: string;
  filtered: boolean;
  clearFilters: () => void;
  onOpenPerson: (personId: string) => void;
  onRemove: (row: MatrixRow) => void;
};

/** The matrix's rows of cells, or why there are none. */
export function MatrixBody({ rows, active, ctx, filtered, clearFilters, ...cell }: Props) {
  const { t } = useTranslation();
  if (rows.length === 0) {
    return (
      <tbody>
        <tr>
          <td colSpan={MATRIX_COLUMNS.length} className={tableClasses.empty}>
            <ListEmptyState
              filtered={filtered}
              icon={<IconUsersGroup size={28} stroke={1.4} />}
              emptyTitle={t('committee.matrix.emptyTitle')}
              emptyBody={t('committee.matrix.emptyBody')}
              noMatchTitle={t('committee.matrix.noMatchTitle')}
              noMatchBody={t('committee.matrix.noMatchBody')}
              onClearFilters={clearFilters}
            />
          </td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      {rows.map((row, r) => (
        <tr key={row.member.personId} role="row" aria-rowindex={r + 2}>
          {MATRIX_COLUMNS.map((column, c) => {
            const isActive = active.row === r && active.col === c;
            return (
              <MatrixCell
                key={column}
                row={row}
                rowIndex={r}
                colIndex={c}
                column={column}
                cols={cell.cols}
                active={isActive}
                editing={
                  isActive && active.editing
                    ? { state: active.editing, editor: ctx.editorAt(r, c) }
                    : null
                }
                error={cell.errorAt(row.member.personId, column)}
                listId={cell.listId}
                handlers={cell.handlers}
                onOpenPerson={cell.onOpenPerson}
                onRemove={cell.onRemove}
              />
            );
          })}
        </tr>
      ))}
    </tbody>
  );
}
