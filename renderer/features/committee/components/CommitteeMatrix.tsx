import { Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuyingRole, CommitteeMember } from '../../../../shared/committee.ts';
import type { Person } from '../../../../shared/schemas.ts';
import tableClasses from '../../../ui/DataTable.module.css';
import { useCellSaves } from '../hooks/useCellSaves.ts';
import { useMatrixKeyboard } from '../hooks/useMatrixKeyboard.ts';
import type { FocusRequest } from '../hooks/useMatrixFocus.ts';
import { useMatrixRows } from '../hooks/useMatrixRows.ts';
import { committeeExportTable } from '../utils/committeeExportTable.ts';
import { COLUMN_WIDTHS, MATRIX_COLUMNS, type MatrixRow } from '../utils/matrixColumns.ts';
import classes from './CommitteeMatrix.module.css';
import { MatrixBody } from './MatrixBody.tsx';
import { MatrixHeader } from './MatrixHeader.tsx';
import { MatrixToolbar } from './MatrixToolbar.tsx';
import { RemoveMemberDialog } from './RemoveMemberDialog.tsx';

type Props = {
  opportunityId: string;
  /** The deal's name, for the exported file's. */
  dealName: string;
  accountId: string;
  members: CommitteeMember[];
  /** The account's people. */
  people: Person[];
  roles: BuyingRole[];
  onOpenPerson: (personId: string) => void;
  focusRequest: FocusRequest | null;
};

/**
 * The buying committee as a spreadsheet: one row per member, every cell edited in place from the
 * keyboard (see ui/grid/gridKeys.ts), each edit saved on its own. Committees are tens of people,
 * so rows are not virtualised: every row stays in the accessibility tree.
 */
export function CommitteeMatrix(props: Props) {
  const { opportunityId, accountId, members, people, onOpenPerson } = props;
  const { t } = useTranslation();
  const listId = useId();
  const { cols, table, all, rows, filters, filtered, clearFilters } = useMatrixRows(props);
  const saves = useCellSaves(opportunityId, accountId, cols);
  const [removing, setRemoving] = useState<MatrixRow | null>(null);
  const { tableRef, grid, active, ctx, onKeyDown, cell, focusRow, focusActiveCell } =
    useMatrixKeyboard({
      rows,
      all,
      cols,
      filtered,
      clearFilters,
      focusRequest: props.focusRequest,
      onCommit: (row, column, value) => void saves.save(row, column, value),
      onOpenPerson,
      onRemove: setRemoving,
    });

  return (
    <Stack gap="xs" flex={1} mih={0}>
      <MatrixToolbar
        opportunityId={opportunityId}
        accountId={accountId}
        members={members}
        people={people}
        filters={filters}
        count={rows.length}
        onAdded={(personId) => focusRow(personId, 'roles')}
        exportName={t('exportList.names.committee', { deal: props.dealName })}
        exportTable={() => committeeExportTable(rows, t, cols)}
      />

      <div
        className={tableClasses.scroller}
        // Room for an open option list under the last rows.
        style={{ flex: '0 1 auto', minHeight: 0, paddingBottom: grid.editing ? 280 : 0 }}
      >
        <table
          ref={tableRef}
          role="grid"
          aria-label={t('committee.matrix.label')}
          aria-rowcount={rows.length + 1}
          aria-colcount={MATRIX_COLUMNS.length}
          className={`${tableClasses.table} ${classes.grid}`}
          style={{ minWidth: table.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          <colgroup>
            {MATRIX_COLUMNS.map((id) => (
              <col key={id} style={{ width: COLUMN_WIDTHS[id] }} />
            ))}
          </colgroup>
          <MatrixHeader table={table} />
          <MatrixBody
            rows={rows}
            cols={cols}
            active={active}
            ctx={ctx}
            handlers={cell}
            errorAt={saves.errorAt}
            listId={listId}
            filtered={filtered}
            clearFilters={clearFilters}
            onOpenPerson={onOpenPerson}
            onRemove={setRemoving}
          />
        </table>
      </div>
      <Text size="xs" c="dimmed">
        {t('committee.matrix.keyboardHint')}
      </Text>

      <RemoveMemberDialog
        opportunityId={opportunityId}
        removing={removing}
        name={removing ? String(cols.value('person', removing)) : ''}
        onClose={(refocus) => {
          setRemoving(null);
          if (refocus) focusActiveCell();
        }}
      />
    </Stack>
  );
}
