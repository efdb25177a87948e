import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../ui/ConfirmDialog.tsx';
import { errorText } from '../../../ui/form/errorText.ts';
import { useRemoveMember } from '../api/useRemoveMember.ts';
import type { MatrixRow } from '../utils/matrixColumns.ts';
import { announceDone } from '../../../data/undoSteps.ts';

type Props = {
  opportunityId: string;
  /** The member to remove, asked about; null when nothing is asked. */
  removing: MatrixRow | null;
  name: string;
  /** The question is answered; `refocus` when the keyboard goes back to the matrix (not after
   * a failure, whose notice is to be read). */
  onClose: (refocus: boolean) => void;
};

/** Asks before taking a member off the committee; says in a notice that they went, or why not. */
export function RemoveMemberDialog({ opportunityId, removing, name, onClose }: Props) {
  const { t } = useTranslation();
  const remove = useRemoveMember(opportunityId);
  return (
    <ConfirmDialog
      opened={removing !== null}
      title={t('committee.matrix.removeTitle')}
      body={t('committee.matrix.removeBody', { name })}
      confirmLabel={t('committee.matrix.removeConfirm')}
      color="red"
      busy={remove.isPending}
      onCancel={() => onClose(true)}
      onConfirm={() => {
        if (!removing) return;
        remove.mutate(removing.member.personId, {
          onSuccess: () => {
            announceDone(t('committee.matrix.removedNotice', { name }));
            onClose(true);
          },
          onError: (error) => {
            onClose(false);
            notifications.show({ color: 'red', message: errorText(t, error) });
          },
        });
      }}
    />
  );
}
