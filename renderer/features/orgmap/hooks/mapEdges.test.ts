import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { LineStyleKey } from '../drawing/geometry.ts';
import { testChart, testPerson } from '../drawing/testChart.ts';
import { mapEdges } from './mapEdges.ts';

const t = ((key: string, values?: Record<string, string>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;
const chart = testChart(false);
const peopleById = new Map(chart.people.map((p) => [p.id, p]));
const everyone = new Set(chart.people.map((p) => p.id));
const ids = (hidden: LineStyleKey[] = [], onMap: ReadonlySet<string> = everyone) =>
  mapEdges(chart, onMap, peopleById, new Set(hidden), t).map((e) => e.id);

describe('mapEdges', () => {
  it('draws reporting, dotted and influence lines between cards on the map', () => {
    expect(ids()).toEqual(['r:cto', 'r:eng', 'd:eng', 'r:buyer', 'i:l1', 'i:l2', 'i:l3', 'i:l4']);
  });

  it('leaves out the styles switched off and lines to people not laid out', () => {
    expect(ids(['reporting', 'personal'])).toEqual(['d:eng', 'i:l1', 'i:l3', 'i:l4']);
    expect(ids(['dotted'], new Set(['ceo', 'cto', 'eng']))).toEqual(['r:cto', 'r:eng', 'i:l4']);
  });

  it('draws no reporting line to an external manager nor a dotted one doubling the manager', () => {
    const odd = {
      ...chart,
      people: [
        testPerson('ext', { external: true }),
        testPerson('a', { managerId: 'ext', secondManagerId: 'b' }),
        testPerson('b'),
        testPerson('c', { managerId: 'b', secondManagerId: 'b' }),
      ],
      lines: [],
    };
    const byId = new Map(odd.people.map((p) => [p.id, p]));
    const edges = mapEdges(odd, new Set(byId.keys()), byId, new Set(), t);
    expect(edges.map((e) => e.id)).toEqual(['d:a', 'r:c']);
  });

  it('labels influence lines by kind and direction for screen readers', () => {
    const edges = mapEdges(chart, everyone, peopleById, new Set(), t);
    const mutual = edges.find((e) => e.id === 'i:l2')!;
    expect(mutual).toMatchObject({ type: 'influence', ariaRole: 'button', zIndex: 1 });
    expect(mutual.ariaLabel).toContain('orgmap.line.ariaLabelMutual');
    expect(mutual.ariaLabel).toContain('"from":"张工"');
  });
});
