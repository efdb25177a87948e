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
 * the legible scale and tiles with a small overlap covering the bounds without gaps, row by row.
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

  const scale = MIN_SCALE;
  const tileWidth = area.width / scale;
  const tileHeight = area.height / scale;
  const stepX = tileWidth - TILE_OVERLAP;
  const stepY = tileHeight - TILE_OVERLAP;
  const columns = Math.max(1, Math.ceil((map.width - TILE_OVERLAP) / stepX));
  const rows = Math.max(1, Math.ceil((map.height - TILE_OVERLAP) / stepY));
  // Centre the tiled area on the map so that the spare room is shared by both sides.
  const spareX = columns * stepX + TILE_OVERLAP - map.width;
  const spareY = rows * stepY + TILE_OVERLAP - map.height;
  const pages: Page[] = [];
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < columns; col += 1) {
      pages.push({
        row,
        col,
        viewBox: {
          x: map.x - spareX / 2 + col * stepX,
          y: map.y - spareY / 2 + row * stepY,
          width: tileWidth,
          height: tileHeight,
        },
      });
    }
  }
  return { scale, columns, rows, pages };
}
