import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../shared/schemas.ts';
import { useWrite } from '../../../data/write.ts';
import type { MapEdits } from '../api/useMapEdits.ts';
import type { Refused } from './useRefused.ts';
import { announceDone } from '../../../data/undoSteps.ts';

/**
 * Removing a person from the map, once confirmed. The edit runs in the map's write queue; this
 * mutation is the confirmation's busy state, and a refusal closes it with a notification.
 */
export function useRemovePerson(edits: MapEdits, refused: Refused) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<Person | null>(null);
  const { mutate, isPending } = useWrite((person: Person) => edits.removePerson(person), {
    onSuccess: (_, person) => {
      setRemoving(null);
      announceDone(t('orgmap.remove.done', { name: person.name }));
    },
    onError: (error) => {
      setRemoving(null);
      refused(error);
    },
  });

  return {
    removing,
    busy: isPending,
    ask: setRemoving,
    cancel: () => setRemoving(null),
    confirm: () => {
      if (removing) mutate(removing);
    },
  };
}

export type RemovePerson = ReturnType<typeof useRemovePerson>;
