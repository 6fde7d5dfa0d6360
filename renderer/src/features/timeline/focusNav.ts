// Moving the keyboard focus between events: Left/Right to the previous or next event of the lane in
// time order, Up/Down to the lane above or below, to its event nearest in time.
import { sortTime } from './eventGeometry';
import type { LaidLane, LaneGroup } from './laneLayout';

export interface FocusedEvent {
  laneKey: string;
  eventId: string;
}

export type FocusMove = 'previous' | 'next' | 'up' | 'down';

/** The first event of the first lane, or null when there is none. */
export function firstFocus(lanes: readonly LaneGroup[]): FocusedEvent | null {
  const lane = lanes.find((l) => l.events.length > 0);
  return lane ? { laneKey: lane.key, eventId: lane.events[0]!.id } : null;
}

/** Where the focus goes; it stays put at an end (or when the focused event is no longer shown: to the first). */
export function moveFocus(lanes: readonly LaneGroup[], focus: FocusedEvent | null, move: FocusMove): FocusedEvent | null {
  const laneIndex = focus ? lanes.findIndex((lane) => lane.key === focus.laneKey) : -1;
  const lane = lanes[laneIndex];
  const eventIndex = lane ? lane.events.findIndex((event) => event.id === focus!.eventId) : -1;
  if (!lane || eventIndex === -1) return firstFocus(lanes);
  if (move === 'previous' || move === 'next') {
    const next = lane.events[eventIndex + (move === 'next' ? 1 : -1)];
    return next ? { laneKey: lane.key, eventId: next.id } : focus;
  }
  const time = sortTime(lane.events[eventIndex]!);
  const step = move === 'down' ? 1 : -1;
  for (let i = laneIndex + step; i >= 0 && i < lanes.length; i += step) {
    const target = lanes[i]!;
    if (target.events.length === 0) continue;
    const nearest = target.events.reduce((best, event) => (Math.abs(sortTime(event) - time) < Math.abs(sortTime(best) - time) ? event : best));
    return { laneKey: target.key, eventId: nearest.id };
  }
  return focus;
}

/** The event of the first lane that has one nearest to `time`: where the focus lands from the chart itself. */
export function focusNear(lanes: readonly LaneGroup[], time: number): FocusedEvent | null {
  const lane = lanes.find((l) => l.events.length > 0);
  if (!lane) return null;
  const nearest = lane.events.reduce((best, event) => (Math.abs(sortTime(event) - time) < Math.abs(sortTime(best) - time) ? event : best));
  return { laneKey: lane.key, eventId: nearest.id };
}

/**
 * When the focused event is counted in a lane's "+N" cluster rather than drawn, the time to zoom in
 * around so it gets drawn; null when it is drawn (or not in this layout at all).
 */
export function clusteredFocusTime(lanes: readonly LaidLane[], focus: FocusedEvent | null): number | null {
  const lane = focus && lanes.find((l) => l.key === focus.laneKey);
  if (!lane || lane.marks.some((mark) => mark.event.id === focus.eventId)) return null;
  const event = lane.overflow.flatMap((cluster) => cluster.events).find((e) => e.id === focus.eventId);
  return event ? sortTime(event) : null;
}
