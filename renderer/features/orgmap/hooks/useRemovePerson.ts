import { useState } from 'react';
import type { Person } from '../../../../shared/schemas.ts';
import { useWrite } from '../../../data/write.ts';
import type { MapEdits } from '../api/useMapEdits.ts';
import type { Refused } from './useRefused.ts';

/**
 * Removing a person from the map, once confirmed. The edit runs in the map's write queue; this
 * mutation is the confirmation's busy state, and a refusal closes it with a notification.
 */
export function useRemovePerson(edits: MapEdits, refused: Refused) {
  const [removing, setRemoving] = useState<Person | null>(null);
  const { mutate, isPending } = useWrite((person: Person) => edits.removePerson(person), {
    // The app's undo toast tells of it and offers Undo.
    onSuccess: () => setRemoving(null),
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
