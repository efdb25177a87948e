import { createContext, useContext } from 'react';
import type { Person } from '../../../../shared/schemas.ts';

/** What a card can ask the map to do; one stable object so that cards stay memoised. */
export type CardActions = {
  addReport: (person: Person) => void;
  addPeer: (person: Person) => void;
  startEdit: (personId: string) => void;
  cancelEdit: () => void;
  saveEdit: (
    person: Person,
    fields: { name: string; title: string; department: string; organization: string },
  ) => void;
  remove: (person: Person) => void;
  /** Draws an influence line from this person to the next card clicked (or Enter on). */
  startLink: (personId: string) => void;
  /** Opens the committee dialog for this person on the selected deal. */
  editCommittee: (person: Person) => void;
};

export const CardActionsContext = createContext<CardActions | null>(null);

export function useCardActions(): CardActions {
  const actions = useContext(CardActionsContext);
  if (!actions) throw new Error('useCardActions outside the map');
  return actions;
}
