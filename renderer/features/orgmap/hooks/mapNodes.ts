import type { MapCommitteeMember } from '../../../../shared/orgchart.ts';
import type { Person } from '../../../../shared/schemas.ts';
import type { CardData, CardNode, GroupNode, MapNode } from '../components/mapTypes.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../drawing/geometry.ts';
import type { LayoutResult } from '../model.ts';

export type CardInputs = {
  layout: LayoutResult;
  peopleById: ReadonlyMap<string, Person>;
  members: ReadonlyMap<string, MapCommitteeMember>;
  roleLabel: (code: string) => string;
  dealSelected: boolean;
  editingId: string | null;
};

/**
 * The map's nodes: department groups (outermost first, behind everything) and one card per laid
 * out person. `cache` holds each person's card data from the last call and is replaced by this
 * call's: data of a person whose card shows nothing new is reused, so memoised cards do not
 * re-render when another card does.
 */
export function mapNodes(
  { layout, peopleById, members, roleLabel, dealSelected, editingId }: CardInputs,
  cache: Map<string, CardData>,
): MapNode[] {
  const next = new Map<string, CardData>();
  const groups: GroupNode[] = [...layout.groups]
    .sort((a, b) => a.depth - b.depth)
    .map((g) => ({
      id: `g:${g.key}`,
      type: 'mapGroup',
      position: { x: g.x, y: g.y },
      data: { group: g },
      width: g.width,
      height: g.height,
      draggable: false,
      selectable: false,
      focusable: false,
      connectable: false,
      zIndex: -100 + g.depth,
      ariaRole: 'presentation',
    }));
  const cards: CardNode[] = [];
  for (const c of layout.cards) {
    const person = peopleById.get(c.personId);
    if (!person) continue;
    const member = members.get(person.id) ?? null;
    const roleLabels = member ? member.roles.map(roleLabel) : [];
    const editing = editingId === person.id;
    const dimmed = dealSelected && !member;
    const old = cache.get(person.id);
    const data: CardData =
      old &&
      samePerson(old.person, person) &&
      sameMember(old.member, member) &&
      old.dimmed === dimmed &&
      old.editing === editing &&
      old.attach === c.attach &&
      old.roleLabels.join('\u0000') === roleLabels.join('\u0000')
        ? old
        : { person, member, roleLabels, dimmed, editing, attach: c.attach };
    next.set(person.id, data);
    cards.push({
      id: person.id,
      type: 'card',
      position: { x: c.x, y: c.y },
      data,
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      ariaLabel: person.name,
      domAttributes: { 'aria-keyshortcuts': 'Enter Delete' },
    });
  }
  cache.clear();
  for (const [id, data] of next) cache.set(id, data);
  return [...groups, ...cards];
}

// Refetched data are new objects: compare what a card shows, so unchanged cards keep their data.
function samePerson(a: Person, b: Person): boolean {
  return a === b || (a.id === b.id && a.version === b.version && a.updatedAt === b.updatedAt);
}

function sameMember(a: MapCommitteeMember | null, b: MapCommitteeMember | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.attitude === b.attitude &&
    a.contact === b.contact &&
    a.influence === b.influence &&
    a.roles.join('\u0000') === b.roles.join('\u0000')
  );
}
