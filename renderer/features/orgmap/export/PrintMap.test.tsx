import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DrawnCard, MapDrawing } from '../model.ts';
import { paginate } from './paginate.ts';
import { PRINT_ROOT_CLASS, PrintMap, printCss } from './PrintMap.tsx';

afterEach(cleanup);

function card(id: string, x: number, y: number, name: string): DrawnCard {
  return {
    personId: id,
    x,
    y,
    width: 220,
    height: 100,
    attach: 'top',
    manual: false,
    name,
    title: 'Title',
    department: '',
    external: false,
    member: null,
    dimmed: false,
    detailLines: [],
  };
}

function drawing(width: number): MapDrawing {
  return {
    title: '华东电力 <组织图>',
    subtitle: '2026-11-23 & deal',
    cards: [card('a', 0, 0, '王总 & <co>'), card('b', width - 220, 0, 'Far away')],
    groups: [],
    reportingLines: [],
    influenceLines: [],
    legend: [
      { type: 'line', label: 'Reporting', style: 'reporting' },
      { type: 'attitude', label: '支持者', attitude: 'supporter' },
    ],
    bounds: { x: 0, y: 0, width, height: 100 },
  };
}

describe('PrintMap', () => {
  it('renders one page for a small map, with header, legend and the map', () => {
    const onReady = vi.fn();
    render(<PrintMap drawing={drawing(800)} paper="A4" onReady={onReady} />);
    const root = document.body.querySelector(`.${PRINT_ROOT_CLASS}`)!;
    expect(root.parentElement).toBe(document.body);
    const pages = root.querySelectorAll('section.page');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.querySelector('h1')!.textContent).toBe('华东电力 <组织图>');
    expect(pages[0]!.querySelector('.subtitle')!.textContent).toBe('2026-11-23 & deal');
    expect(pages[0]!.querySelector('.pageNumber')!.textContent).toBe('1 / 1');
    expect(pages[0]!.querySelectorAll('.legend g.legend-entry')).toHaveLength(2);
    const texts = [...pages[0]!.querySelectorAll('.tile text')].map((t) => t.textContent);
    expect(texts).toContain('王总 & <co>');
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('renders one section per tile, legend on the first page only, translated page labels', () => {
    const big = drawing(20_000);
    const expected = paginate(big.bounds, 'A3').pages.length;
    expect(expected).toBeGreaterThan(1);
    render(
      <PrintMap drawing={big} paper="A3" pageLabel={(page, total) => `Page ${page} of ${total}`} />,
    );
    const pages = document.body.querySelectorAll(`.${PRINT_ROOT_CLASS} section.page`);
    expect(pages).toHaveLength(expected);
    expect(pages[1]!.querySelector('.pageNumber')!.textContent).toBe(`Page 2 of ${expected}`);
    expect(pages[0]!.querySelector('.legend svg')).not.toBeNull();
    expect(pages[1]!.querySelector('.legend svg')).toBeNull();
    // Each tile has its own marker ids.
    const ids = [...document.body.querySelectorAll(`.${PRINT_ROOT_CLASS} marker`)].map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prints only the print root, on the chosen landscape paper, a page per section', () => {
    const css = printCss('A3');
    expect(css).toContain('@page { size: A3 landscape; margin: 0; }');
    expect(css).toMatch(/@media print[^@]*#root[^{]*\{ display: none !important; \}/);
    expect(css).toMatch(/@media screen \{ \.dw-print-map \{ display: none !important; \} \}/);
    expect(css).toContain('break-after: page');
    expect(css).toContain('width: 420mm; height: 297mm');
    expect(printCss('A4')).toContain('size: A4 landscape');
  });

  it('labels each tile with its page, row and column, in reading order', () => {
    const d = { ...drawing(3000), bounds: { x: 0, y: 0, width: 3000, height: 1400 } };
    const { pages, columns } = paginate(d.bounds, 'A4');
    expect(pages.length).toBeGreaterThan(1);
    render(
      <PrintMap
        drawing={d}
        paper="A4"
        pageLabel={(page, total, place) =>
          `Page ${page} of ${total} — row ${place?.row}, column ${place?.column}`
        }
      />,
    );
    const labels = [...document.body.querySelectorAll(`.${PRINT_ROOT_CLASS} .pageNumber`)].map(
      (el) => el.textContent,
    );
    expect(labels).toEqual(
      pages.map(
        (_, i) =>
          `Page ${i + 1} of ${pages.length} — row ${Math.floor(i / columns) + 1}, column ${(i % columns) + 1}`,
      ),
    );
  });
});
