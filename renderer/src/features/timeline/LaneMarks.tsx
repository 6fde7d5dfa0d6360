// One lane's marks and "+N" clusters, drawn once per layout: a pan slides them with a transform
// and a change of focus redraws only the lane it is in, so neither re-renders every mark.
import { memo } from 'react';
import type { TimelineMark } from '../../../../shared/timeline/types';
import { EventMark } from './EventMark';
import type { LaidLane, OverflowCluster } from './laneLayout';
import { OverflowMarks } from './OverflowMarks';

export const ROW_HEIGHT = 22;
export const LANE_PADDING = 6;

export function markDomId(laneKey: string, eventId: string): string {
  return `tl-mark-${laneKey}-${eventId}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

export const LaneMarks = memo(function LaneMarks(props: {
  lane: LaidLane;
  top: number;
  focusedId: string | null;
  selectedId: string | null;
  onOpen: (event: TimelineMark, laneKey: string) => void;
  onZoom: (cluster: OverflowCluster) => void;
}) {
  const { lane, top } = props;
  const rowY = (row: number) => top + LANE_PADDING + row * ROW_HEIGHT + ROW_HEIGHT / 2;
  return (
    <g className="tl-lane-marks">
      <OverflowMarks clusters={lane.overflow} y={rowY(lane.rows - 1)} onZoom={props.onZoom} />
      {lane.marks.map((mark) => (
        <EventMark
          key={mark.event.id}
          mark={mark}
          y={rowY(mark.row)}
          domId={markDomId(lane.key, mark.event.id)}
          focused={props.focusedId === mark.event.id}
          selected={props.selectedId === mark.event.id}
          onOpen={() => props.onOpen(mark.event, lane.key)}
        />
      ))}
    </g>
  );
});
