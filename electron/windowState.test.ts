import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SIZE,
  loadWindowState,
  parseWindowState,
  restoredBounds,
  serializeWindowState,
  windowStateKeeper,
  type TrackedWindow,
  type WindowState,
} from './windowState.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'dw-window-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const laptop = { workArea: { x: 0, y: 0, width: 1440, height: 860 } };
const monitor = { workArea: { x: 1440, y: -200, width: 2560, height: 1400 } };
const state = (x: number, y: number, width = 1200, height = 800): WindowState => ({
  bounds: { x, y, width, height },
  maximized: false,
  fullScreen: false,
});

describe('the window’s saved place', () => {
  it('reads back what was written; a damaged, foreign or missing file is no state', () => {
    const saved = { ...state(10, 20), maximized: true };
    expect(parseWindowState(serializeWindowState(saved))).toEqual(saved);
    expect(parseWindowState(undefined)).toBeUndefined();
    expect(parseWindowState('{"version":1,"bounds":')).toBeUndefined();
    expect(parseWindowState('null')).toBeUndefined();
    expect(parseWindowState(JSON.stringify({ version: 2, ...saved }))).toBeUndefined();
    expect(
      parseWindowState(
        JSON.stringify({ version: 1, ...saved, bounds: { x: 0, y: 0, width: -5, height: 10 } }),
      ),
    ).toBeUndefined();
    expect(
      parseWindowState(
        JSON.stringify({ version: 1, ...saved, bounds: { x: 0.5, y: 0, width: 5, height: 10 } }),
      ),
    ).toBeUndefined();
    expect(loadWindowState(path.join(tmp, 'none.json'))).toBeUndefined();
  });

  it('opens centred on the main screen at the default size when nothing was saved', () => {
    expect(restoredBounds(undefined, [laptop, monitor], laptop)).toEqual({
      x: 80,
      y: 20,
      ...DEFAULT_SIZE,
    });
    // A screen smaller than the default size: the window fits it.
    const small = { workArea: { x: 0, y: 0, width: 1024, height: 700 } };
    expect(restoredBounds(undefined, [small], small)).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 700,
    });
  });

  it('opens where it was, on whichever screen that was', () => {
    expect(restoredBounds(state(100, 50), [laptop, monitor], laptop)).toEqual(
      state(100, 50).bounds,
    );
    expect(restoredBounds(state(2000, -100), [laptop, monitor], laptop)).toEqual(
      state(2000, -100).bounds,
    );
  });

  it('is moved fully onto the screen it is mostly on, and shrunk to fit it', () => {
    // Hanging off the laptop's right edge onto nothing.
    expect(restoredBounds(state(1000, 100), [laptop], laptop)).toEqual({
      x: 240,
      y: 60,
      width: 1200,
      height: 800,
    });
    // Mostly on the big monitor, a little on the laptop: moved onto the monitor.
    expect(restoredBounds(state(1400, 0, 2000, 1200), [laptop, monitor], laptop)).toEqual({
      x: 1440,
      y: 0,
      width: 2000,
      height: 1200,
    });
    // Larger than the only screen: as large as its work area.
    expect(restoredBounds(state(0, 0, 3000, 2000), [laptop], laptop)).toEqual(laptop.workArea);
    // Never smaller than the minimum, however it was saved.
    expect(restoredBounds(state(10, 10, 200, 100), [laptop], laptop)).toEqual({
      x: 10,
      y: 10,
      width: 800,
      height: 560,
    });
  });

  it('comes back to the main screen when its screen was unplugged', () => {
    expect(restoredBounds(state(2000, 100), [laptop], laptop)).toEqual({
      x: 120,
      y: 30,
      width: 1200,
      height: 800,
    });
    // A sliver still on the laptop is not enough to find it.
    expect(restoredBounds(state(1435, 100), [laptop], laptop)).toMatchObject({ x: 120, y: 30 });
    expect(restoredBounds(state(0, 0), [], laptop)).toMatchObject({ x: 120, y: 30 });
  });
});

describe('keeping the window’s place', () => {
  const tracked = (bounds = state(5, 6).bounds): TrackedWindow & { bounds: typeof bounds } => ({
    bounds,
    getNormalBounds() {
      return this.bounds;
    },
    isMaximized: () => false,
    isFullScreen: () => false,
    isMinimized: () => false,
  });

  it('saves once moves and resizes settle, and at once on close', () => {
    vi.useFakeTimers();
    try {
      const file = path.join(tmp, 'keeper', 'window-state.json');
      const window = tracked();
      const keeper = windowStateKeeper(file, window, { delayMs: 500 });
      keeper.changed();
      vi.advanceTimersByTime(300);
      keeper.changed();
      vi.advanceTimersByTime(300);
      expect(loadWindowState(file)).toBeUndefined();
      vi.advanceTimersByTime(300);
      expect(loadWindowState(file)).toEqual(state(5, 6));
      window.bounds = { x: 40, y: 50, width: 900, height: 600 };
      keeper.changed();
      keeper.closing();
      expect(loadWindowState(file)?.bounds).toEqual(window.bounds);
      // Nothing left pending after the close.
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports a failed save instead of throwing', () => {
    const blocker = path.join(tmp, 'a-file');
    writeFileSync(blocker, 'x');
    const onError = vi.fn();
    windowStateKeeper(path.join(blocker, 'window-state.json'), tracked(), { onError }).closing();
    expect(onError).toHaveBeenCalledOnce();
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });
});
