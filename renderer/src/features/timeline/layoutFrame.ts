// The stretch of time the marks are laid out over: the window shown plus half a window each side, so
// a pan only slides the drawn marks (one SVG transform) until it nears the stretch's edge. During a
// zoom gesture (wheel steps in a row) the marks are stretched the same way, up to MAX_STRETCH, and
// laid out anew when the gesture ends. A zoom, a new width or a pan past the margin lays them out again.
import type { TimeWindow } from './timeScale';

export interface LayoutFrame {
  window: TimeWindow;
  /** Pixels across the whole stretch, at the shown window's scale. */
  width: number;
  /** Where the shown window ended when the frame was made: titles that would pass it go before their marks. */
  viewRight: number;
  /** When it was made: today's marker is placed then, not on every frame. */
  madeAt: number;
}

/** Each side of the shown window, as a share of it. */
const MARGIN = 0.5;
/** How near the stretch's edge (a share of the window) the shown window may come before a new layout. */
const EDGE = 0.1;
/** How far a zoom gesture may stretch (or shrink) the laid-out marks before they are laid out again. */
const MAX_STRETCH = 1.4;

/**
 * The previous frame while it still serves the shown window at the same scale (or, while `zooming`,
 * at a scale within MAX_STRETCH of it), else a new one around it; `naive` (the bench's comparison)
 * lays out just the shown window, anew every time.
 */
export function layoutFrameFor(previous: LayoutFrame | null, view: TimeWindow, width: number, naive = false, zooming = false): LayoutFrame {
  if (naive) return { window: view, width, viewRight: width, madeAt: Date.now() };
  const span = view.end - view.start;
  if (previous) {
    const stretch = frameTransform(previous, view, width).k;
    const scaleServes = zooming ? stretch <= MAX_STRETCH && stretch >= 1 / MAX_STRETCH : Math.abs(stretch - 1) <= 1e-9;
    const inside = view.start >= previous.window.start + EDGE * span && view.end <= previous.window.end - EDGE * span;
    if (scaleServes && inside) return previous;
  }
  return {
    window: { start: view.start - MARGIN * span, end: view.end + MARGIN * span },
    width: width * (1 + 2 * MARGIN),
    viewRight: width * (1 + MARGIN),
    madeAt: Date.now(),
  };
}

/**
 * How the laid-out marks are moved to show `view` across `width` pixels: stretched by `k` (1 unless
 * a zoom gesture is under way), then slid left by `x` pixels.
 */
export function frameTransform(frame: LayoutFrame, view: TimeWindow, width: number): { x: number; k: number } {
  const span = view.end - view.start;
  const k = width / span / (frame.width / (frame.window.end - frame.window.start));
  return { x: ((view.start - frame.window.start) / span) * width, k };
}
