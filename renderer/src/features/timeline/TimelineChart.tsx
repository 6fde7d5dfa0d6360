// The drawn timeline: the axis, a lane per card (or type, or tag) with its events stacked in rows, and
// today's marker, all one SVG, so the picture export is what is on screen. Keys and pointer moves here.
import { useMemo, useRef, type RefObject } from 'react';
import type { TimelineEvent } from '../../../../shared/timeline/types';
import { NAIVE_DRAW } from './drawMode';
import { EventMark } from './EventMark';
import type { FocusedEvent } from './focusNav';
import { layoutLane, type LaneGroup } from './laneLayout';
import { OverflowMarks } from './OverflowMarks';
import { AXIS_HEIGHT, TimelineAxis } from './TimelineAxis';
import { TimelineDefs } from './TimelineDefs';
import { useChartGestures } from './useChartGestures';
import { timelineKeyHandler } from './timelineKeys';
import type { TimeWindowControls } from './useTimeWindow';

const LABEL_WIDTH = 160;
const ROW_HEIGHT = 22;
const LANE_PADDING = 6;

function markDomId(focus: FocusedEvent): string {
  return `tl-mark-${focus.laneKey}-${focus.eventId}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

export function TimelineChart(props: {
  lanes: readonly LaneGroup[];
  controls: TimeWindowControls;
  width: number;
  focus: FocusedEvent | null;
  setFocus: (focus: FocusedEvent | null) => void;
  selectedId: string | null;
  onOpen: (event: TimelineEvent) => void;
  onClose: () => void;
  svgRef: RefObject<SVGSVGElement | null>;
}) {
  const { lanes, controls, focus } = props;
  const frame = useRef<HTMLDivElement>(null);
  const plotWidth = Math.max(100, props.width - LABEL_WIDTH);
  const wasDrag = useChartGestures(frame, controls, LABEL_WIDTH, plotWidth);
  const laid = useMemo(() => lanes.map((lane) => layoutLane(lane, controls.window, plotWidth, NAIVE_DRAW)), [lanes, controls.window, plotWidth]);

  let top = AXIS_HEIGHT;
  const placed = laid.map((lane) => {
    const height = lane.rows * ROW_HEIGHT + 2 * LANE_PADDING;
    const at = { lane, top, height };
    top += height;
    return at;
  });
  const height = Math.max(top + 8, 120);
  const onKeyDown = timelineKeyHandler({ ...props, panelOpen: props.selectedId !== null });
  const open = (event: TimelineEvent, laneKey: string) => {
    if (wasDrag()) return;
    props.setFocus({ laneKey, eventId: event.id });
    props.onOpen(event);
  };

  return (
    <div
      ref={frame}
      className="tl-frame"
      tabIndex={0}
      role="group"
      aria-label="Timeline chart: arrows move between events, + and − zoom, Enter opens"
      aria-activedescendant={focus ? markDomId(focus) : undefined}
      data-testid="timeline-chart"
      onKeyDown={onKeyDown}
    >
      <svg ref={props.svgRef} className="tl-svg" width={props.width} height={height} xmlns="http://www.w3.org/2000/svg">
        <TimelineDefs />
        <clipPath id="tl-plot-clip">
          <rect x={LABEL_WIDTH} y={0} width={plotWidth} height={height} />
        </clipPath>
        <rect className="tl-background" width={props.width} height={height} />
        {placed.map(({ lane, top: y, height: h }, i) => (
          <rect key={lane.key} className={i % 2 ? 'tl-lane-bg tl-lane-odd' : 'tl-lane-bg'} x={0} y={y} width={props.width} height={h} />
        ))}
        <g clipPath="url(#tl-plot-clip)">
          <TimelineAxis window={controls.window} width={plotWidth} height={height} left={LABEL_WIDTH} now={Date.now()} />
          <g transform={`translate(${LABEL_WIDTH} 0)`}>
            {placed.map(({ lane, top: y }) => (
              <OverflowMarks
                key={lane.key}
                clusters={lane.overflow}
                y={y + LANE_PADDING + (lane.rows - 1) * ROW_HEIGHT + ROW_HEIGHT / 2}
                onZoom={(cluster) => !wasDrag() && controls.showRange(cluster.start, cluster.end)}
              />
            ))}
            {placed.map(({ lane, top: y }) =>
              lane.marks.map((mark) => {
                const id = { laneKey: lane.key, eventId: mark.event.id };
                return (
                  <EventMark
                    key={`${lane.key}/${mark.event.id}`}
                    mark={mark}
                    y={y + LANE_PADDING + mark.row * ROW_HEIGHT + ROW_HEIGHT / 2}
                    domId={markDomId(id)}
                    focused={focus?.laneKey === lane.key && focus.eventId === mark.event.id}
                    selected={props.selectedId === mark.event.id}
                    onOpen={() => open(mark.event, lane.key)}
                  />
                );
              }),
            )}
          </g>
        </g>
        {placed.map(({ lane, top: y, height: h }) => (
          <g key={lane.key} className="tl-lane-label" data-lane={lane.label}>
            <line className="tl-lane-rule" x1={0} x2={props.width} y1={y + h} y2={y + h} />
            <text x={10} y={y + LANE_PADDING + ROW_HEIGHT / 2} dy="0.35em">
              {lane.label.length > 22 ? `${lane.label.slice(0, 21)}…` : lane.label}
              <title>{`${lane.label}: ${lane.events.length} dated`}</title>
            </text>
          </g>
        ))}
        <line className="tl-gutter-rule" x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} />
      </svg>
    </div>
  );
}
