import { useReactFlow, type FitViewOptions, type ReactFlowInstance } from '@xyflow/react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { MapNode, MapEdge } from '../components/mapTypes.ts';
import { overlayPadding, type SidePadding, type ViewBox } from '../components/overlayPadding.ts';
import type { LayoutResult } from '../model.ts';
import { firstViewport, fitViewOptions } from './firstView.ts';

const NO_ROOM: SidePadding = { top: 0, right: 0, bottom: 0, left: 0 };

type Size = { width: number; height: number };

/** The first view for a wrapper of `box`: a fit, or a viewport at reading size (firstView.ts). */
function placeView(
  flow: ReactFlowInstance<MapNode, MapEdge>,
  box: DOMRect | undefined,
  room: SidePadding,
  layout: LayoutResult,
  fit: FitViewOptions<MapNode>,
): Promise<unknown> {
  const start = box ? firstViewport(box, room, layout) : null;
  if (start === null) return Promise.resolve();
  return start === 'fit' ? flow.fitView(fit) : flow.setViewport(start);
}

/**
 * The view of the chart: the first one once it is laid out (then the map is `ready`), what the
 * controls' fit button does, and a fit of the whole chart clear of the overlays.
 */
export function useMapView(wrapper: RefObject<HTMLDivElement | null>, layout: LayoutResult | null) {
  const flow = useReactFlow<MapNode, MapEdge>();
  const [ready, setReady] = useState(false);
  /** What the controls' fit button does: the first view's fit. */
  const [controlsFit, setControlsFit] = useState<FitViewOptions<MapNode>>({ maxZoom: 1 });

  /**
   * The room to keep around the chart when it is fitted, so that the legend, minimap and controls
   * cover no card; measured when asked, as the legend's size follows its language and content.
   */
  const overlayRoom = (): SidePadding => {
    const view = wrapper.current?.getBoundingClientRect();
    if (!view || !layout) return NO_ROOM;
    const overlays = [
      ...(wrapper.current?.querySelectorAll(
        '.react-flow__controls, .react-flow__minimap, [data-map-overlay]',
      ) ?? []),
    ].map((el): ViewBox => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left - view.left,
        top: r.top - view.top,
        right: r.right - view.left,
        bottom: r.bottom - view.top,
      };
    });
    return overlayPadding(view, overlays, layout.bounds);
  };

  /** Places the first view for the wrapper's size now; answers that size once the view is there. */
  const placeFirstView = async (): Promise<Size | null> => {
    const box = wrapper.current?.getBoundingClientRect();
    if (!layout || !box) return null;
    const room = overlayRoom();
    const fit = fitViewOptions(room);
    setControlsFit(fit);
    await placeView(flow, box, room, layout, fit);
    return { width: box.width, height: box.height };
  };
  const placeFirstViewRef = useRef(placeFirstView);
  useEffect(() => {
    placeFirstViewRef.current = placeFirstView;
  });

  /** The first view as placed and the wrapper's size it was placed for; null once the user moves. */
  const placed = useRef<{ x: number; y: number; zoom: number; size: Size } | null>(null);

  const firstView = useRef(false);
  useEffect(() => {
    if (!layout || firstView.current) return;
    firstView.current = true;
    requestAnimationFrame(() => {
      // Ready once the view is where it stays (fitView waits until the cards are measured).
      void placeFirstViewRef.current().then((size) =>
        requestAnimationFrame(() => {
          placed.current = size && { ...flow.getViewport(), size };
          setReady(true);
        }),
      );
    });
  }, [layout, flow]);

  // The page around the map may settle after the first view (a header growing as its badges
  // load): while the user has not moved the view, it is placed again for the wrapper's new size.
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      const was = placed.current;
      const box = element.getBoundingClientRect();
      if (!was || (box.width === was.size.width && box.height === was.size.height)) return;
      const now = flow.getViewport();
      if (now.x !== was.x || now.y !== was.y || now.zoom !== was.zoom) {
        placed.current = null;
        return;
      }
      void placeFirstViewRef.current().then((size) => {
        placed.current = size && { ...flow.getViewport(), size };
      });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [flow, wrapper]);

  const fitAll = () => void flow.fitView(fitViewOptions(overlayRoom()));

  return { ready, controlsFit, fitAll };
}
