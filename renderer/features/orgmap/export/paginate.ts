import type { Rect } from '../model.ts';
import { MAP_MARGIN, NAME_FONT_SIZE } from './mapSvg.ts';

// Splitting the map over landscape pages for the PDF export / printing (PrintMap).

export type Paper = 'A4' | 'A3';

/** Landscape paper sizes in mm. */
export const PAPER_MM: Readonly<Record<Paper, { width: number; height: number }>> = {
  A4: { width: 297, height: 210 },
  A3: { width: 420, height: 297 },
};
export const MARGIN_MM = 10;
/** Band at the top of every page: title, subtitle, page number. */
export const HEADER_MM = 14;
/** Band under the header: the legend on the first page (kept on every page for equal tiles). */
export const LEGEND_MM = 12;
/** Tiles overlap by this much (map px) so that nothing is lost at a cut. */
export const TILE_OVERLAP = 40;

export const PX_PER_MM = 96 / 25.4;
/** Smallest printed size of a card's name, in pt. */
export const MIN_NAME_PT = 6;
/** Scale (printed CSS px per map px) at which a card name prints at MIN_NAME_PT. */
export const MIN_SCALE = MIN_NAME_PT / (NAME_FONT_SIZE * 0.75);
/** A small map is not blown up beyond this. */
export const MAX_SCALE = 1.5;

export type Page = { row: number; col: number; viewBox: Rect };
export type Pagination = { scale: number; columns: number; rows: number; pages: Page[] };

/** The printable map area of one page, in CSS px. */
export function mapAreaPx(paper: Paper): { width: number; height: number } {
  const size = PAPER_MM[paper];
  return {
    width: (size.width - 2 * MARGIN_MM) * PX_PER_MM,
    height: (size.height - 2 * MARGIN_MM - HEADER_MM - LEGEND_MM) * PX_PER_MM,
  };
}

/**
 * The whole map on one page when it fits at a legible scale (names ≥ MIN_NAME_PT); otherwise
 * the fewest pages at a legible scale, the scale raised to fill them, tiles overlapping a little
 * and covering the bounds without gaps, row by row (left to right, top to bottom).
 * `scale` is printed CSS px per map px; each page's viewBox is in map px.
 */
export function paginate(bounds: Rect, paper: Paper): Pagination {
  const area = mapAreaPx(paper);
  const map: Rect = {
    x: bounds.x - MAP_MARGIN,
    y: bounds.y - MAP_MARGIN,
    width: Math.max(1, bounds.width + 2 * MAP_MARGIN),
    height: Math.max(1, bounds.height + 2 * MAP_MARGIN),
  };
  const fit = Math.min(MAX_SCALE, area.width / map.width, area.height / map.height);
  if (fit >= MIN_SCALE) {
    // Centre the map on the page: the view box has the page's proportions.
    const width = area.width / fit;
    const height = area.height / fit;
    const viewBox = {
      x: map.x - (width - map.width) / 2,
      y: map.y - (height - map.height) / 2,
      width,
      height,
    };
    return { scale: fit, columns: 1, rows: 1, pages: [{ row: 0, col: 0, viewBox }] };
  }

  // Fewest pages, then the largest scale that fills them: a map a little larger than one page
  // prints on two well-filled pages, not on four each holding an off-centre corner.
  const scaleFor = (columns: number, rows: number) =>
    Math.min(
      MAX_SCALE,
      (columns * area.width) / (map.width + (columns - 1) * TILE_OVERLAP),
      (rows * area.height) / (map.height + (rows - 1) * TILE_OVERLAP),
    );
  const most = (length: number, side: number) =>
    Math.max(1, Math.ceil((length - TILE_OVERLAP) / (side / MIN_SCALE - TILE_OVERLAP)));
  const maxColumns = most(map.width, area.width);
  const maxRows = most(map.height, area.height);
  let best = { columns: maxColumns, rows: maxRows, scale: scaleFor(maxColumns, maxRows) };
  for (let columns = 1; columns <= maxColumns; columns += 1) {
    for (let rows = 1; rows <= maxRows; rows += 1) {
      const s = scaleFor(columns, rows);
      if (s < MIN_SCALE - 1e-9) continue;
      const count = columns * rows;
      const bestCount = best.columns * best.rows;
      if (count < bestCount || (count === bestCount && s > best.scale)) {
        best = { columns, rows, scale: s };
      }
    }
  }
  const { columns, rows, scale } = best;
  const tileWidth = area.width / scale;
  const tileHeight = area.height / scale;
  // Tiles spread from the map's first edge to its last (overlapping by TILE_OVERLAP or more), so
  // every page is full of map; a single tile across is centred.
  const starts = (count: number, start: number, length: number, tile: number): number[] =>
    count === 1 || length <= tile
      ? Array.from({ length: count }, () => start - (tile - length) / 2)
      : Array.from({ length: count }, (_, i) => start + (i * (length - tile)) / (count - 1));
  const xs = starts(columns, map.x, map.width, tileWidth);
  const ys = starts(rows, map.y, map.height, tileHeight);
  const pages: Page[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < columns; col += 1) {
      pages.push({
        row,
        col,
        viewBox: { x: xs[col]!, y: ys[row]!, width: tileWidth, height: tileHeight },
      });
    }
  }
  return { scale, columns, rows, pages };
}
