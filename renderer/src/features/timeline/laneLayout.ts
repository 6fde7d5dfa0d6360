// Lanes (by card, by event type or by tag) and, inside each, the rows that keep marks from overlapping:
// a mark takes its drawn extent plus its title, and goes in the first row where it fits.
import type { TimelineMark } from '../../../../shared/timeline/types';
import { isDated, segmentsOf, sortTime, timeSpanOf, type TimeSegment } from './eventGeometry';
import { scaleFor, toTime, toX, type TimeWindow } from './timeScale';

export const LANE_MODES = ['entity', 'type', 'tag'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export interface LaneGroup {
  key: string;
  label: string;
  /** Dated events of the lane, in time order. */
  events: TimelineMark[];
}

export interface PlacedSegment extends TimeSegment {
  x0: number;
  x1: number;
}

export interface PlacedMark {
  event: TimelineMark;
  row: number;
  segments: PlacedSegment[];
  x0: number;
  x1: number;
  /** Where the title is anchored: inside a span, after the mark, or before it when there is no room after. */
  labelX: number;
  labelSide: 'inside' | 'after' | 'before';
  label: string;
  /** What the mark and its title take up, for stacking. */
  extentStart: number;
  extentEnd: number;
}

/** Events that found no row within the lane's limit, counted in one place: zooming in spreads them out. */
export interface OverflowCluster {
  x0: number;
  x1: number;
  /** The time range the cluster covers, for zooming into it. */
  start: number;
  end: number;
  events: TimelineMark[];
}

export interface LaidLane extends LaneGroup {
  /** Rows drawn, the overflow row included. */
  rows: number;
  marks: PlacedMark[];
  /** Drawn in the row after the last mark row. */
  overflow: OverflowCluster[];
}

const NO_GROUP: Record<LaneMode, string> = { entity: 'No card', type: 'No type', tag: 'No tag' };
/** A point's radius, the narrowest span, how far an open end reaches past the edge, the gap between marks. */
export const POINT_RADIUS = 5;
const MIN_SPAN_PX = 6;
const OPEN_REACH_PX = 40;
const GAP_PX = 8;
const CHAR_PX = 6.6;
const MAX_LABEL_CHARS = 48;
/** Rows of marks a lane may take before further events are counted in clusters. */
export const MAX_ROWS = 6;
/** Overflowing events closer than this join the same cluster. */
const CLUSTER_GAP_PX = 28;

function keysOf(event: TimelineMark, mode: LaneMode): Array<{ key: string; label: string }> {
  if (mode === 'entity') return event.participants.map((card) => ({ key: `entity:${card.id}`, label: card.name }));
  if (mode === 'type') return event.type ? [{ key: `type:${event.type}`, label: event.type }] : [];
  return event.tags.map((tag) => ({ key: `tag:${tag}`, label: tag }));
}

/** The lanes of the dated events: an event is in each of its cards' (or tags') lanes; lanes with most events first. */
export function groupLanes(events: readonly TimelineMark[], mode: LaneMode): LaneGroup[] {
  const lanes = new Map<string, LaneGroup>();
  const none: LaneGroup = { key: 'none', label: NO_GROUP[mode], events: [] };
  for (const event of events) {
    if (!isDated(event)) continue;
    const keys = keysOf(event, mode);
    if (keys.length === 0) none.events.push(event);
    for (const { key, label } of keys) {
      const lane = lanes.get(key) ?? { key, label, events: [] };
      lane.events.push(event);
      lanes.set(key, lane);
    }
  }
  const ordered = [...lanes.values()].sort((a, b) => b.events.length - a.events.length || a.label.localeCompare(b.label));
  if (none.events.length > 0) ordered.push(none);
  for (const lane of ordered) lane.events = inTimeOrder(lane.events);
  return ordered;
}

/** Each event's time read once, not in every comparison (10,000 events make some 130,000). */
function inTimeOrder(events: readonly TimelineMark[]): TimelineMark[] {
  return events
    .map((event) => ({ event, time: sortTime(event) }))
    .sort((a, b) => a.time - b.time || a.event.title.localeCompare(b.event.title))
    .map(({ event }) => event);
}

export function shortTitle(title: string): string {
  return title.length > MAX_LABEL_CHARS ? `${title.slice(0, MAX_LABEL_CHARS - 1)}…` : title;
}

/** A mark in pixels (open ends reach past the chart's edge, where they fade out); `viewRight` (the shown window's right edge, when wider is laid out) decides whether its title fits after it. */
export function placeMark(event: TimelineMark, window: TimeWindow, width: number, viewRight = width): Omit<PlacedMark, 'row'> | null {
  const segments = segmentsOf(event).map((segment): PlacedSegment => {
    // An open end reaches the chart's edge (at least a little way), where its gradient fades it out.
    const known = segment.start ?? segment.end!;
    const center = toX(window, width, known);
    if (segment.point) return { ...segment, x0: center - POINT_RADIUS, x1: center + POINT_RADIUS };
    let x0 = segment.start === null ? null : toX(window, width, segment.start);
    let x1 = segment.end === null ? null : toX(window, width, segment.end);
    if (x0 === null) x0 = Math.min(0, x1! - OPEN_REACH_PX);
    if (x1 === null) x1 = Math.max(width, x0 + OPEN_REACH_PX);
    if (x1 - x0 < MIN_SPAN_PX) {
      const middle = (x0 + x1) / 2;
      return { ...segment, x0: middle - MIN_SPAN_PX / 2, x1: middle + MIN_SPAN_PX / 2 };
    }
    return { ...segment, x0, x1 };
  });
  if (segments.length === 0) return null;
  const x0 = Math.min(...segments.map((s) => s.x0));
  const x1 = Math.max(...segments.map((s) => s.x1));
  const label = shortTitle(event.title);
  const labelWidth = label.length * CHAR_PX;
  const only = segments.length === 1 ? segments[0]! : null;
  const visibleStart = Math.max(x0, 0);
  const base = { event, segments, x0, x1, label };
  if (only !== null && !only.point && Math.min(x1, width, viewRight) - visibleStart >= labelWidth + 12) {
    return { ...base, labelSide: 'inside', labelX: visibleStart + 6, extentStart: x0, extentEnd: x1 };
  }
  if (x1 + 4 + labelWidth > Math.min(width, viewRight) && x0 - 4 - labelWidth >= 0) {
    return { ...base, labelSide: 'before', labelX: x0 - 4, extentStart: x0 - 4 - labelWidth, extentEnd: x1 };
  }
  return { ...base, labelSide: 'after', labelX: x1 + 4, extentStart: x0, extentEnd: x1 + 4 + labelWidth };
}

/**
 * The lane's marks inside the window, each in the first row where neither it nor its title overlaps
 * another; past MAX_ROWS rows, the rest are counted in clusters (so 10,000 events zoomed out stay a few rows).
 * `naive` (the bench's comparison) lays out every event in as many rows as it takes, skipping nothing.
 */
export function layoutLane(lane: LaneGroup, window: TimeWindow, width: number, naive = false, viewRight = width): LaidLane {
  const rowEnds: number[] = [];
  const marks: PlacedMark[] = [];
  const overflow: OverflowCluster[] = [];
  const maxRows = naive ? Infinity : MAX_ROWS;
  const scale = scaleFor(window, width);
  // Events far outside the window are skipped before any pixel work (their titles could reach in from the left).
  const msPerPixel = (window.end - window.start) / Math.max(1, width);
  const reachBack = naive ? -Infinity : window.start - (MAX_LABEL_CHARS * CHAR_PX + OPEN_REACH_PX) * msPerPixel;
  const reachForward = naive ? Infinity : window.end;
  let lowestRowEnd = -Infinity;
  // Lane events are in time order, so marks come roughly left to right; a row takes a mark only
  // after the row's last extent, so no order can make two overlap.
  for (const event of lane.events) {
    const span = timeSpanOf(event);
    if (!(span.first <= reachForward && span.last >= reachBack)) continue;
    const x0 = scale(span.first) - POINT_RADIUS;
    const x1 = scale(span.last) + POINT_RADIUS;
    // Rows full where even a title before the mark would start: counted without laying it out.
    if (rowEnds.length >= maxRows && lowestRowEnd + GAP_PX > x0 - 4 - MAX_LABEL_CHARS * CHAR_PX) {
      if (x1 >= 0 && x0 <= width) addToCluster(overflow, event, x0, x1, width);
      continue;
    }
    const mark = placeMark(event, window, width, viewRight);
    if (!mark || (!naive && (mark.extentEnd < 0 || mark.extentStart > width))) continue;
    let row = rowEnds.findIndex((rowEnd) => rowEnd + GAP_PX <= mark.extentStart);
    if (row === -1 && rowEnds.length >= maxRows) {
      addToCluster(overflow, event, mark.x0, mark.x1, width);
      continue;
    }
    if (row === -1) row = rowEnds.push(mark.extentEnd) - 1;
    else rowEnds[row] = mark.extentEnd;
    if (rowEnds.length >= maxRows) lowestRowEnd = Math.min(...rowEnds);
    marks.push({ ...mark, row });
  }
  for (const cluster of overflow) {
    cluster.start = toTime(window, width, cluster.x0);
    cluster.end = toTime(window, width, cluster.x1);
  }
  overflow.sort((a, b) => a.x0 - b.x0);
  return { ...lane, rows: Math.max(1, rowEnds.length) + (overflow.length > 0 ? 1 : 0), marks, overflow };
}

/** Adds an event to a near cluster (its time range is set once the lane is done). */
function addToCluster(clusters: OverflowCluster[], event: TimelineMark, markX0: number, markX1: number, width: number) {
  const x0 = Math.max(0, markX0);
  const x1 = Math.min(width, Math.max(markX1, x0 + 1));
  // Events come in time order, so a near cluster is among the last few.
  for (let i = clusters.length - 1; i >= Math.max(0, clusters.length - 3); i--) {
    const near = clusters[i]!;
    if (x0 > near.x1 + CLUSTER_GAP_PX || x1 < near.x0 - CLUSTER_GAP_PX) continue;
    near.x0 = Math.min(near.x0, x0);
    near.x1 = Math.max(near.x1, x1);
    near.events.push(event);
    return;
  }
  clusters.push({ x0, x1, start: 0, end: 0, events: [event] });
}

/** Undated events, never dropped: listed in their own lane. */
export function undatedOf(events: readonly TimelineMark[]): TimelineMark[] {
  return events.filter((event) => !isDated(event));
}
