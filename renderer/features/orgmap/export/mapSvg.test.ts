import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import type { OrgChart } from '../../../../shared/orgchart.ts';
import { testChart, testPerson } from '../drawing/testChart.ts';
import { toDrawing } from '../drawing/toDrawing.ts';
import { layoutInputOf } from '../layout/layoutInput.ts';
import { layoutOrgChart } from '../layout/layout.ts';
import type { LegendEntry, MapDrawing } from '../model.ts';
import { buildLegendSvg, buildMapSvg, escapeXml, textWidth, truncate, wrapText } from './mapSvg.ts';

const legend: LegendEntry[] = [
  { type: 'line', label: '汇报线', style: 'reporting' },
  { type: 'line', label: 'Dotted <line>', style: 'dotted' },
  { type: 'line', label: 'Formal', style: 'formal' },
  { type: 'line', label: 'Personal', style: 'personal' },
  { type: 'attitude', label: '支持者', attitude: 'supporter' },
  { type: 'attitude', label: 'No member', attitude: 'none' },
];

async function drawing(): Promise<MapDrawing> {
  const chart = testChart(true);
  const layout = await layoutOrgChart(layoutInputOf(chart), new ELK());
  return toDrawing(chart, layout, {
    title: '华东电力 & Partners <map>',
    subtitle: '2026-01-01 · Turbine retrofit',
    hiddenKinds: new Set(),
    legend,
    describe: (member) => [`Roles: ${member.roles.join(' · ')}`, member.attitude],
  });
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('buildMapSvg', () => {
  it('is a well-formed standalone SVG with header, legend, groups, lines and cards', async () => {
    const svg = buildMapSvg(await drawing());
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(Number(root.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(0);
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
    expect(root.getAttribute('font-family')).toContain('"Noto Sans CJK SC"');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('华东电力 & Partners <map>');
    expect(texts).toContain('2026-01-01 · Turbine retrofit');
    expect(texts).toContain('汇报线');
    expect(texts).toContain('王总');
    expect(texts).toContain('技术部');
    expect(texts).toContain('Roles: user · evaluator');
    expect(doc.querySelectorAll('g.card')).toHaveLength(5);
    expect(doc.querySelectorAll('path.reporting')).toHaveLength(3);
    expect(doc.querySelectorAll('path.dotted')).toHaveLength(1);
    expect(doc.querySelectorAll('path.influence')).toHaveLength(4);
    expect(doc.querySelectorAll('g.group').length).toBeGreaterThan(0);
    expect(doc.querySelectorAll('g.legend-entry')).toHaveLength(legend.length);
  });

  it('keeps Chinese text as is and escapes < and &', async () => {
    const svg = buildMapSvg(await drawing());
    expect(svg).toContain('王总');
    expect(svg).toContain('华东电力 &amp; Partners &lt;map&gt;');
    expect(svg).toContain('李经理 &lt;R&amp;D&gt; &amp; Co');
    expect(svg).not.toContain('<R&D>');
    expect(svg).not.toContain('<map>');
  });

  it('gives each card a <title> with its full text, and dims people off the committee', async () => {
    const doc = parse(buildMapSvg(await drawing()));
    const cto = doc.querySelector('g.card[data-person-id="cto"]')!;
    expect(cto.querySelector('title')!.textContent).toBe('李经理 <R&D> & Co\nCTO\n技术部');
    expect(cto.getAttribute('opacity')).toBe('0.35');
    const ceo = doc.querySelector('g.card[data-person-id="ceo"]')!;
    expect(ceo.getAttribute('opacity')).toBeNull();
  });

  it('puts arrows at the end of one-way lines and at both ends of mutual lines', async () => {
    const doc = parse(buildMapSvg(await drawing()));
    const ids = new Set([...doc.getElementsByTagName('marker')].map((m) => m.getAttribute('id')));
    const formal = doc.querySelector('path.influence.formal')!;
    expect(formal.getAttribute('marker-end')).toBe('url(#arrow-formal)');
    expect(formal.getAttribute('marker-start')).toBeNull();
    const personal = doc.querySelector('path.influence.personal')!; // mutual
    expect(personal.getAttribute('marker-start')).toBe('url(#arrow-personal-start)');
    expect(personal.getAttribute('marker-end')).toBe('url(#arrow-personal)');
    expect(ids.has('arrow-personal-start')).toBe(true);
    expect(ids.has('arrow-personal')).toBe(true);
  });

  it('draws a tile of the map without header or legend, ids prefixed', async () => {
    const d = await drawing();
    const viewBox = { x: 10, y: 20, width: 300, height: 200 };
    const doc = parse(buildMapSvg(d, { viewBox, header: false, legend: false, idPrefix: 'p2-' }));
    const inner = doc.documentElement.getElementsByTagName('svg')[0]!;
    expect(inner.getAttribute('viewBox')).toBe('10 20 300 200');
    expect(doc.documentElement.getAttribute('height')).toBe('200');
    expect(doc.querySelector('g.header')).toBeNull();
    expect(doc.querySelector('g.legend')).toBeNull();
    expect(doc.querySelector('marker')!.getAttribute('id')).toMatch(/^p2-arrow-/);
  });

  it('puts in a tile only the cards and lines that can show in it', async () => {
    const d = await drawing();
    const first = d.cards[0]!;
    const viewBox = { x: first.x - 5, y: first.y - 5, width: first.width + 10, height: 10 };
    const doc = parse(buildMapSvg(d, { viewBox, header: false, legend: false }));
    const drawn = [...doc.querySelectorAll('g.card title')].map((t) => t.textContent ?? '');
    const inside = d.cards.filter(
      (c) => c.x < viewBox.x + viewBox.width && viewBox.x < c.x + c.width && c.y < viewBox.y + 10,
    );
    expect(drawn).toHaveLength(inside.length);
    expect(drawn.length).toBeLessThan(d.cards.length);
    expect(drawn[0]).toContain(first.name);
    const whole = parse(buildMapSvg(d));
    expect(whole.querySelectorAll('g.card')).toHaveLength(d.cards.length);
  });

  it('draws long dashed lines and big boxes in a tile only as far as the tile, dashes as lines', async () => {
    const d = await drawing();
    const dotted = d.reportingLines.find((l) => l.dotted)!;
    // Move the dotted line's report far to the right: the line and the lines of that person now
    // cross many tiles; an organisation box spans them all.
    const far = dotted.toPersonId;
    const stretched: MapDrawing = {
      ...d,
      cards: d.cards.map((c) => (c.personId === far ? { ...c, x: c.x + 20000 } : c)),
      groups: [
        {
          key: 'org:big',
          label: 'Big',
          kind: 'organization',
          depth: 0,
          x: -5000,
          y: -5000,
          width: 40000,
          height: 20000,
        },
        ...d.groups,
      ],
    };
    const dashedLines = (doc: Document) =>
      [...doc.querySelectorAll('path.dotted, path.influence')].filter((p) =>
        p.hasAttribute('stroke-dasharray'),
      );
    const whole = parse(buildMapSvg(stretched));
    expect(dashedLines(whole).length).toBeGreaterThan(0);

    const first = d.cards.find((c) => c.personId === dotted.fromPersonId)!;
    const viewBox = { x: first.x + 3000, y: first.y - 200, width: 800, height: 600 };
    const svg = buildMapSvg(stretched, { viewBox, header: false, legend: false, idPrefix: 'p1-' });
    const doc = parse(svg);
    // No dasharray left to Chromium (it writes each dash's outline into the PDF) …
    expect(svg).not.toContain('stroke-dasharray');
    expect(doc.querySelectorAll('path.dotted').length).toBeGreaterThan(0);
    // … and no dash or box drawn far outside the tile (solid lines are cheap whole).
    const inner = doc.documentElement.getElementsByTagName('svg')[0]!;
    for (const element of inner.querySelectorAll(
      'path.dotted, path.influence, path.marker, g.group path, g.group rect',
    )) {
      const numbers = (element.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      for (let i = 0; i + 1 < numbers.length; i += 2) {
        // (a curve is kept in pieces of about 200 px: a piece may reach that far beyond)
        expect(numbers[i]!).toBeGreaterThanOrEqual(viewBox.x - 300);
        expect(numbers[i]!).toBeLessThanOrEqual(viewBox.x + viewBox.width + 300);
      }
      if (element.tagName === 'rect') {
        const x = Number(element.getAttribute('x'));
        expect(x).toBeGreaterThanOrEqual(viewBox.x - 40 - 1);
        expect(x + Number(element.getAttribute('width'))).toBeLessThanOrEqual(
          viewBox.x + viewBox.width + 40 + 1,
        );
      }
    }
    // Arrow heads only on the lines' true ends, on unstroked copies of the end segments.
    for (const marked of doc.querySelectorAll('[marker-end], [marker-start]')) {
      expect(marked.getAttribute('class')).toBe('marker');
      expect(marked.getAttribute('stroke')).toBe('none');
    }
  });

  it('has a legend-only document for the first printed page', () => {
    const doc = parse(buildLegendSvg(legend, 1000));
    expect(doc.querySelectorAll('g.legend-entry')).toHaveLength(legend.length);
  });

  const labelled = (labels: string[]): LegendEntry[] =>
    labels.map((label) => ({ type: 'line', label, style: 'dotted' }));
  const entries = (svg: string) =>
    [...parse(svg).querySelectorAll('g.legend-entry')].map((g) => {
      const label = g.querySelector('text')!;
      return {
        x: Number(label.getAttribute('x')),
        y: Number(label.getAttribute('y')),
        text: label.textContent!,
      };
    });

  it('sizes legend entries from their labels: long labels are not cut', () => {
    const long = [
      'Dotted-line reporting',
      'Outside the organisation',
      'Informal organisation',
      'A very long legend label that is much wider than two hundred pixels',
    ];
    const drawn = entries(buildLegendSvg(labelled(long), 1000));
    expect(drawn.map((e) => e.text)).toEqual(long);
    // Entries follow each other at their labels' widths, without overlapping.
    for (let i = 1; i < drawn.length; i++) {
      if (drawn[i]!.y !== drawn[i - 1]!.y) continue;
      expect(drawn[i]!.x).toBeGreaterThanOrEqual(drawn[i - 1]!.x + textWidth(long[i - 1]!, 12));
    }
    // Short labels sit closer together than long ones.
    const short = entries(buildLegendSvg(labelled(['A', 'B']), 1000));
    expect(short[1]!.x - short[0]!.x).toBeLessThan(100);
  });

  it('wraps legend entries onto rows within the width', () => {
    const labels = Array.from({ length: 12 }, (_, i) => `Legend entry number ${i + 1}`);
    const width = 600;
    const svg = buildLegendSvg(labelled(labels), width);
    const drawn = entries(svg);
    expect(drawn.map((e) => e.text)).toEqual(labels);
    const rows = new Set(drawn.map((e) => e.y));
    expect(rows.size).toBeGreaterThan(1);
    for (const e of drawn) expect(e.x + textWidth(e.text, 12)).toBeLessThanOrEqual(width);
    // The document is as tall as its rows.
    const height = Number(parse(svg).documentElement.getAttribute('height'));
    expect(height).toBeGreaterThanOrEqual(Math.max(...rows));
  });

  it('cuts only a label wider than the whole legend row', () => {
    const huge = 'x'.repeat(200);
    const [drawn] = entries(buildLegendSvg(labelled([huge]), 400));
    expect(drawn!.text.endsWith('…')).toBe(true);
    expect(drawn!.x + textWidth(drawn!.text, 12)).toBeLessThanOrEqual(400);
  });
});

describe('text helpers', () => {
  it('escapes XML and drops control characters', () => {
    expect(escapeXml(`a<b>&"c'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('counts CJK characters as 1em and others as 0.6em', () => {
    expect(textWidth('王总', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBe(12);
  });

  it('truncates long text with an ellipsis', () => {
    expect(truncate('short', 200, 12)).toBe('short');
    const cut = truncate('中华人民共和国国家发展和改革委员会', 100, 14);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 14)).toBeLessThanOrEqual(100);
    expect(truncate('A very long English job title indeed', 100, 12)).toMatch(/…$/);
  });
});

describe('the dotted line in the export (issue 11: Wu Fang → Sun Jianhua)', () => {
  /** The corner points of an M/H/V/L path. */
  function corners(d: string): { x: number; y: number }[] {
    const tokens = d.trim().split(/\s+/);
    const out: { x: number; y: number }[] = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i < tokens.length;) {
      const command = tokens[i++];
      if (command === 'M' || command === 'L') {
        x = Number(tokens[i++]);
        y = Number(tokens[i++]);
      } else if (command === 'H') x = Number(tokens[i++]);
      else if (command === 'V') y = Number(tokens[i++]);
      else throw new Error(`unexpected ${command}`);
      out.push({ x, y });
    }
    return out;
  }

  type Box = { x: number; y: number; width: number; height: number };
  const onOutline = (p: { x: number; y: number }, r: Box) => {
    const inX = p.x >= r.x - 0.1 && p.x <= r.x + r.width + 0.1;
    const inY = p.y >= r.y - 0.1 && p.y <= r.y + r.height + 0.1;
    const onX = Math.abs(p.x - r.x) < 0.1 || Math.abs(p.x - r.x - r.width) < 0.1;
    const onY = Math.abs(p.y - r.y) < 0.1 || Math.abs(p.y - r.y - r.height) < 0.1;
    return (inX && onY) || (inY && onX);
  };
  const crosses = (path: { x: number; y: number }[], r: Box) =>
    path.slice(1).some((b, i) => {
      const a = path[i]!;
      return (
        Math.min(a.x, b.x) < r.x + r.width &&
        Math.max(a.x, b.x) > r.x &&
        Math.min(a.y, b.y) < r.y + r.height &&
        Math.max(a.y, b.y) > r.y
      );
    });

  it('runs from Wu Fang’s card to Sun Jianhua’s, through no other card', async () => {
    // Wu Fang is stacked under Zheng Tao in the VP's column of reports; her dotted line goes to
    // Sun Jianhua, the CTO.
    const chart: OrgChart = {
      ...testChart(false),
      people: [
        testPerson('ceo', { name: 'Chen Gang' }),
        testPerson('vp', { name: 'Liu Bo', managerId: 'ceo' }),
        testPerson('zheng', { name: 'Zheng Tao', managerId: 'vp' }),
        testPerson('wu', { name: 'Wu Fang', managerId: 'vp', secondManagerId: 'sun' }),
        testPerson('he', { name: 'He Jing', managerId: 'vp' }),
        testPerson('sun', { name: 'Sun Jianhua', managerId: 'ceo' }),
        testPerson('qian', { name: 'Qian Li', managerId: 'sun' }),
      ],
      lines: [],
    };
    const layout = await layoutOrgChart(layoutInputOf(chart), new ELK());
    const drawn = toDrawing(chart, layout, {
      title: 'Map',
      subtitle: '',
      hiddenKinds: new Set(),
      legend: [],
      describe: () => [],
    });
    const doc = parse(buildMapSvg(drawn));
    const dotted = [...doc.querySelectorAll('path.dotted')];
    expect(dotted).toHaveLength(1);
    const path = corners(dotted[0]!.getAttribute('d')!);
    const box = (id: string) => layout.cards.find((c) => c.personId === id)!;
    expect(onOutline(path[0]!, box('sun'))).toBe(true);
    expect(onOutline(path.at(-1)!, box('wu'))).toBe(true);
    for (const other of layout.cards.filter((c) => c.personId !== 'sun' && c.personId !== 'wu')) {
      expect(crosses(path, other), other.personId).toBe(false);
    }
    // Distinct from the solid lines: its own colour, dashed, with an arrow at Sun Jianhua.
    expect(dotted[0]!.getAttribute('stroke')).not.toBe(
      doc.querySelector('path.reporting')!.getAttribute('stroke'),
    );
    expect(dotted[0]!.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(dotted[0]!.getAttribute('marker-start')).toBe('url(#arrow-dotted-start)');
  });
});

describe('printed cards (issue 11: map cards not truncated in print)', () => {
  it('wraps a long role line and a long title in full inside the card, without "…"', async () => {
    const d = await drawing();
    const roles = 'Decision maker · Economic buyer · Technical evaluator · Gatekeeper';
    const title = 'Deputy General Manager and Chief Procurement Officer, Plant 2';
    const cards = d.cards.map((c, i) =>
      i === 0
        ? { ...c, title, detailLines: [roles, 'Supporter · Contact: close · Influence: high'] }
        : c,
    );
    const doc = parse(buildMapSvg({ ...d, cards }));
    const card = doc.querySelector(`g.card[data-person-id="${cards[0]!.personId}"]`)!;
    const rows = [...card.getElementsByTagName('text')].map((t) => t.textContent ?? '');
    expect(rows.join(' ')).not.toContain('…');
    expect(rows.join(' ').replace(/\s+/g, ' ')).toContain(roles);
    expect(rows.join(' ').replace(/\s+/g, ' ')).toContain(title);
    const box = cards[0]!;
    for (const t of card.getElementsByTagName('text')) {
      expect(Number(t.getAttribute('y'))).toBeLessThanOrEqual(box.y + box.height);
    }
  });

  it('wraps Chinese between characters', () => {
    expect(wrapText('决策者、经济购买者、技术评估者', 60, 12).join('')).toBe(
      '决策者、经济购买者、技术评估者',
    );
    expect(wrapText('决策者、经济购买者、技术评估者', 60, 12).length).toBe(3);
  });
});
