// Where the layout appears on the canvas: screen = world · zoom + pan (CSS pixels from the canvas's
// top-left corner). Pure functions, so fitting, zooming and hit-testing are tested under Node.
import type { Layout } from './layout';

export interface View {
  panX: number;
  panY: number;
  zoom: number;
}

export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 8;
/** At or above this zoom, cards carry their names. */
export const LABEL_ZOOM = 1.1;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** The whole layout centred in a width×height canvas with a margin, never zoomed in past 2×. */
export function fitView(layout: Layout, width: number, height: number, margin = 32): View {
  const n = layout.xs.length;
  if (n === 0 || width <= 0 || height <= 0) return { panX: width / 2, panY: height / 2, zoom: 1 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, layout.xs[i]!);
    maxX = Math.max(maxX, layout.xs[i]!);
    minY = Math.min(minY, layout.ys[i]!);
    maxY = Math.max(maxY, layout.ys[i]!);
  }
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const zoom = clampZoom(Math.min(2, (width - 2 * margin) / spanX, (height - 2 * margin) / spanY));
  return { zoom, panX: width / 2 - ((minX + maxX) / 2) * zoom, panY: height / 2 - ((minY + maxY) / 2) * zoom };
}

/** Zooms by a factor, keeping the world point under (screenX, screenY) where it is. */
export function zoomAt(view: View, factor: number, screenX: number, screenY: number): View {
  const zoom = clampZoom(view.zoom * factor);
  const scale = zoom / view.zoom;
  return { zoom, panX: screenX - (screenX - view.panX) * scale, panY: screenY - (screenY - view.panY) * scale };
}

/** The world point (x, y) in the middle of the canvas, zoomed in at least to minZoom. */
export function centreOn(view: View, x: number, y: number, width: number, height: number, minZoom: number): View {
  const zoom = clampZoom(Math.max(view.zoom, minZoom));
  return { zoom, panX: width / 2 - x * zoom, panY: height / 2 - y * zoom };
}

export function panBy(view: View, dx: number, dy: number): View {
  return { ...view, panX: view.panX + dx, panY: view.panY + dy };
}

export function toScreen(view: View, x: number, y: number): { x: number; y: number } {
  return { x: x * view.zoom + view.panX, y: y * view.zoom + view.panY };
}

/** A card's radius on screen: bigger for more relations, readable at any zoom. */
export function nodeRadius(view: View, degree: number): number {
  const world = 4 + Math.sqrt(degree) * 1.2;
  return Math.max(2.5, Math.min(18, world * view.zoom));
}

/**
 * The node nearest to a screen point, if within its radius plus some slack (so small dots are still
 * easy to hit); -1 when none is. A linear scan: a thousand nodes take microseconds.
 */
export function nearestNode(layout: Layout, degrees: ArrayLike<number>, view: View, screenX: number, screenY: number, slack = 6): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < layout.xs.length; i++) {
    const dx = layout.xs[i]! * view.zoom + view.panX - screenX;
    const dy = layout.ys[i]! * view.zoom + view.panY - screenY;
    const distance = Math.sqrt(dx * dx + dy * dy);
    const reach = Math.max(nodeRadius(view, degrees[i] ?? 0) + slack, 10);
    if (distance <= reach && distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
