// The stretch of time the marks are laid out over: the window shown plus half a window each side, so
// a pan only slides the drawn marks (one SVG transform) until it nears the stretch's edge. A zoom, a
// new width or a pan past the margin lays them out again.
import type { TimeWindow } from './timeScale';

export interface LayoutFrame {
  window: TimeWindow;
  /** Pixels across the whole stretch, at the shown window's scale. */
  width: number;
  /** Where the shown window ended when the frame was made: titles that would pass it go before their marks. */
  viewRight: number;
}

/** Each side of the shown window, as a share of it. */
const MARGIN = 0.5;
/** How near the stretch's edge (a share of the window) the shown window may come before a new layout. */
const EDGE = 0.1;

/**
 * The previous frame while it still serves the shown window at the same scale, else a new one around
 * it; `naive` (the bench's comparison) lays out just the shown window, anew every time.
 */
export function layoutFrameFor(previous: LayoutFrame | null, view: TimeWindow, width: number, naive = false): LayoutFrame {
  if (naive) return { window: view, width, viewRight: width };
  const span = view.end - view.start;
  if (previous) {
    const sameScale = Math.abs((previous.window.end - previous.window.start) / previous.width - span / width) <= (span / width) * 1e-9;
    const inside = view.start >= previous.window.start + EDGE * span && view.end <= previous.window.end - EDGE * span;
    if (sameScale && inside) return previous;
  }
  return {
    window: { start: view.start - MARGIN * span, end: view.end + MARGIN * span },
    width: width * (1 + 2 * MARGIN),
    viewRight: width * (1 + MARGIN),
  };
}

/** Where the shown window starts inside the frame, in pixels: the marks slide left by this much. */
export function frameOffset(frame: LayoutFrame, view: TimeWindow): number {
  return ((view.start - frame.window.start) / (frame.window.end - frame.window.start)) * frame.width;
}
