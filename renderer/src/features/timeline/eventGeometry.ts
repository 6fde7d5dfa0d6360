// Where an event sits in time: one segment per dating drawn (the main one, or every one when the
// sources disagree), each a day point or a span, soft-edged when approximate or uncertain, fading
// at an open end.
import type { MarkDating, TimelineMark } from '../../../../shared/timeline/types';
import { DAY, dayEnd, dayStart } from './timeScale';

export interface TimeSegment {
  datingId: string;
  /** First millisecond; null when the start is open or unknown. */
  start: number | null;
  /** First millisecond after; null when the end is open or unknown. */
  end: number | null;
  /** One day: drawn as a point. */
  point: boolean;
  /** Approximate or uncertain: drawn with soft edges. */
  soft: boolean;
  label: string;
}

export function isDated(event: TimelineMark): boolean {
  return event.datings.some((dating) => dating.earliest !== null || dating.latest !== null);
}

export function segmentOf(dating: MarkDating): TimeSegment {
  const start = dating.earliest ? dayStart(dating.earliest) : null;
  const end = dating.latest ? dayEnd(dating.latest) : null;
  return {
    datingId: dating.id,
    start,
    end,
    point: start !== null && end !== null && end - start <= DAY,
    soft: dating.approximate || dating.uncertain,
    label: dating.label,
  };
}

// Read once per event object: every pan and zoom lays out thousands of events again.
const segmentCache = new WeakMap<TimelineMark, TimeSegment[]>();
const spanCache = new WeakMap<TimelineMark, { first: number; last: number }>();

/** The segments drawn for an event: every dating of a conflict side by side, else the main dating. */
export function segmentsOf(event: TimelineMark): TimeSegment[] {
  const cached = segmentCache.get(event);
  if (cached) return cached;
  const dated = event.datings.filter((dating) => dating.earliest !== null || dating.latest !== null);
  const shown = event.conflict ? dated : dated.slice(0, 1);
  const segments = shown.map(segmentOf);
  segmentCache.set(event, segments);
  return segments;
}

/** The time the drawn segments reach, an open end reaching forever; NaN for an undated event. */
export function timeSpanOf(event: TimelineMark): { first: number; last: number } {
  const cached = spanCache.get(event);
  if (cached) return cached;
  let first = Infinity;
  let last = -Infinity;
  for (const segment of segmentsOf(event)) {
    first = Math.min(first, segment.start ?? -Infinity);
    last = Math.max(last, segment.end ?? Infinity);
  }
  const span = first <= last ? { first, last } : { first: NaN, last: NaN };
  spanCache.set(event, span);
  return span;
}

/** The first and last millisecond any dated event covers (open ends count their known end), or null. */
export function extentOf(events: readonly TimelineMark[]): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    for (const segment of segmentsOf(event)) {
      for (const time of [segment.start, segment.end]) {
        if (time === null) continue;
        first = Math.min(first, time);
        last = Math.max(last, time);
      }
    }
  }
  return first <= last ? { first, last } : null;
}

/** The time an event sorts by: its first known day (an open start sorts by its end). */
export function sortTime(event: TimelineMark): number {
  const segment = segmentsOf(event)[0];
  if (!segment) return Infinity;
  return segment.start ?? segment.end ?? Infinity;
}
