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
 * The keys of a focused card (arrows go to the next card that way, Alt+Arrow moves the card;
 * Enter or F2 edits, Delete removes; Enter ends a line being drawn, Esc gives it up) and of a focused influence line
 * (Enter or Space opens it). Caught before React Flow, whose arrows would nudge the card.
 */
export function useMapKeyboard(options: {
  peopleById: ReadonlyMap<string, Person>;
  focusCard: FocusCard;
  link: InfluenceLink;
  startEdit: (personId: string) => void;
  askRemove: (person: Person) => void;
  openEdge: (edgeId: string) => void;
  /** Moves the card by keyboard; false for a key that does not move it. */
  moveCard: (personId: string, key: string, far: boolean) => boolean;
  /** Gives up keyboard moves not saved yet; false when there are none. */
  discardMoves: () => boolean;
}) {
  const { peopleById, focusCard, link, startEdit, askRemove, openEdge, moveCard, discardMoves } =
    options;
  const flow = useReactFlow<MapNode, MapEdge>();

  return (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (isTyping(e.target) || !(e.target instanceof Element)) return;
    // Ctrl+Z right after Alt+Arrow, before the move is saved: the move is taken back here, and
    // the app's undo (of the step before it) is not run.
    const undoKey =
      (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z';
    if (undoKey && discardMoves()) {
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    const toolbar = e.target.closest<HTMLElement>('[data-card-toolbar]');
    if (toolbar) {
      leaveToolbar(e, toolbar, focusCard);
      return;
    }
    const nodeEl = e.target.closest<HTMLElement>('.react-flow__node-card');
    if (nodeEl && e.target === nodeEl) {
      const id = nodeEl.dataset.id ?? '';
      const person = peopleById.get(id);
      if (!person) return;
      if (e.key.startsWith('Arrow') && e.altKey && !e.ctrlKey && !e.metaKey) {
        if (moveCard(id, e.key, e.shiftKey)) {
          e.preventDefault();
          e.stopPropagation();
        }
      } else if (e.key.startsWith('Arrow') && !e.altKey && !e.ctrlKey && !e.metaKey) {
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
      } else if (e.key === 'Tab' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
        // Into the card's own toolbar first (shown once the card is selected), then on.
        if (enterToolbar(e.currentTarget, id, focusCard)) e.preventDefault();
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

const toolbarButtons = (root: ParentNode, personId: string) => [
  ...root.querySelectorAll<HTMLElement>(
    `[data-card-toolbar="${CSS.escape(personId)}"] button:not(:disabled)`,
  ),
];

/** Tab on a card: selects it (its toolbar shows) and focuses the toolbar's first button. */
function enterToolbar(root: HTMLElement, personId: string, focusCard: FocusCard): boolean {
  // Zoomed far out or editing, a card shows no toolbar: Tab goes on as usual.
  const card = root.querySelector<HTMLElement>(
    `.react-flow__node-card[data-id="${CSS.escape(personId)}"]`,
  );
  if (!card || card.querySelector('input')) return false;
  focusCard(personId);
  // After focusCard's own focus, in the frame it runs in; the toolbar may take a render to show.
  const tryButton = (attempt: number) => {
    const first = toolbarButtons(root, personId)[0];
    if (first) first.focus();
    else if (attempt < 10) setTimeout(() => tryButton(attempt + 1), 25);
  };
  requestAnimationFrame(() => tryButton(0));
  return true;
}

/**
 * Keys in a card's toolbar: Esc or Shift+Tab on its first button go back to the card; Tab on its
 * last goes to the next card, as Tab from the card would have without the toolbar.
 */
function leaveToolbar(
  e: ReactKeyboardEvent<HTMLDivElement>,
  toolbar: HTMLElement,
  focusCard: FocusCard,
): void {
  const personId = toolbar.dataset.cardToolbar ?? '';
  const buttons = toolbarButtons(toolbar.parentElement ?? toolbar, personId);
  const at = buttons.indexOf(e.target as HTMLElement);
  const back = e.key === 'Escape' || (e.key === 'Tab' && e.shiftKey && at === 0);
  if (back) {
    e.preventDefault();
    e.stopPropagation();
    focusCard(personId);
    return;
  }
  if (e.key !== 'Tab' || e.shiftKey || at !== buttons.length - 1) return;
  const cards = [...e.currentTarget.querySelectorAll<HTMLElement>('.react-flow__node-card')];
  const next = cards[cards.findIndex((c) => c.dataset.id === personId) + 1];
  if (!next?.dataset.id) return;
  e.preventDefault();
  focusCard(next.dataset.id);
}
