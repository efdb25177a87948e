import type { FitViewOptions, Viewport } from '@xyflow/react';
import type { MapNode } from '../components/mapTypes.ts';
import type { SidePadding } from '../components/overlayPadding.ts';
import type { LayoutResult } from '../model.ts';

/**
 * Below this zoom the whole chart fits (clear of the overlays): start at the top instead. Low
 * enough that the demo maps are seen whole at 1280×800.
 */
const FIRST_VIEW_MIN_ZOOM = 0.3;
/** The zoom of that start at the top of a bigger chart. */
const TOP_VIEW_ZOOM = 0.45;

/** A fit of the whole chart inside the given room, never enlarged past its own size. */
export function fitViewOptions(room: SidePadding): FitViewOptions<MapNode> {
  return {
    padding: {
      top: `${room.top}px`,
      right: `${room.right}px`,
      bottom: `${room.bottom}px`,
      left: `${room.left}px`,
    },
    maxZoom: 1,
  };
}

/**
 * Where the map first shows its chart in a view of `box`, keeping `room` free for the overlays:
 * the whole chart fitted (`'fit'`) when it is readable so, else its top centred on the topmost
 * card (the minimap shows the rest); null for an empty chart, left where the view is.
 */
export function firstViewport(
  box: { width: number; height: number },
  room: SidePadding,
  layout: Pick<LayoutResult, 'bounds' | 'cards'>,
): 'fit' | Viewport | null {
  const { bounds } = layout;
  if (bounds.width <= 0) return null;
  const free = Math.min(
    (box.width - room.left - room.right) / bounds.width,
    (box.height - room.top - room.bottom) / bounds.height,
  );
  if (free >= FIRST_VIEW_MIN_ZOOM) return 'fit';
  const zoom = TOP_VIEW_ZOOM;
  const root = layout.cards.reduce<(typeof layout.cards)[number] | null>(
    (best, c) => (!best || c.y < best.y ? c : best),
    null,
  );
  const cx = root ? root.x + root.width / 2 : bounds.x + bounds.width / 2;
  return { x: box.width / 2 - cx * zoom, y: room.top - bounds.y * zoom, zoom };
}
