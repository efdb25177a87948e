import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { MapNode, MapEdge } from '../components/mapTypes.ts';
import { overlayPadding, type SidePadding, type ViewBox } from '../components/overlayPadding.ts';
import type { LayoutResult } from '../model.ts';
import { firstViewport, fitViewOptions } from './firstView.ts';

const NO_ROOM: SidePadding = { top: 0, right: 0, bottom: 0, left: 0 };

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
  const overlayRoom = useCallback((): SidePadding => {
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
  }, [layout, wrapper]);

  const firstView = useRef(false);
  useEffect(() => {
    if (!layout || firstView.current) return;
    firstView.current = true;
    requestAnimationFrame(() => {
      const box = wrapper.current?.getBoundingClientRect();
      const room = overlayRoom();
      const fit = fitViewOptions(room);
      setControlsFit(fit);
      const start = box ? firstViewport(box, room, layout) : null;
      const fitted =
        start === null
          ? Promise.resolve()
          : start === 'fit'
            ? flow.fitView(fit)
            : flow.setViewport(start);
      // Ready once the view is where it stays (fitView waits until the cards are measured).
      void fitted.then(() => requestAnimationFrame(() => setReady(true)));
    });
  }, [layout, flow, overlayRoom, wrapper]);

  const fitAll = useCallback(
    () => void flow.fitView(fitViewOptions(overlayRoom())),
    [flow, overlayRoom],
  );

  return { ready, controlsFit, fitAll };
}
