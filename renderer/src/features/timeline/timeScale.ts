// Time on the horizontal axis: a window of UTC milliseconds drawn across a width in pixels, and the
// zoom and pan moves on it. Years 1 to 9999 (the dates the timeline takes), from centuries to hours.
// The time ↔ pixel mapping is d3-scale's UTC time scale; the zoom and pan moves are ours.
import { scaleUtc, type ScaleTime } from 'd3-scale';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const YEAR = 365.2425 * DAY;

/** The narrowest window: a few hours across the chart. */
export const MIN_SPAN = 4 * HOUR;
/** The widest window: twenty centuries. */
export const MAX_SPAN = 2000 * YEAR;
const FIRST_TIME = utc(1, 0, 1);
const LAST_TIME = utc(10000, 0, 1);

export interface TimeWindow {
  start: number;
  end: number;
}

/** Milliseconds of a UTC calendar day and hour; years below 100 are not shifted to the 1900s. */
export function utc(year: number, month: number, day: number, hour = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  // Hours past 23 roll into the next day.
  return date.setUTCHours(hour);
}

/** The first millisecond of a day written `YYYY-MM-DD`. */
export function dayStart(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return utc(year!, (month ?? 1) - 1, date ?? 1);
}

/** The first millisecond after a day: a day covers [dayStart, dayEnd). */
export function dayEnd(day: string): number {
  return dayStart(day) + DAY;
}

let lastScale: { start: number; end: number; width: number; scale: ScaleTime<number, number> } | null = null;

/** The scale drawing `window` across `width` pixels; the last one is kept, since a frame asks for the same one thousands of times. */
export function scaleFor(window: TimeWindow, width: number): ScaleTime<number, number> {
  if (lastScale && lastScale.start === window.start && lastScale.end === window.end && lastScale.width === width) return lastScale.scale;
  const scale = scaleUtc().domain([window.start, window.end]).range([0, width]);
  lastScale = { start: window.start, end: window.end, width, scale };
  return scale;
}

export function toX(window: TimeWindow, width: number, time: number): number {
  return scaleFor(window, width)(time);
}

export function toTime(window: TimeWindow, width: number, x: number): number {
  return scaleFor(window, width).invert(x).getTime();
}

/** Keeps the span between hours and centuries and the window inside the years the timeline takes. */
export function clampWindow(window: TimeWindow): TimeWindow {
  const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, window.end - window.start));
  const middle = (window.start + window.end) / 2;
  let start = middle - span / 2;
  start = Math.max(FIRST_TIME, Math.min(LAST_TIME - span, start));
  return { start, end: start + span };
}

/** Zooms by `factor` (below 1 zooms in) keeping `anchor` (a time) at the same place on screen. */
export function zoomWindow(window: TimeWindow, factor: number, anchor = (window.start + window.end) / 2): TimeWindow {
  const span = window.end - window.start;
  const next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span * factor));
  const share = (anchor - window.start) / span;
  const start = anchor - share * next;
  const zoomed = { start, end: start + next };
  // At the limits the anchor may move rather than the window leaving the calendar.
  return clampWindow(zoomed);
}

/** Moves the window by a time delta (positive: later). */
export function panWindow(window: TimeWindow, delta: number): TimeWindow {
  return clampWindow({ start: window.start + delta, end: window.end + delta });
}

/**
 * A window showing [first, last] with a margin, wider after the last event so its title fits beside it;
 * a single day or a short stretch shows a month or so around it.
 */
export function fitWindow(first: number, last: number): TimeWindow {
  const span = Math.max(last - first, 14 * DAY);
  const middle = (first + last) / 2;
  return clampWindow({ start: middle - span * 0.55, end: middle + span * 0.7 });
}
