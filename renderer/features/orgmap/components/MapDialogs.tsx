import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas.ts';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import type { CommitteeEditControl } from '../hooks/useCommitteeEdit.ts';
import type { LineDialogControl } from '../hooks/useLineDialog.ts';
import type { QuickAdd } from '../hooks/useQuickAdd.ts';
import type { RemovePerson } from '../hooks/useRemovePerson.ts';
import { CommitteeDialog } from './CommitteeDialog.tsx';
import { LineDialog, NEW_LINE } from './LineDialog.tsx';
import { QuickAddDialog } from './QuickAddDialog.tsx';

/** The map's dialogs: adding a person, an influence line, a committee entry, removing a person. */
export function MapDialogs({
  people,
  peopleById,
  quickAdd,
  line,
  committee,
  removal,
}: {
  people: readonly Person[];
  peopleById: ReadonlyMap<string, Person>;
  quickAdd: QuickAdd;
  line: LineDialogControl;
  committee: CommitteeEditControl;
  removal: RemovePerson;
}) {
  const { t } = useTranslation();
  const failure = (error: unknown) => (error ? errorText(t, error) : null);
  const nameOf = (id: string | undefined) => (id ? (peopleById.get(id)?.name ?? '') : '');
  const { removing } = removal;
  return (
    <>
      <QuickAddDialog
        request={quickAdd.request}
        busy={quickAdd.busy}
        error={failure(quickAdd.error)}
        onSubmit={quickAdd.submit}
        onClose={quickAdd.close}
      />
      <LineDialog
        opened={line.dialog !== null}
        mode={line.dialog?.mode ?? 'create'}
        fromName={nameOf(line.ends?.from)}
        toName={nameOf(line.ends?.to)}
        initial={line.dialog?.values ?? NEW_LINE}
        busy={line.busy}
        error={failure(line.error)}
        onSubmit={line.submit}
        onDelete={line.remove}
        onClose={line.close}
      />
      <CommitteeDialog
        opened={committee.editing !== null}
        personName={committee.editing?.person.name ?? ''}
        roleOptions={committee.roleOptions}
        initial={committee.initial}
        busy={committee.busy}
        error={failure(committee.error)}
        onSubmit={committee.submit}
        onClose={committee.close}
      />
      <ConfirmDialog
        opened={removing !== null}
        title={t('orgmap.remove.title', { name: removing?.name ?? '' })}
        body={t(
          removing && people.some((p) => p.managerId === removing.id)
            ? 'orgmap.remove.body'
            : 'orgmap.remove.bodyNoReports',
          { name: removing?.name ?? '' },
        )}
        confirmLabel={t('orgmap.remove.confirm')}
        color="red"
        busy={removal.busy}
        onCancel={removal.cancel}
        onConfirm={removal.confirm}
      />
    </>
  );
}
