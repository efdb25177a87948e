import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { layoutInputOf } from '../layout/layoutInput.ts';
import { layoutOrgChart } from '../layout/layout.ts';
import { testChart } from './testChart.ts';
import { toDrawing, type DrawingOptions } from './toDrawing.ts';

const elk = new ELK();
const options = (hidden: DrawingOptions['hiddenKinds'] = new Set()): DrawingOptions => ({
  title: 'Map',
  subtitle: '2026-01-01',
  hiddenKinds: hidden,
  legend: [{ type: 'line', label: 'Reporting line', style: 'reporting' }],
  describe: (member) => [member.roles.join(' · '), member.attitude],
});

async function draw(withCommittee: boolean, hidden?: DrawingOptions['hiddenKinds']) {
  const chart = testChart(withCommittee);
  const layout = await layoutOrgChart(layoutInputOf(chart), elk);
  return { layout, drawing: toDrawing(chart, layout, options(hidden)) };
}

describe('toDrawing', () => {
  it('carries the people, layout and legend; nobody is dimmed without a deal', async () => {
    const { layout, drawing } = await draw(false);
    expect(drawing.cards).toHaveLength(5);
    expect(drawing.cards.every((c) => !c.dimmed && c.member === null)).toBe(true);
    expect(drawing.cards.every((c) => c.detailLines.length === 0)).toBe(true);
    const cto = drawing.cards.find((c) => c.personId === 'cto')!;
    expect(cto).toMatchObject({ name: '李经理 <R&D> & Co', title: 'CTO', department: '技术部' });
    expect(drawing.bounds).toEqual(layout.bounds);
    expect(drawing.groups).toEqual(layout.groups);
    expect(drawing.legend).toHaveLength(1);
    expect(drawing.title).toBe('Map');
  });

  it('dims people off the deal committee and describes the members', async () => {
    const { drawing } = await draw(true);
    const byId = new Map(drawing.cards.map((c) => [c.personId, c]));
    expect(byId.get('ceo')!.dimmed).toBe(false);
    expect(byId.get('eng')!.member).toEqual({
      roles: ['user', 'evaluator'],
      attitude: 'opponent',
      influence: 'high',
      contact: 'close',
    });
    expect(byId.get('eng')!.detailLines).toEqual(['user · evaluator', 'opponent']);
    expect(byId.get('cto')!.dimmed).toBe(true);
    expect(byId.get('cto')!.member).toBeNull();
    expect(byId.get('ext')!.dimmed).toBe(true);
  });

  it('draws solid and dotted reporting lines, none to or from outside people', async () => {
    const { drawing } = await draw(false);
    expect(drawing.reportingLines).toEqual([
      { fromPersonId: 'ceo', toPersonId: 'cto', dotted: false },
      { fromPersonId: 'cto', toPersonId: 'eng', dotted: false },
      { fromPersonId: 'ceo', toPersonId: 'eng', dotted: true },
      { fromPersonId: 'ceo', toPersonId: 'buyer', dotted: false },
    ]);
  });

  it('leaves hidden influence kinds out', async () => {
    const all = (await draw(false)).drawing.influenceLines.map((l) => l.kind);
    expect(all).toEqual(['external', 'personal', 'formal', 'informal']);
    const some = (await draw(false, new Set(['personal', 'external'] as const))).drawing
      .influenceLines;
    expect(some.map((l) => l.kind)).toEqual(['formal', 'informal']);
    expect(some[0]).toEqual({
      fromPersonId: 'cto',
      toPersonId: 'buyer',
      kind: 'formal',
      direction: 'one_way',
      strength: 'strong',
    });
  });
});
