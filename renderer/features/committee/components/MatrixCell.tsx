import { ActionIcon } from '@mantine/core';
import { IconId, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { shownOptions, type CellEditor, type Editing } from '../../../ui/grid/gridKeys.ts';
import { useFormatters } from '../../../ui/useFormatters.ts';
import type { MatrixCellHandlers } from '../hooks/useMatrixKeyboard.ts';
import type { MatrixColumns } from '../hooks/useMatrixRows.ts';
import type { MatrixColumnId, MatrixRow } from '../utils/matrixColumns.ts';
import classes from './CommitteeMatrix.module.css';
import { MatrixCellEditor } from './MatrixCellEditor.tsx';
import { MatrixCellView } from './MatrixCellView.tsx';

type Props = {
  row: MatrixRow;
  rowIndex: number;
  colIndex: number;
  column: MatrixColumnId;
  cols: MatrixColumns;
  /** The cell has the keyboard (one cell of the grid is in the tab order). */
  active: boolean;
  /** The edit under way in this cell, and how the cell is edited. */
  editing: { state: Editing; editor: CellEditor } | null;
  error: string | undefined;
  /** Prefix of the ids of the cell's option list and error. */
  listId: string;
  handlers: MatrixCellHandlers;
  onOpenPerson: (personId: string) => void;
  onRemove: (row: MatrixRow) => void;
};

/** One cell of the matrix: its value, or its editor while edited, and its refusal if any. */
export function MatrixCell(props: Props) {
  const { row, rowIndex: r, colIndex: c, column, active, editing, error, handlers } = props;
  const { t } = useTranslation();
  const fmt = useFormatters();
  const header = t(`committee.matrix.columns.${column}`);
  const shown =
    column === 'lastContactDate'
      ? fmt.date(row.member.lastContactDate)
      : props.cols.text(column, row);
  const errorId = `${props.listId}-error-${r}-${c}`;
  return (
    <td
      role="gridcell"
      data-row={r}
      data-col={c}
      tabIndex={active ? 0 : -1}
      // The person cell is named by what it shows (name, title, its two actions): a label of its
      // own would leave the actions' names out (axe-core: label-content-name-mismatch).
      aria-label={
        // While edited, the input inside names the cell (its label and typed text).
        column === 'person' || editing
          ? undefined
          : t('common.labelled', { label: header, value: shown || t('committee.matrix.notSet') })
      }
      aria-describedby={error ? errorId : undefined}
      className={[
        classes.cell,
        active ? classes.active : '',
        editing ? classes.editing : '',
        error ? classes.errorCell : '',
        column === 'person' ? classes.personCell : '',
      ].join(' ')}
      onMouseDown={() => handlers.mouseDown(r, c)}
      onDoubleClick={() => handlers.doubleClick(r, c)}
    >
      {editing ? (
        <MatrixCellEditor
          {...editing.state}
          listId={`${props.listId}-list`}
          label={header}
          shown={
            'options' in editing.editor ? shownOptions(editing.editor, editing.state.query) : null
          }
          multi={editing.editor.kind === 'multi'}
          placeholder={
            column === 'lastContactDate' ? t('committee.matrix.datePlaceholder') : undefined
          }
          emptyText={t('committee.matrix.noMatches')}
          onQuery={handlers.typed}
          onPick={handlers.picked}
          onBlur={() => handlers.blur(r, c)}
        />
      ) : (
        <MatrixCellView column={column} row={row} text={shown} />
      )}
      {column === 'person' && !editing && (
        <RowActions
          name={String(props.cols.value('person', row))}
          onOpen={() => props.onOpenPerson(row.member.personId)}
          onRemove={() => props.onRemove(row)}
        />
      )}
      {error && (
        <div id={errorId} role="alert" className={classes.error}>
          {error}
        </div>
      )}
    </td>
  );
}

/** Opening and removing a member, shown on the person's cell; the keyboard has Shift+Enter and Delete. */
function RowActions({
  name,
  onOpen,
  onRemove,
}: {
  name: string;
  onOpen: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <span className={classes.rowActions}>
      <ActionIcon
        size="sm"
        variant="subtle"
        tabIndex={-1}
        title={t('committee.matrix.openPerson', { name })}
        aria-label={t('committee.matrix.openPerson', { name })}
        onClick={onOpen}
      >
        <IconId size={15} />
      </ActionIcon>

      <ActionIcon
        size="sm"
        variant="subtle"
        color="red"
        tabIndex={-1}
        aria-label={t('committee.matrix.remove', { name })}
        onClick={onRemove}
      >
        <IconTrash size={15} />
      </ActionIcon>
    </span>
  );
}
