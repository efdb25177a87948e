import { useCallback, useState } from 'react';
import type { InfluenceLine } from '../../../../shared/orgchart.ts';
import { useWrite } from '../../../data/write.ts';
import type { MapEdits } from '../api/useMapEdits.ts';
import { NEW_LINE, type LineValues } from '../components/LineDialog.tsx';
import { linePatch, lineValuesOf } from './editPatches.ts';

type LineDialogState =
  | { mode: 'create'; from: string; to: string; values: LineValues }
  | { mode: 'edit'; line: InfluenceLine; values: LineValues };

/** What the dialog's buttons ask: save its values, or delete the line. */
type LineChange =
  | { kind: 'save'; dialog: LineDialogState; values: LineValues }
  | { kind: 'delete'; line: InfluenceLine };

function applyLineChange(edits: MapEdits, change: LineChange): Promise<unknown> {
  if (change.kind === 'delete') return edits.deleteLine(change.line);
  const { dialog, values } = change;
  if (dialog.mode === 'create') {
    return edits.createLine({ fromPersonId: dialog.from, toPersonId: dialog.to, ...values });
  }
  const patch = linePatch(dialog.line, values);
  return patch ? edits.updateLine(dialog.line, patch) : Promise.resolve(dialog.line);
}

/**
 * The influence line dialog: drawing a new line between two people, or changing or deleting one.
 * The edit runs in the map's write queue; this mutation is the dialog's busy and error state.
 */
export function useLineDialog(edits: MapEdits, lines: readonly InfluenceLine[] | undefined) {
  const [dialog, setDialog] = useState<LineDialogState | null>(null);
  const { mutate, reset, isPending, error } = useWrite(
    (change: LineChange) => applyLineChange(edits, change),
    { onSuccess: () => setDialog(null) },
  );

  const openNew = useCallback(
    (from: string | null, to: string | null) => {
      if (!from || !to || from === to) return;
      reset();
      setDialog({ mode: 'create', from, to, values: NEW_LINE });
    },
    [reset],
  );
  /** Opens the line an influence edge (`i:<line id>`) draws. */
  const openEdge = useCallback(
    (edgeId: string) => {
      const line = lines?.find((l) => `i:${l.id}` === edgeId);
      if (!line) return;
      reset();
      setDialog({ mode: 'edit', line, values: lineValuesOf(line) });
    },
    [lines, reset],
  );

  return {
    dialog,
    /** The two people the line joins. */
    ends: !dialog
      ? null
      : dialog.mode === 'create'
        ? { from: dialog.from, to: dialog.to }
        : { from: dialog.line.fromPersonId, to: dialog.line.toPersonId },
    busy: isPending,
    error,
    openNew,
    openEdge,
    submit: (values: LineValues) => {
      if (dialog) mutate({ kind: 'save', dialog, values });
    },
    remove: () => {
      if (dialog?.mode === 'edit') mutate({ kind: 'delete', line: dialog.line });
    },
    close: () => setDialog(null),
  };
}

export type LineDialogControl = ReturnType<typeof useLineDialog>;
