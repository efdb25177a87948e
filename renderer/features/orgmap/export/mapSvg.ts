import type { InfluenceDirection } from '../../../../shared/enums.ts';
import {
  ATTITUDE_COLOURS,
  dottedPath,
  influenceOffsets,
  influencePath,
  influenceWidth,
  LINE_STYLES,
  reportingPath,
  round,
  type LineStyleKey,
} from '../drawing/geometry.ts';
import type { DrawnCard, LegendEntry, MapDrawing, MapGroup, Rect } from '../model.ts';
import { dashedRunPath, firstSegmentPath, grow, lastSegmentPath, pathRuns } from './clipPath.ts';

// The account map as a standalone SVG 1.1 document: vector text, the same geometry as the screen.
// Used for the SVG export, the PNG export (drawn into a canvas) and the printed tiles (PrintMap).

export const FONT_FAMILY =
  '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif';

/** Space around the map's bounds in a whole-map export. */
export const MAP_MARGIN = 24;
export const HEADER_HEIGHT = 64;
/** Font size of a card's name, in map px (paginate keeps it legible on paper). */
export const NAME_FONT_SIZE = 14;
const TITLE_FONT_SIZE = 12;
const SMALL_FONT_SIZE = 11;
const CARD_PADDING_LEFT = 16;
const CARD_PADDING_RIGHT = 8;

/** A legend entry: its sample (line or colour swatch), then its label after this offset. */
const LEGEND_LABEL_OFFSET = 42;
/** Space between one entry's label and the next entry's sample. */
const LEGEND_ENTRY_GAP = 24;
const LEGEND_ROW_HEIGHT = 22;
const LEGEND_PADDING = 12;
const LEGEND_LABEL_FONT = 12;

const TEXT_COLOUR = '#212529';
const MUTED_COLOUR = '#495057';

export type MapSvgOptions = {
  /** The part of the map to draw (map px); the whole map with a margin when left out. */
  viewBox?: Rect;
  /** Title and subtitle above the map (default true). */
  header?: boolean;
  /** Legend block above the map (default true). */
  legend?: boolean;
  /** Prefix of the document's ids (arrow markers), for several SVGs inlined in one page. */
  idPrefix?: string;
};

/** Escapes text for XML content and attribute values; drops characters XML does not allow. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

/** Wide (CJK, full-width) characters count 1em, others about 0.6em. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd)
  );
}

/** Approximate width of text in px at a font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += isWide(char.codePointAt(0)!) ? 1 : 0.6;
  return em * fontSize;
}

/** The text cut to fit maxWidth (approximately), ending with "…" when cut. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const ellipsis = fontSize; // "…" counted as 1em to be safe
  let width = 0;
  let out = '';
  for (const char of text) {
    const w = (isWide(char.codePointAt(0)!) ? 1 : 0.6) * fontSize;
    if (width + w + ellipsis > maxWidth) break;
    width += w;
    out += char;
  }
  return `${out.trimEnd()}…`;
}

const n = (value: number): string => String(round(value));

function text(
  x: number,
  y: number,
  content: string,
  attrs: { size: number; weight?: 'bold'; fill?: string; anchor?: 'end' | 'middle' },
): string {
  return (
    `<text x="${n(x)}" y="${n(y)}" font-size="${attrs.size}"` +
    (attrs.weight ? ` font-weight="${attrs.weight}"` : '') +
    (attrs.anchor ? ` text-anchor="${attrs.anchor}"` : '') +
    ` fill="${attrs.fill ?? TEXT_COLOUR}">${escapeXml(content)}</text>`
  );
}

function dashAttr(dash: string): string {
  return dash ? ` stroke-dasharray="${dash}"` : '';
}

const MARKER_KEYS: LineStyleKey[] = ['dotted', 'formal', 'informal', 'personal', 'external'];

/** Arrow heads per influence style: `arrow-<kind>` (at the end) and `arrow-<kind>-start`. */
function markerDefs(prefix: string): string {
  return MARKER_KEYS.map((key) => {
    const fill = LINE_STYLES[key].stroke;
    return (
      `<marker id="${prefix}arrow-${key}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" ` +
      `markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">` +
      `<path d="M 0 0 L 10 5 L 0 10 z" fill="${fill}"/></marker>` +
      `<marker id="${prefix}arrow-${key}-start" viewBox="0 0 10 10" refX="1" refY="5" markerWidth="10" ` +
      `markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">` +
      `<path d="M 10 0 L 0 5 L 10 10 z" fill="${fill}"/></marker>`
    );
  }).join('');
}

function markerAttrs(prefix: string, key: LineStyleKey, direction: InfluenceDirection): string {
  const { start, end } = markerUrls(prefix, key, direction);
  return (start ? ` marker-start="${start}"` : '') + ` marker-end="${end}"`;
}

function markerUrls(
  prefix: string,
  key: LineStyleKey,
  direction: InfluenceDirection,
): { start?: string; end: string } {
  const end = `url(#${prefix}arrow-${key})`;
  return direction === 'mutual' ? { start: `url(#${prefix}arrow-${key}-start)`, end } : { end };
}

const GROUP_RADIUS = 10;
const ORGANIZATION_DASH = '6 4';

/** A rounded rect's outline as SVG draws a <rect rx> one: from (x + r, y), clockwise. */
function roundedRectPath({ x, y, width, height }: Rect, radius: number): string {
  const r = Math.min(radius, width / 2, height / 2);
  const k = r * (1 - 0.5522847498);
  const right = x + width;
  const bottom = y + height;
  return (
    `M ${x + r} ${y} H ${right - r} C ${right - k} ${y} ${right} ${y + k} ${right} ${y + r} ` +
    `V ${bottom - r} C ${right} ${bottom - k} ${right - k} ${bottom} ${right - r} ${bottom} ` +
    `H ${x + r} C ${x + k} ${bottom} ${x} ${bottom - k} ${x} ${bottom - r} ` +
    `V ${y + r} C ${x} ${y + k} ${x + k} ${y} ${x + r} ${y} Z`
  );
}

const within = (a: Rect, b: Rect) =>
  a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;

function intersection(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - x),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - y),
  };
}

/**
 * A department or organisation box. With `clip` (a printed tile grown by a margin), a box larger
 * than it is drawn only as far as the clip: its fill cut to the clip (the cut edges and their
 * corners lie outside the tile), the organisation's dashed outline drawn by linePaths.
 */
function groupSvg(group: MapGroup, clip?: Rect): string {
  const organization = group.kind === 'organization';
  const fill = organization ? '#f3f0ff' : group.depth % 2 === 0 ? '#f1f5f9' : '#e7eef6';
  const stroke = organization ? '#9775fa' : '#a5b4c4';
  const label = truncate(group.label, group.width - 20, 12);
  const labelSvg = label
    ? text(group.x + 10, group.y + 17, label, { size: 12, weight: 'bold', fill: MUTED_COLOUR })
    : '';
  const rect = (box: Rect, paint: string) =>
    `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" ` +
    `height="${n(box.height)}" rx="${GROUP_RADIUS}" ry="${GROUP_RADIUS}" ${paint}/>`;
  if (!clip) {
    return (
      `<g class="group">` +
      rect(
        group,
        `fill="${fill}" stroke="${stroke}"` +
          `${organization ? ` stroke-dasharray="${ORGANIZATION_DASH}"` : ''}`,
      ) +
      labelSvg +
      `</g>`
    );
  }
  const box = within(group, clip) ? group : intersection(group, clip);
  if (!organization) {
    return `<g class="group">${rect(box, `fill="${fill}" stroke="${stroke}"`)}${labelSvg}</g>`;
  }
  return (
    `<g class="group">` +
    rect(box, `fill="${fill}"`) +
    linePaths(
      roundedRectPath(group, GROUP_RADIUS),
      ORGANIZATION_DASH,
      {},
      clip,
      (d, dashAttrs) => `<path d="${d}" fill="none" stroke="${stroke}"${dashAttrs}/>`,
    ) +
    labelSvg +
    `</g>`
  );
}

/**
 * A line's <path>s: `render(d, attrs)` with the whole path data, its stroke-dasharray and its
 * markers. In a printed tile (`clip`), a dashed line is drawn as its own dashes instead — the runs
 * of it inside the clip, each run's dashes as the subpaths of one solid-stroked path, continued
 * from where the run starts along the line (see clipPath.ts) — and its markers on unstroked
 * copies of its end segments. It looks the same; Chromium's PDF gets a line per dash instead of
 * each dash's outline, and nothing of the parts of the line that lie out of the tile.
 */
function linePaths(
  d: string,
  dash: string,
  markers: { start?: string; end?: string },
  clip: Rect | undefined,
  render: (d: string, dashAttrs: string, markerAttrs: string) => string,
): string {
  const markerAttr = (start: boolean, end: boolean) =>
    (start && markers.start ? ` marker-start="${markers.start}"` : '') +
    (end && markers.end ? ` marker-end="${markers.end}"` : '');
  const runs = dash && clip ? pathRuns(d, clip) : null;
  if (!runs) return render(d, dashAttr(dash), markerAttr(true, true));
  return runs
    .map((run) => {
      const dashes = dashedRunPath(run, dash);
      let out = dashes === null ? render(run.d, '', '') : dashes ? render(dashes, '', '') : '';
      if (run.first && markers.start) {
        out +=
          `<path class="marker" d="${firstSegmentPath(run)}" fill="none" stroke="none"` +
          `${markerAttr(true, false)}/>`;
      }
      if (run.last && markers.end) {
        out +=
          `<path class="marker" d="${lastSegmentPath(run)}" fill="none" stroke="none"` +
          `${markerAttr(false, true)}/>`;
      }
      return out;
    })
    .join('');
}

/** A card's text is made this much smaller, step by step, until it fits the card. */
const CARD_TEXT_FACTORS = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6];
const CARD_LINE_HEIGHT = 1.25;

/**
 * The text broken into rows no wider than maxWidth (approximately): between words, or between
 * any two Chinese characters; a word longer than a row is broken where it must.
 */
export function wrapText(content: string, maxWidth: number, fontSize: number): string[] {
  const tokens =
    content.match(
      /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g,
    ) ?? [];
  const rows: string[] = [];
  let row = '';
  for (const token of tokens) {
    if (row !== '' && textWidth((row + token).trimEnd(), fontSize) > maxWidth) {
      rows.push(row.trimEnd());
      row = '';
    }
    for (const char of row === '' && textWidth(token.trimEnd(), fontSize) > maxWidth
      ? token
      : [token]) {
      if (row !== '' && textWidth((row + char).trimEnd(), fontSize) > maxWidth) {
        rows.push(row.trimEnd());
        row = '';
      }
      row += row === '' ? char.trimStart() : char;
    }
  }
  if (row.trim() !== '') rows.push(row.trimEnd());
  return rows;
}

function cardSvg(card: DrawnCard): string {
  const colour = ATTITUDE_COLOURS[card.member?.attitude ?? 'none'];
  const inner = card.width - CARD_PADDING_LEFT - CARD_PADDING_RIGHT;
  const x = card.x + CARD_PADDING_LEFT;
  // Every line in full: wrapped to the card's width, the type made smaller until all of it fits.
  const entries = [
    { content: card.name, size: NAME_FONT_SIZE, weight: 'bold' as const, fill: TEXT_COLOUR },
    { content: card.title, size: TITLE_FONT_SIZE, fill: MUTED_COLOUR },
    { content: card.department, size: SMALL_FONT_SIZE, fill: MUTED_COLOUR },
    ...card.detailLines.map((content) => ({ content, size: SMALL_FONT_SIZE, fill: TEXT_COLOUR })),
  ].filter((e) => e.content !== '');
  const room = card.height - 14;
  let fitted: { rows: string[]; size: number; weight?: 'bold'; fill: string }[] = [];
  for (const factor of CARD_TEXT_FACTORS) {
    fitted = entries.map((e) => ({
      ...e,
      size: round(e.size * factor),
      rows: wrapText(e.content, inner, e.size * factor),
    }));
    const height = fitted.reduce((sum, e) => sum + e.rows.length * e.size * CARD_LINE_HEIGHT, 0);
    if (height <= room) break;
  }
  const lines: string[] = [];
  let y = card.y + 8;
  for (const e of fitted) {
    for (const row of e.rows) {
      y += e.size * CARD_LINE_HEIGHT;
      lines.push(text(x, y - e.size * 0.25, row, { size: e.size, weight: e.weight, fill: e.fill }));
    }
  }

  const fullText = [card.name, card.title, card.department, ...card.detailLines]
    .filter((s) => s !== '')
    .join('\n');
  const member = card.member !== null;
  return (
    `<g class="card" data-person-id="${escapeXml(card.personId)}"` +
    `${card.dimmed ? ' opacity="0.35"' : ''}>` +
    `<title>${escapeXml(fullText)}</title>` +
    `<rect x="${n(card.x)}" y="${n(card.y)}" width="${n(card.width)}" height="${n(card.height)}" ` +
    `rx="8" ry="8" fill="${card.external ? '#fbfaff' : '#ffffff'}" ` +
    `stroke="${member ? colour : '#adb5bd'}" stroke-width="${member ? 2 : 1}"` +
    `${card.external ? ' stroke-dasharray="5 3"' : ''}/>` +
    `<rect x="${n(card.x + 1)}" y="${n(card.y + 6)}" width="6" height="${n(card.height - 12)}" ` +
    `rx="3" ry="3" fill="${colour}"/>` +
    lines.join('') +
    `</g>`
  );
}

/**
 * The legend's entries laid out in rows across `width`, each as wide as its label, wrapped onto
 * the next row when it would not fit; its height follows. A label is cut only when it is wider
 * than a whole row.
 */
export function legendSvg(
  legend: readonly LegendEntry[],
  width: number,
  idPrefix = '',
): { markup: string; height: number } {
  if (legend.length === 0) return { markup: '', height: 0 };
  const right = width - LEGEND_PADDING;
  const maxLabel = Math.max(LEGEND_LABEL_FONT, right - LEGEND_PADDING - LEGEND_LABEL_OFFSET);
  let row = 0;
  let x = LEGEND_PADDING;
  const parts = legend.map((entry) => {
    const label = truncate(entry.label, maxLabel, LEGEND_LABEL_FONT);
    const entryWidth = LEGEND_LABEL_OFFSET + textWidth(label, LEGEND_LABEL_FONT);
    if (x > LEGEND_PADDING && x + entryWidth > right) {
      row++;
      x = LEGEND_PADDING;
    }
    const left = x;
    x += entryWidth + LEGEND_ENTRY_GAP;
    const y = LEGEND_PADDING / 2 + row * LEGEND_ROW_HEIGHT + LEGEND_ROW_HEIGHT / 2;
    let sample: string;
    if (entry.type === 'line') {
      const style = LINE_STYLES[entry.style];
      // Dotted: from the person to the second manager, arrow at the manager as on the map.
      const marker =
        entry.style === 'reporting' ? '' : markerAttrs(idPrefix, entry.style, 'one_way');
      sample =
        `<path d="M ${n(left)} ${n(y)} H ${n(left + 34)}" fill="none" stroke="${style.stroke}" ` +
        `stroke-width="${style.width}"${dashAttr(style.dash)}${marker}/>`;
    } else {
      sample =
        `<rect x="${n(left + 6)}" y="${n(y - 7)}" width="22" height="14" rx="3" ry="3" ` +
        `fill="${ATTITUDE_COLOURS[entry.attitude]}"/>`;
    }
    return (
      `<g class="legend-entry">${sample}` +
      `${text(left + LEGEND_LABEL_OFFSET, y + 4, label, { size: LEGEND_LABEL_FONT })}</g>`
    );
  });
  return {
    markup: `<g class="legend">${parts.join('')}</g>`,
    height: (row + 1) * LEGEND_ROW_HEIGHT + LEGEND_PADDING,
  };
}

/** A standalone SVG document with only the legend (the first printed page shows it). */
export function buildLegendSvg(
  legend: readonly LegendEntry[],
  width: number,
  idPrefix = '',
): string {
  const { markup, height } = legendSvg(legend, width, idPrefix);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" ` +
    `viewBox="0 0 ${n(width)} ${n(height)}" font-family='${FONT_FAMILY}'>` +
    `<defs>${markerDefs(idPrefix)}</defs>${markup}</svg>`
  );
}

/** The default view of a whole-map export: the bounds with a margin. */
export function defaultViewBox(drawing: MapDrawing): Rect {
  const b = drawing.bounds;
  return {
    x: b.x - MAP_MARGIN,
    y: b.y - MAP_MARGIN,
    width: b.width + 2 * MAP_MARGIN,
    height: b.height + 2 * MAP_MARGIN,
  };
}

/**
 * Margin around a printed tile within which big boxes and long dashed lines are still drawn: more
 * than a box's rounded corner, an arrow head and a stroke, so every cut lies out of sight.
 */
const CLIP_MARGIN = 40;

/** A box whose edge lies just outside a tile still shows its stroke's outer half in it. */
const STROKE_SLACK = 2;

/** How far a line's curve may bulge beyond the box of its two cards. */
const CURVE_SLACK = 120;

const overlaps = (a: Rect, b: Rect, slack = 0) =>
  a.x - slack < b.x + b.width &&
  b.x < a.x + a.width + slack &&
  a.y - slack < b.y + b.height &&
  b.y < a.y + a.height + slack;

const spanOf = (a: Rect, b: Rect): Rect => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
};

/**
 * The map's drawing in map coordinates: groups, lines and cards, no header. With `view`, only
 * what can show inside it: a printed page of a 1,000-person map then holds its own tile, not all.
 */
export function mapContentSvg(drawing: MapDrawing, idPrefix = '', view?: Rect): string {
  const visible = (box: Rect, slack = 0) => !view || overlaps(box, view, slack);
  // What is drawn of a big box or a long dashed line: the view and a margin (markers, caps).
  const clip = view ? grow(view, CLIP_MARGIN) : undefined;
  const cards = new Map(drawing.cards.map((c) => [c.personId, c] as const));
  const parts: string[] = [];
  for (const group of drawing.groups) {
    if (visible(group, STROKE_SLACK)) parts.push(groupSvg(group, clip));
  }

  for (const line of drawing.reportingLines) {
    const from = cards.get(line.fromPersonId);
    const to = cards.get(line.toPersonId);
    if (!from || !to || !visible(spanOf(from, to), CURVE_SLACK)) continue;
    const style = LINE_STYLES[line.dotted ? 'dotted' : 'reporting'];
    const d = line.dotted ? dottedPath(from, to, drawing.cards) : reportingPath(from, to);
    parts.push(
      linePaths(
        d,
        style.dash,
        // The arrow points at the second manager, where the dotted line starts.
        line.dotted ? { start: `url(#${idPrefix}arrow-dotted-start)` } : {},
        clip,
        (path, dashAttrs, markerAttrs) =>
          `<path class="${line.dotted ? 'dotted' : 'reporting'}" d="${path}" fill="none" ` +
          `stroke="${style.stroke}" stroke-width="${style.width}"${dashAttrs}${markerAttrs}/>`,
      ),
    );
  }

  const offsets = influenceOffsets(drawing.influenceLines);
  drawing.influenceLines.forEach((line, index) => {
    const from = cards.get(line.fromPersonId);
    const to = cards.get(line.toPersonId);
    if (!from || !to || !visible(spanOf(from, to), CURVE_SLACK)) return;
    const style = LINE_STYLES[line.kind];
    parts.push(
      linePaths(
        influencePath(from, to, offsets[index] ?? 0),
        style.dash,
        markerUrls(idPrefix, line.kind, line.direction),
        clip,
        (path, dashAttrs, markerAttrs) =>
          `<path class="influence ${line.kind}" d="${path}" ` +
          `fill="none" stroke="${style.stroke}" stroke-width="${influenceWidth(line.kind, line.strength)}"` +
          `${dashAttrs} stroke-linecap="round"${markerAttrs}/>`,
      ),
    );
  });

  for (const card of drawing.cards) if (visible(card, STROKE_SLACK)) parts.push(cardSvg(card));
  return parts.join('');
}

/**
 * The map (or the part of it in options.viewBox) as a standalone SVG 1.1 document, 1 map px = 1 px:
 * title and subtitle, legend, then the map, clipped to the view box.
 */
export function buildMapSvg(drawing: MapDrawing, options: MapSvgOptions = {}): string {
  const view = options.viewBox ?? defaultViewBox(drawing);
  const showHeader = options.header ?? true;
  const showLegend = options.legend ?? true;
  const prefix = options.idPrefix ?? '';
  const width = Math.max(1, view.width, showHeader || showLegend ? 480 : 0);

  const parts: string[] = [];
  let top = 0;
  if (showHeader) {
    parts.push(
      `<g class="header">` +
        text(MAP_MARGIN, 30, truncate(drawing.title, width - 2 * MAP_MARGIN, 20), {
          size: 20,
          weight: 'bold',
        }) +
        text(MAP_MARGIN, 52, truncate(drawing.subtitle, width - 2 * MAP_MARGIN, 13), {
          size: 13,
          fill: MUTED_COLOUR,
        }) +
        `</g>`,
    );
    top += HEADER_HEIGHT;
  }
  if (showLegend) {
    const legend = legendSvg(drawing.legend, width, prefix);
    if (legend.height > 0) {
      parts.push(`<g transform="translate(0 ${n(top)})">${legend.markup}</g>`);
      top += legend.height + 8;
    }
  }
  const height = top + Math.max(1, view.height);
  parts.push(
    `<svg x="0" y="${n(top)}" width="${n(view.width)}" height="${n(view.height)}" ` +
      `viewBox="${n(view.x)} ${n(view.y)} ${n(view.width)} ${n(view.height)}" overflow="hidden">` +
      mapContentSvg(drawing, prefix, options.viewBox) +
      `</svg>`,
  );

  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" ` +
    `viewBox="0 0 ${n(width)} ${n(height)}" font-family='${FONT_FAMILY}'>` +
    `<title>${escapeXml(drawing.title)}</title>` +
    `<defs>${markerDefs(prefix)}</defs>` +
    `<rect x="0" y="0" width="${n(width)}" height="${n(height)}" fill="#ffffff"/>` +
    parts.join('') +
    `</svg>`
  );
}
