import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

// The main window's size and place (issue 15): saved in the user-data folder when it moves,
// resizes or closes, restored at the next start, and always brought back onto a screen that
// is still there.

/** The file, in the user-data folder. */
export const WINDOW_STATE_FILE = 'window-state.json';

export type Rectangle = { x: number; y: number; width: number; height: number };

export type WindowState = {
  /** The window's normal (not maximized) bounds. */
  bounds: Rectangle;
  maximized: boolean;
  fullScreen: boolean;
};

/** A display's work area (the screen without task bar or dock). */
export type DisplayLike = { workArea: Rectangle };

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;
/** A window showing less than this square of itself on every screen counts as off-screen. */
const MIN_VISIBLE = 100;

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);
const stored = z.object({
  version: z.literal(1),
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean(),
  fullScreen: z.boolean().default(false),
});

/** The saved state, or undefined for a file that is missing, damaged or from another version. */
export function parseWindowState(text: string | undefined): WindowState | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = stored.safeParse(JSON.parse(text));
    if (!parsed.success) return undefined;
    const { bounds, maximized, fullScreen } = parsed.data;
    return { bounds, maximized, fullScreen };
  } catch {
    return undefined;
  }
}

export function serializeWindowState(state: WindowState): string {
  return JSON.stringify({ version: 1, ...state }, null, 2);
}

const overlap = (a: Rectangle, b: Rectangle) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/**
 * The bounds to open the window with: the saved ones where they still fit a display (the one
 * they overlap most), shrunk to its work area and moved fully onto it when a screen was
 * removed or made smaller; centred on the primary display with the default size when nothing
 * was saved or no display is left under them.
 */
export function restoredBounds(
  saved: WindowState | undefined,
  displays: readonly DisplayLike[],
  primary: DisplayLike,
): Rectangle {
  const centred = (area: Rectangle, width: number, height: number): Rectangle => {
    const w = Math.min(width, area.width);
    const h = Math.min(height, area.height);
    return {
      x: area.x + Math.round((area.width - w) / 2),
      y: area.y + Math.round((area.height - h) / 2),
      width: w,
      height: h,
    };
  };
  if (!saved) return centred(primary.workArea, DEFAULT_SIZE.width, DEFAULT_SIZE.height);
  const { bounds } = saved;
  const best = displays
    .map((display) => ({ display, visible: overlap(bounds, display.workArea) }))
    .sort((a, b) => b.visible - a.visible)[0];
  // Left on a screen that is gone (or all but a sliver of it): back to the middle of the main one.
  if (!best || best.visible < MIN_VISIBLE * MIN_VISIBLE)
    return centred(primary.workArea, bounds.width, bounds.height);
  const area = best.display.workArea;
  const width = Math.min(Math.max(bounds.width, MIN_SIZE.width), area.width);
  const height = Math.min(Math.max(bounds.height, MIN_SIZE.height), area.height);
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}

/** Reads the saved state; a missing or unreadable file is the same as none. */
export function loadWindowState(file: string): WindowState | undefined {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Writes the state whole (temporary file, then rename): a crash leaves the old file or the new. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  try {
    writeFileSync(partial, serializeWindowState(state));
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The slice of a BrowserWindow the keeper reads. */
export type TrackedWindow = {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isMinimized(): boolean;
};

export type WindowStateKeeper = {
  /** A move or resize: saved once things have been still for `delayMs`. */
  changed(): void;
  /** The window is closing: saved now, and no later save is pending. */
  closing(): void;
};

/**
 * Saves a window's state on moves and resizes (debounced, as they come many per second while
 * dragging) and at once when it closes. A failed save is reported, never thrown: the window's
 * place is not worth an error box.
 */
export function windowStateKeeper(
  file: string,
  window: TrackedWindow,
  options: { delayMs?: number; onError?: (error: unknown) => void } = {},
): WindowStateKeeper {
  const delayMs = options.delayMs ?? 500;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    // Minimized, the normal bounds are still right, but there is nothing new to keep.
    if (window.isMinimized()) return;
    try {
      saveWindowState(file, {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized(),
        fullScreen: window.isFullScreen(),
      });
    } catch (error) {
      options.onError?.(error);
    }
  };
  return {
    changed() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(save, delayMs);
    },
    closing() {
      if (timer) clearTimeout(timer);
      save();
    },
  };
}
