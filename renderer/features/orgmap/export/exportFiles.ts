// Saving the exported map: PNG drawn from the SVG (the download itself: ui/saveFile.ts).

/** Print resolution of the PNG export; 96 CSS px = 1 inch. */
export const PNG_DPI = 300;
/** Canvas limits of Chromium: per side, and in total. */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_PIXELS = 250_000_000;

/**
 * Device pixels per CSS px for a PNG of width × height CSS px: print resolution, lowered to stay
 * within the canvas limits. `dpi` is the resolution actually used.
 */
export function pngScale(width: number, height: number): { scale: number; dpi: number } {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const scale = Math.min(
    PNG_DPI / 96,
    MAX_CANVAS_SIDE / w,
    MAX_CANVAS_SIDE / h,
    Math.sqrt(MAX_CANVAS_PIXELS / (w * h)),
  );
  return { scale, dpi: Math.floor(scale * 96) };
}

/** The SVG document as a data: URL (the CSP allows data: images, not blob: ones). */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The map image could not be drawn.'));
    image.src = src;
  });
}

/**
 * Draws the SVG (width × height CSS px) into a canvas at print resolution (300 dpi, lower for a
 * very large map) on white, and returns the PNG with the dpi actually used.
 */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
): Promise<{ blob: Blob; dpi: number }> {
  const { scale } = pngScale(width, height);
  const image = await loadImage(svgDataUrl(svg));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(width * scale));
  canvas.height = Math.max(1, Math.floor(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No canvas to draw the map on.');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The map is too large for a PNG.');
  // Report the scale really used (after rounding the canvas to whole pixels).
  return { blob, dpi: Math.floor((canvas.width / Math.max(1, width)) * 96) };
}

/** Width and height (CSS px) of an SVG document made by buildMapSvg. */
export function svgSize(svg: string): { width: number; height: number } {
  const head = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\bwidth="([\d.]+)"/.exec(head)?.[1] ?? 0);
  const height = Number(/\bheight="([\d.]+)"/.exec(head)?.[1] ?? 0);
  return { width, height };
}
