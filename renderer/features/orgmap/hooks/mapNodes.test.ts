import { describe, expect, it } from 'vitest';
import type { CardData, CardNode } from '../components/mapTypes.ts';
import { testChart, testMember } from '../drawing/testChart.ts';
import type { LayoutResult } from '../model.ts';
import { mapNodes, type CardInputs } from './mapNodes.ts';

const box = { width: 100, height: 50 };
const layout: LayoutResult = {
  cards: [
    { personId: 'ceo', x: 0, y: 0, ...box, attach: 'top', manual: false },
    { personId: 'eng', x: 0, y: 100, ...box, attach: 'left', manual: false },
    { personId: 'gone', x: 0, y: 200, ...box, attach: 'top', manual: false },
  ],
  groups: [
    { key: 'inner', label: 'R&D', kind: 'department', depth: 1, x: 0, y: 90, ...box },
    { key: 'outer', label: 'HQ', kind: 'department', depth: 0, x: 0, y: 0, ...box },
  ],
  bounds: { x: 0, y: 0, width: 100, height: 250 },
};

function inputs(withCommittee: boolean, fields: Partial<CardInputs> = {}): CardInputs {
  const chart = testChart(withCommittee);
  return {
    layout,
    peopleById: new Map(chart.people.map((p) => [p.id, p])),
    members: new Map((chart.committee?.members ?? []).map((m) => [m.personId, m])),
    roleLabel: (code) => `role:${code}`,
    dealSelected: withCommittee,
    editingId: null,
    ...fields,
  };
}

const cards = (nodes: ReturnType<typeof mapNodes>) =>
  nodes.filter((n): n is CardNode => n.type === 'card');

describe('mapNodes', () => {
  it('puts groups first, outermost behind, then a card per laid out person on the chart', () => {
    const nodes = mapNodes(inputs(false), new Map());
    expect(nodes.map((n) => n.id)).toEqual(['g:outer', 'g:inner', 'ceo', 'eng']);
    expect(nodes[0]).toMatchObject({ zIndex: -100, draggable: false, selectable: false });
    expect(cards(nodes)[1]).toMatchObject({
      position: { x: 0, y: 100 },
      ariaLabel: '张工',
      data: { attach: 'left', dimmed: false, member: null, editing: false },
    });
  });

  it('dims people off the deal committee and names the members’ roles', () => {
    const chart = testChart(true);
    const people = new Map(chart.people.map((p) => [p.id, p]));
    const members = new Map([['eng', testMember('eng', { roles: ['user', 'evaluator'] })]]);
    const [ceo, eng] = cards(
      mapNodes(inputs(true, { peopleById: people, members, editingId: 'eng' }), new Map()),
    );
    expect(ceo!.data).toMatchObject({ dimmed: true, roleLabels: [] });
    expect(eng!.data).toMatchObject({
      dimmed: false,
      editing: true,
      roleLabels: ['role:user', 'role:evaluator'],
    });
  });

  it('keeps the data of cards that show nothing new, so memoised cards skip a render', () => {
    const cache = new Map<string, CardData>();
    const first = cards(mapNodes(inputs(true), cache));
    // A refetch: equal people and members, new objects.
    const again = cards(mapNodes(inputs(true, { editingId: 'ceo' }), cache));
    expect(again[1]!.data).toBe(first[1]!.data);
    expect(again[0]!.data).not.toBe(first[0]!.data);
    expect(again[0]!.data.editing).toBe(true);
    expect([...cache.keys()]).toEqual(['ceo', 'eng']);
  });
});
