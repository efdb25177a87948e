import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuyingRole, CommitteeMember } from '../../../../shared/committee.ts';
import type { Person } from '../../../../shared/schemas.ts';
import { useReload } from '../../../data/read.ts';
import { useWrite } from '../../../data/write.ts';
import { committeeQueries } from '../../committee/index.ts';
import type { MapEdits } from '../api/useMapEdits.ts';
import type { CommitteeValues } from '../components/CommitteeDialog.tsx';
import { committeeInitial, committeeRoleOptions, memberFields } from './editPatches.ts';
import type { FocusCard } from './useFocusCard.ts';
import type { Refused } from './useRefused.ts';

/** Whose committee entry the dialog edits, and that entry as the store had it when it opened. */
type CommitteeEdit = { person: Person; opportunityId: string; before: CommitteeMember | null };

/**
 * The committee dialog of a card on the selected deal. It opens with the member's entry fresh
 * from the store; the edit runs in the map's write queue, this mutation being the dialog's busy
 * and error state. Closing it gives the focus back to the card.
 */
export function useCommitteeEdit(options: {
  edits: MapEdits;
  opportunityId: string | null;
  roles: readonly BuyingRole[] | undefined;
  roleLabel: (code: string) => string;
  focusCard: FocusCard;
  refused: Refused;
}) {
  const { edits, opportunityId, roles, roleLabel, focusCard, refused } = options;
  const { t } = useTranslation();
  const reloadQuery = useReload();
  const [editing, setEditing] = useState<CommitteeEdit | null>(null);
  const { mutate, reset, isPending, error } = useWrite(
    ({ edit, values }: { edit: CommitteeEdit; values: CommitteeValues }) =>
      edits.setMember(edit.opportunityId, edit.person.id, edit.before, memberFields(values)),
    {
      onSuccess: (_, { edit }) => {
        setEditing(null);
        focusCard(edit.person.id);
      },
    },
  );

  const open = useCallback(
    (person: Person) => {
      if (!opportunityId) return;
      reloadQuery(committeeQueries.members(opportunityId)).then(
        ({ members }) => {
          reset();
          setEditing({
            person,
            opportunityId,
            before: members.find((m) => m.personId === person.id) ?? null,
          });
        },
        (e: unknown) => refused(e, t('errors.loadTitle')),
      );
    },
    [opportunityId, reloadQuery, reset, refused, t],
  );

  const initial = useMemo(() => committeeInitial(editing?.before), [editing]);
  const roleOptions = useMemo(
    () => committeeRoleOptions(roles ?? [], editing?.before?.roles ?? [], roleLabel),
    [roles, roleLabel, editing],
  );

  return {
    editing,
    initial,
    roleOptions,
    busy: isPending,
    error,
    open,
    submit: (values: CommitteeValues) => {
      if (!editing) return;
      // Not a member and not made one: nothing to save.
      if (!values.member && !editing.before) setEditing(null);
      else mutate({ edit: editing, values });
    },
    close: () => {
      const id = editing?.person.id;
      setEditing(null);
      if (id) requestAnimationFrame(() => focusCard(id));
    },
  };
}

export type CommitteeEditControl = ReturnType<typeof useCommitteeEdit>;
