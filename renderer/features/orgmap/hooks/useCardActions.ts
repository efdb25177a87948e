import { useMemo, type Dispatch, type SetStateAction } from 'react';
import type { MapEdits } from '../api/useMapEdits.ts';
import type { CardActions } from '../components/mapContext.ts';
import { personPatch } from './editPatches.ts';
import type { FocusCard } from './useFocusCard.ts';
import type { Refused } from './useRefused.ts';

/**
 * What a card's menu and editor ask of the map, as one stable object so that cards stay
 * memoised. An edit of the card's fields saves what changed and hands the focus back to the card.
 */
export function useCardActions(options: {
  edits: MapEdits;
  refused: Refused;
  focusCard: FocusCard;
  setEditingId: Dispatch<SetStateAction<string | null>>;
  addReport: CardActions['addReport'];
  addPeer: CardActions['addPeer'];
  remove: CardActions['remove'];
  startLink: CardActions['startLink'];
  editCommittee: CardActions['editCommittee'];
}): CardActions {
  const { edits, refused, focusCard, setEditingId } = options;
  const { addReport, addPeer, remove, startLink, editCommittee } = options;
  return useMemo(
    (): CardActions => ({
      addReport,
      addPeer,
      startEdit: (id) => setEditingId(id),
      cancelEdit: () => {
        setEditingId((id) => {
          if (id) requestAnimationFrame(() => focusCard(id));
          return null;
        });
      },
      saveEdit: (person, fields) => {
        const patch = personPatch(person, fields);
        if (Object.keys(patch).length === 0) {
          setEditingId(null);
          focusCard(person.id);
          return;
        }
        edits.editPerson(person, patch).then(
          () => {
            setEditingId(null);
            focusCard(person.id);
          },
          (error: unknown) => refused(error),
        );
      },
      remove,
      startLink,
      editCommittee,
    }),
    [edits, refused, focusCard, setEditingId, addReport, addPeer, remove, startLink, editCommittee],
  );
}
