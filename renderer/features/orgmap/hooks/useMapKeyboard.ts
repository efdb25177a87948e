import { useReactFlow } from '@xyflow/react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { Person } from '../../../../shared/schemas.ts';
import { isSaveEnter } from '../../../ui/isSaveEnter.ts';
import type { MapEdge, MapNode } from '../components/mapTypes.ts';
import { cardInDirection } from './cardPlaces.ts';
import { isTyping } from '../../../ui/isTyping.ts';
import type { FocusCard } from './useFocusCard.ts';
import type { InfluenceLink } from './useInfluenceLink.ts';

/**
 * The keys of a focused card (arrows go to the next card that way; Enter or F2 edits, Delete
 * removes; Enter ends a line being drawn, Esc gives it up) and of a focused influence line
 * (Enter or Space opens it). Caught before React Flow, whose arrows would nudge the card.
 */
export function useMapKeyboard(options: {
  peopleById: ReadonlyMap<string, Person>;
  focusCard: FocusCard;
  link: InfluenceLink;
  startEdit: (personId: string) => void;
  askRemove: (person: Person) => void;
  openEdge: (edgeId: string) => void;
}) {
  const { peopleById, focusCard, link, startEdit, askRemove, openEdge } = options;
  const flow = useReactFlow<MapNode, MapEdge>();

  return (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (isTyping(e.target) || !(e.target instanceof Element)) return;
    const nodeEl = e.target.closest<HTMLElement>('.react-flow__node-card');
    if (nodeEl && e.target === nodeEl) {
      const id = nodeEl.dataset.id ?? '';
      const person = peopleById.get(id);
      if (!person) return;
      if (e.key.startsWith('Arrow') && !e.altKey && !e.ctrlKey && !e.metaKey) {
        // Arrows go from card to card rather than nudging the card.
        e.preventDefault();
        e.stopPropagation();
        const next = cardInDirection(flow.getNodes(), id, e.key);
        if (next) focusCard(next);
      } else if (link.linkFrom && isSaveEnter(e)) {
        e.preventDefault();
        e.stopPropagation();
        link.finish(id);
      } else if (link.linkFrom && e.key === 'Escape') {
        e.preventDefault();
        link.cancel();
      } else if (isSaveEnter(e) || e.key === 'F2') {
        e.preventDefault();
        e.stopPropagation();
        startEdit(id);
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        e.stopPropagation();
        askRemove(person);
      }
      return;
    }
    const edgeEl = e.target.closest('.react-flow__edge');
    if (edgeEl && (isSaveEnter(e) || e.key === ' ')) {
      e.preventDefault();
      e.stopPropagation();
      openEdge(edgeEl.getAttribute('data-id') ?? '');
    }
  };
}
