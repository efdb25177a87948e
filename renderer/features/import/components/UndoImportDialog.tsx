import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../../../shared/imports.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { useUndoImport } from '../api/importApi.ts';

type Props = {
  /** The import to undo; null keeps the dialog closed. */
  target: ImportSummary | null;
  onClose: () => void;
  onUndone: (summary: ImportSummary) => void;
};

/** Asks before undoing an import; the refusal (a record changed since) is said here. */
export function UndoImportDialog({ target, onClose, onUndone }: Props) {
  const { t } = useTranslation();
  const undo = useUndoImport({
    onSuccess: (summary) => {
      onUndone(summary);
      onClose();
    },
  });
  const close = () => {
    undo.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      opened={target !== null}
      title={t('imports.undo.title', { name: target?.name ?? '' })}
      body={t('imports.undo.body')}
      confirmLabel={t('imports.undo.confirm')}
      color="red"
      busy={undo.isPending}
      onConfirm={() => target && undo.mutate(target)}
      onCancel={close}
    >
      {undo.isError && (
        <Alert color="red" role="alert" mt="md">
          {errorText(t, undo.error)}
        </Alert>
      )}
    </ConfirmDialog>
  );
}
