import { describe, expect, it } from 'vitest';
import { FIT_MARGIN, overlayPadding } from './overlayPadding.ts';

const view = { width: 1000, height: 500 };
const controls = { left: 15, top: 15, right: 41, bottom: 110 };
const legend = { left: 15, top: 440, right: 600, bottom: 485 };
const minimap = { left: 825, top: 375, right: 985, bottom: 485 };

describe('overlayPadding', () => {
  it('keeps only the margin when there is no overlay', () => {
    expect(overlayPadding(view, [], { width: 100, height: 100 })).toEqual({
      top: FIT_MARGIN,
      right: FIT_MARGIN,
      bottom: FIT_MARGIN,
      left: FIT_MARGIN,
    });
  });

  it('reserves the legend along the bottom, the minimap along the right for a wide chart', () => {
    const padding = overlayPadding(view, [controls, legend, minimap], {
      width: 2000,
      height: 1000,
    });
    expect(padding).toEqual({
      top: FIT_MARGIN,
      right: 1000 - 825 + FIT_MARGIN,
      bottom: 500 - 440 + FIT_MARGIN,
      left: 41 + FIT_MARGIN,
    });
  });

  it('reserves the minimap along the bottom instead when the chart is narrow and short', () => {
    const padding = overlayPadding(view, [legend, minimap], { width: 3000, height: 100 });
    expect(padding.bottom).toBe(500 - 375 + FIT_MARGIN);
    expect(padding.right).toBe(FIT_MARGIN);
  });

  it('leaves a chart inside the padding clear of every overlay', () => {
    const chart = { width: 1200, height: 700 };
    const p = overlayPadding(view, [controls, legend, minimap], chart);
    const free = {
      left: p.left,
      top: p.top,
      right: view.width - p.right,
      bottom: view.height - p.bottom,
    };
    for (const o of [controls, legend, minimap]) {
      const apart =
        o.right <= free.left ||
        o.left >= free.right ||
        o.bottom <= free.top ||
        o.top >= free.bottom;
      expect(apart).toBe(true);
    }
  });
});
