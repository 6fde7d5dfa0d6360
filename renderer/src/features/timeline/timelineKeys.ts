// The chart's keys, handled only while the chart has the keyboard focus (so never while typing in a
// filter): Left/Right move between events in time order (or pan when none is focused), Up/Down between
// lanes, +/− zoom, 0 fits all, Enter opens the focused event, Escape closes the card, then leaves the event.
import type { KeyboardEvent } from 'react';
import type { TimelineMark } from '../../../../shared/timeline/types';
import { segmentsOf } from './eventGeometry';
import { focusNear, moveFocus, type FocusedEvent, type FocusMove } from './focusNav';
import type { LaneGroup } from './laneLayout';
import type { TimeWindowControls } from './useTimeWindow';

const MOVES: Record<string, FocusMove> = { ArrowLeft: 'previous', ArrowRight: 'next', ArrowUp: 'up', ArrowDown: 'down' };

export interface TimelineKeyOptions {
  lanes: readonly LaneGroup[];
  controls: TimeWindowControls;
  focus: FocusedEvent | null;
  setFocus: (focus: FocusedEvent | null) => void;
  panelOpen: boolean;
  onOpen: (event: TimelineMark) => void;
  onClose: () => void;
}

function eventOf(lanes: readonly LaneGroup[], focus: FocusedEvent | null): TimelineMark | null {
  if (!focus) return null;
  return lanes.find((lane) => lane.key === focus.laneKey)?.events.find((event) => event.id === focus.eventId) ?? null;
}

/** Pans the window to an event when it is out of sight. */
function revealEvent(controls: TimeWindowControls, event: TimelineMark | null) {
  const segment = event && segmentsOf(event)[0];
  if (!segment) return;
  const start = segment.start ?? segment.end!;
  controls.reveal(start, segment.end ?? start);
}

export function timelineKeyHandler(options: TimelineKeyOptions) {
  const { lanes, controls, focus, setFocus } = options;
  return (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const focused = eventOf(lanes, focus);
    const move = MOVES[event.key];
    if (move) {
      if (!focused && (move === 'previous' || move === 'next')) controls.panShare(move === 'next' ? 0.1 : -0.1);
      else {
        const next = focused ? moveFocus(lanes, focus, move) : focusNear(lanes, (controls.window.start + controls.window.end) / 2);
        setFocus(next);
        revealEvent(controls, eventOf(lanes, next));
      }
    } else if (event.key === '+' || event.key === '=') controls.zoomIn(focusedTime(focused));
    else if (event.key === '-' || event.key === '_' || event.key === '−') controls.zoomOut(focusedTime(focused));
    else if (event.key === '0') controls.fit();
    else if (event.key === 'Enter' && focused) options.onOpen(focused);
    else if (event.key === 'Escape' && (options.panelOpen || focus)) {
      if (options.panelOpen) options.onClose();
      else setFocus(null);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
}

function focusedTime(event: TimelineMark | null): number | undefined {
  const segment = event && segmentsOf(event)[0];
  if (!segment) return undefined;
  return segment.start !== null && segment.end !== null ? (segment.start + segment.end) / 2 : (segment.start ?? segment.end ?? undefined);
}
