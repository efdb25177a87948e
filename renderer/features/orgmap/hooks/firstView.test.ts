import { describe, expect, it } from 'vitest';
import { firstViewport, fitViewOptions } from './firstView.ts';

const room = { top: 40, right: 0, bottom: 100, left: 0 };
const card = (personId: string, x: number, y: number) => ({
  personId,
  x,
  y,
  width: 200,
  height: 80,
  attach: 'top' as const,
  manual: false,
});

describe('firstViewport', () => {
  it('fits a chart readable as a whole', () => {
    const layout = { bounds: { x: 0, y: 0, width: 1000, height: 600 }, cards: [] };
    expect(firstViewport({ width: 1280, height: 800 }, room, layout)).toBe('fit');
  });

  it('starts a chart too big to read at once at its top, centred on the topmost card', () => {
    const layout = {
      bounds: { x: 0, y: 20, width: 10_000, height: 3000 },
      cards: [card('low', 0, 500), card('top', 4900, 20)],
    };
    expect(firstViewport({ width: 1280, height: 800 }, room, layout)).toEqual({
      x: 640 - 5000 * 0.45,
      y: 40 - 20 * 0.45,
      zoom: 0.45,
    });
  });

  it('leaves the view of an empty chart alone', () => {
    const layout = { bounds: { x: 0, y: 0, width: 0, height: 0 }, cards: [] };
    expect(firstViewport({ width: 1280, height: 800 }, room, layout)).toBeNull();
  });
});

describe('fitViewOptions', () => {
  it('pads by the overlays’ room and never enlarges past the chart’s size', () => {
    expect(fitViewOptions(room)).toEqual({
      padding: { top: '40px', right: '0px', bottom: '100px', left: '0px' },
      maxZoom: 1,
    });
  });
});
