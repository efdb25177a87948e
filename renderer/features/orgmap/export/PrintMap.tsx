import { useEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { MapDrawing } from '../model.ts';
import { buildLegendSvg, buildMapSvg } from './mapSvg.ts';
import {
  HEADER_MM,
  LEGEND_MM,
  MARGIN_MM,
  PAPER_MM,
  PX_PER_MM,
  paginate,
  type Paper,
} from './paginate.ts';

// The account map laid out for printing / PDF: one section per page of landscape paper, each with
// the header (title, subtitle, page number), the legend on the first page and one tile of the
// map as vector SVG. Rendered into a portal on document.body; hidden on screen; when printing,
// only this root is shown. The caller prints (renderer/ui/print.ts) once onReady has been called.

export const PRINT_ROOT_CLASS = 'dw-print-map';

export type PrintMapProps = {
  drawing: MapDrawing;
  paper: Paper;
  /**
   * Translated page label, e.g. "Page 2 of 4 — row 1, column 2" (row and column of the tile,
   * null when the map is on one page); "2 / 4" when left out.
   */
  pageLabel?: (page: number, total: number, tile: { row: number; column: number } | null) => string;
  /** Called once the pages are in the document: the caller can print now. */
  onReady?: () => void;
};

/** The print CSS for this paper size. */
export function printCss(paper: Paper): string {
  const size = PAPER_MM[paper];
  const root = `.${PRINT_ROOT_CLASS}`;
  return `
@media screen { ${root} { display: none !important; } }
@media print {
  html, body { margin: 0 !important; padding: 0 !important; background: #fff !important; }
  #root, body > *:not(${root}) { display: none !important; }
  ${root} { display: block !important; }
}
@page { size: ${paper} landscape; margin: 0; }
${root} { color: #212529; font-family: "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
${root} .page { width: ${size.width}mm; height: ${size.height}mm; padding: ${MARGIN_MM}mm;
  box-sizing: border-box; overflow: hidden; break-after: page; page-break-after: always;
  display: flex; flex-direction: column; }
${root} .page:last-child { break-after: auto; page-break-after: auto; }
${root} .header { height: ${HEADER_MM}mm; flex: none; display: flex; justify-content: space-between;
  align-items: flex-start; gap: 4mm; overflow: hidden; }
${root} .title { font-size: 14pt; font-weight: 700; line-height: 1.2; margin: 0; }
${root} .subtitle { font-size: 9pt; color: #495057; line-height: 1.3; margin: 0; }
${root} .pageNumber { font-size: 9pt; color: #495057; white-space: nowrap; }
${root} .legend { height: ${LEGEND_MM}mm; flex: none; overflow: hidden; }
${root} .legend > div, ${root} .legend svg { width: 100%; height: 100%; display: block; }
${root} .tile { flex: none; width: ${size.width - 2 * MARGIN_MM}mm;
  height: ${size.height - 2 * MARGIN_MM - HEADER_MM - LEGEND_MM}mm; overflow: hidden; }
${root} .tile svg { width: 100%; height: 100%; display: block; }
`;
}

/** SVG markup for inlining in HTML: without the XML declaration. */
function inline(svg: string): string {
  return svg.replace(/^<\?xml[^>]*\?>\s*/, '');
}

export function PrintMap({ drawing, paper, pageLabel, onReady }: PrintMapProps) {
  const pages = useMemo(() => {
    const { pages: tiles } = paginate(drawing.bounds, paper);
    const legendWidth = (PAPER_MM[paper].width - 2 * MARGIN_MM) * PX_PER_MM;
    return tiles.map((page, index) => ({
      key: `${page.row}-${page.col}`,
      place: tiles.length > 1 ? { row: page.row + 1, column: page.col + 1 } : null,
      legend: index === 0 ? inline(buildLegendSvg(drawing.legend, legendWidth, 'legend-')) : null,
      tile: inline(
        buildMapSvg(drawing, {
          viewBox: page.viewBox,
          header: false,
          legend: false,
          idPrefix: `p${index + 1}-`,
        }),
      ),
    }));
  }, [drawing, paper]);

  // Once per content (a new drawing or paper is a new printout), whatever the callback's identity.
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  });
  useEffect(() => {
    ready.current?.();
  }, [pages]);

  const total = pages.length;
  const label = pageLabel ?? ((page: number, count: number) => `${page} / ${count}`);
  return createPortal(
    <div className={PRINT_ROOT_CLASS} data-paper={paper}>
      <style>{printCss(paper)}</style>
      {pages.map((page, index) => (
        <section className="page" key={page.key} aria-label={label(index + 1, total, page.place)}>
          <header className="header">
            <div>
              <h1 className="title">{drawing.title}</h1>
              <p className="subtitle">{drawing.subtitle}</p>
            </div>
            <span className="pageNumber">{label(index + 1, total, page.place)}</span>
          </header>
          <div className="legend">
            {page.legend !== null && <div dangerouslySetInnerHTML={{ __html: page.legend }} />}
          </div>
          {/* Markup built by buildMapSvg: every text in it is XML-escaped. */}
          <div className="tile" dangerouslySetInnerHTML={{ __html: page.tile }} />
        </section>
      ))}
    </div>,
    document.body,
  );
}
