import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RpcError } from '../../../api/RpcError.ts';
import { useReload } from '../../../data/read.ts';
import { errorText } from '../../../ui/form/errorText.ts';
import { peopleQueries } from '../../people/index.ts';
import { committeeQueries } from '../api/committeeQueries.ts';
import { useSetPersonLevel, useUpsertMember } from '../api/useUpsertMember.ts';
import type { CellValue } from '../../../ui/grid/gridKeys.ts';
import type { MatrixColumnId, MatrixRow } from '../utils/matrixColumns.ts';
import type { MatrixColumns } from './useMatrixRows.ts';

const cellKey = (personId: string, column: MatrixColumnId) => `${personId}|${column}`;

/**
 * Saves one cell of the matrix at a time (each edit on its own) and keeps the refusal of each
 * cell, shown there until its next save.
 */
export function useCellSaves(opportunityId: string, accountId: string, cols: MatrixColumns) {
  const { t } = useTranslation();
  const reload = useReload();
  const upsert = useUpsertMember(opportunityId);
  const setLevel = useSetPersonLevel(opportunityId);
  const [errors, setErrors] = useState<Record<string, string>>({});

  async function save(row: MatrixRow, column: MatrixColumnId, value: CellValue) {
    const edit = cols.save(column, value);
    if (!edit) return;
    const key = cellKey(row.member.personId, column);
    setErrors(({ [key]: _, ...rest }) => rest);
    try {
      if (edit.target === 'member') {
        await upsert(row.member.personId, edit.patch, row.member.version);
      } else if (row.person) {
        await setLevel.mutateAsync({
          personId: row.person.id,
          version: row.person.version,
          level: edit.level,
        });
      }
    } catch (error) {
      setErrors((e) => ({ ...e, [key]: errorText(t, error) }));
      // A conflict means our copy is old: fetch the current one so the next edit can go through.
      if (error instanceof RpcError && error.code === 'conflict') {
        void reload(committeeQueries.members(opportunityId));
        void reload(peopleQueries.list(accountId));
      }
    }
  }

  return {
    save,
    errorAt: (personId: string, column: MatrixColumnId): string | undefined =>
      errors[cellKey(personId, column)],
  };
}
