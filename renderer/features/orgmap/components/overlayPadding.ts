/** A box in view pixels, measured from the map view's top-left corner. */
export type ViewBox = { left: number; top: number; right: number; bottom: number };
export type SidePadding = { top: number; right: number; bottom: number; left: number };

/** Free space kept between the chart and the view's edges or an overlay. */
export const FIT_MARGIN = 16;

/**
 * The fit padding, per side, that keeps every overlay (legend, minimap, controls) off the chart.
 * Each overlay reserves either the band of its height along the top or bottom edge nearest to it,
 * or the band of its width along the nearest left or right edge; of all the ways to choose, the
 * one that lets the chart be largest wins (the first on a tie). A chart inside the padding can
 * then meet no overlay, whatever the zoom the fit ends at.
 */
export function overlayPadding(
  view: { width: number; height: number },
  overlays: readonly ViewBox[],
  chart: { width: number; height: number },
): SidePadding {
  let best: { padding: SidePadding; zoom: number } | null = null;
  for (let choice = 0; choice < 1 << overlays.length; choice += 1) {
    const padding: SidePadding = { top: 0, right: 0, bottom: 0, left: 0 };
    overlays.forEach((o, i) => {
      const horizontalBand = (choice & (1 << i)) === 0;
      if (horizontalBand) {
        if (o.top + o.bottom > view.height)
          padding.bottom = Math.max(padding.bottom, view.height - o.top);
        else padding.top = Math.max(padding.top, o.bottom);
      } else if (o.left + o.right > view.width) {
        padding.right = Math.max(padding.right, view.width - o.left);
      } else {
        padding.left = Math.max(padding.left, o.right);
      }
    });
    for (const side of ['top', 'right', 'bottom', 'left'] as const) padding[side] += FIT_MARGIN;
    const zoom = Math.min(
      (view.width - padding.left - padding.right) / Math.max(chart.width, 1),
      (view.height - padding.top - padding.bottom) / Math.max(chart.height, 1),
    );
    if (!best || zoom > best.zoom) best = { padding, zoom };
  }
  return best!.padding;
}
