// Restore the window where it was, but never off-screen: a saved position on a monitor that
// has since been unplugged is moved back onto a visible display.
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 };
export const MIN_SIZE = { width: 720, height: 480 };
/** How much of the window must overlap a display to count as visible. */
const MIN_VISIBLE = 64;

export function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((k) => typeof r[k] === 'number' && Number.isFinite(r[k]));
}

/**
 * The bounds to open with. `displays` are the work areas of the connected displays, the primary
 * first. Without saved bounds the window is centred on the primary display.
 */
export function clampWindowBounds(saved: unknown, displays: readonly Rect[]): Rect {
  const primary = displays[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  if (!isRect(saved)) return centredOn(primary, DEFAULT_SIZE);
  const target = displays.find((d) => overlap(saved, d) >= MIN_VISIBLE * MIN_VISIBLE) ?? null;
  const display = target ?? primary;
  const width = clamp(Math.round(saved.width), Math.min(MIN_SIZE.width, display.width), display.width);
  const height = clamp(Math.round(saved.height), Math.min(MIN_SIZE.height, display.height), display.height);
  if (!target) return centredOn(display, { width, height });
  return {
    x: clamp(Math.round(saved.x), display.x, display.x + display.width - width),
    y: clamp(Math.round(saved.y), display.y, display.y + display.height - height),
    width,
    height,
  };
}

function centredOn(display: Rect, size: { width: number; height: number }): Rect {
  const width = Math.min(size.width, display.width);
  const height = Math.min(size.height, display.height);
  return {
    x: display.x + Math.round((display.width - width) / 2),
    y: display.y + Math.round((display.height - height) / 2),
    width,
    height,
  };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}
