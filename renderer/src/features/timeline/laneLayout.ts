// Lanes (by card, by event type or by tag) and, inside each, the rows that keep marks from overlapping:
// a mark takes its drawn extent plus its title, and goes in the first row where it fits.
import type { TimelineEvent } from '../../../../shared/timeline/types';
import { isDated, segmentsOf, sortTime, type TimeSegment } from './eventGeometry';
import { toTime, toX, type TimeWindow } from './timeScale';

export const LANE_MODES = ['entity', 'type', 'tag'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

export interface LaneGroup {
  key: string;
  label: string;
  /** Dated events of the lane, in time order. */
  events: TimelineEvent[];
}

export interface PlacedSegment extends TimeSegment {
  x0: number;
  x1: number;
}

export interface PlacedMark {
  event: TimelineEvent;
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
  events: TimelineEvent[];
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

function keysOf(event: TimelineEvent, mode: LaneMode): Array<{ key: string; label: string }> {
  if (mode === 'entity') return event.participants.map((card) => ({ key: `entity:${card.id}`, label: card.name }));
  if (mode === 'type') return event.type ? [{ key: `type:${event.type}`, label: event.type }] : [];
  return event.tags.map((tag) => ({ key: `tag:${tag}`, label: tag }));
}

/** The lanes of the dated events: an event is in each of its cards' (or tags') lanes; lanes with most events first. */
export function groupLanes(events: readonly TimelineEvent[], mode: LaneMode): LaneGroup[] {
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
  for (const lane of ordered) lane.events.sort((a, b) => sortTime(a) - sortTime(b) || a.title.localeCompare(b.title));
  return ordered;
}

export function shortTitle(title: string): string {
  return title.length > MAX_LABEL_CHARS ? `${title.slice(0, MAX_LABEL_CHARS - 1)}…` : title;
}

/** A mark in pixels: open ends reach past the chart's edge, where they fade out. */
export function placeMark(event: TimelineEvent, window: TimeWindow, width: number): Omit<PlacedMark, 'row'> | null {
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
  if (only !== null && !only.point && Math.min(x1, width) - visibleStart >= labelWidth + 12) {
    return { ...base, labelSide: 'inside', labelX: visibleStart + 6, extentStart: x0, extentEnd: x1 };
  }
  if (x1 + 4 + labelWidth > width && x0 - 4 - labelWidth >= 0) {
    return { ...base, labelSide: 'before', labelX: x0 - 4, extentStart: x0 - 4 - labelWidth, extentEnd: x1 };
  }
  return { ...base, labelSide: 'after', labelX: x1 + 4, extentStart: x0, extentEnd: x1 + 4 + labelWidth };
}

/**
 * The lane's marks inside the window, each in the first row where neither it nor its title overlaps
 * another; past MAX_ROWS rows, the rest are counted in clusters (so 10,000 events zoomed out stay a few rows).
 */
export function layoutLane(lane: LaneGroup, window: TimeWindow, width: number): LaidLane {
  const rowEnds: number[] = [];
  const marks: PlacedMark[] = [];
  const overflow: OverflowCluster[] = [];
  const placed = lane.events
    .map((event) => placeMark(event, window, width))
    .filter((mark): mark is Omit<PlacedMark, 'row'> => mark !== null)
    .sort((a, b) => a.extentStart - b.extentStart);
  for (const mark of placed) {
    if (mark.extentEnd < 0 || mark.extentStart > width) continue;
    let row = rowEnds.findIndex((rowEnd) => rowEnd + GAP_PX <= mark.extentStart);
    if (row === -1 && rowEnds.length >= MAX_ROWS) {
      addToCluster(overflow, mark, window, width);
      continue;
    }
    if (row === -1) row = rowEnds.push(mark.extentEnd) - 1;
    else rowEnds[row] = mark.extentEnd;
    marks.push({ ...mark, row });
  }
  return { ...lane, rows: Math.max(1, rowEnds.length) + (overflow.length > 0 ? 1 : 0), marks, overflow };
}

function addToCluster(clusters: OverflowCluster[], mark: Omit<PlacedMark, 'row'>, window: TimeWindow, width: number) {
  const x0 = Math.max(0, mark.x0);
  const x1 = Math.min(width, Math.max(mark.x1, x0 + 1));
  const last = clusters[clusters.length - 1];
  if (last && x0 <= last.x1 + CLUSTER_GAP_PX) {
    last.x1 = Math.max(last.x1, x1);
    last.end = toTime(window, width, last.x1);
    last.events.push(mark.event);
    return;
  }
  clusters.push({ x0, x1, start: toTime(window, width, x0), end: toTime(window, width, x1), events: [mark.event] });
}

/** Undated events, never dropped: listed in their own lane. */
export function undatedOf(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events.filter((event) => !isDated(event));
}
