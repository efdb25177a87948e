import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_CANVAS_PIXELS,
  MAX_CANVAS_SIDE,
  pngScale,
  svgDataUrl,
  svgSize,
} from './exportFiles.ts';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('pngScale', () => {
  it('uses 300 dpi when the canvas allows', () => {
    expect(pngScale(2000, 1000)).toEqual({ scale: 300 / 96, dpi: 300 });
  });

  it('stays within the canvas side limit', () => {
    const { scale, dpi } = pngScale(20_000, 1000);
    expect(20_000 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    expect(dpi).toBeLessThan(300);
  });

  it('stays within the canvas area limit', () => {
    const { scale } = pngScale(12_000, 12_000);
    expect(12_000 * scale * 12_000 * scale).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.0001);
  });
});

describe('svg helpers', () => {
  it('reads the size of a document and makes a data URL', () => {
    const svg =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="640.5" height="480"><rect width="5" height="6"/></svg>';
    expect(svgSize(svg)).toEqual({ width: 640.5, height: 480 });
    expect(svgDataUrl('<svg>&#</svg>')).toBe(
      'data:image/svg+xml;charset=utf-8,%3Csvg%3E%26%23%3C%2Fsvg%3E',
    );
  });
});
