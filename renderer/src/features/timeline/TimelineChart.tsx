// The drawn timeline: the axis, a lane per card (or type, or tag) with its events stacked in rows, and
// today's marker, all one SVG, so the picture export is what is on screen. Keys and pointer moves here.
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { TimelineMark } from '../../../../shared/timeline/types';
import { NAIVE_DRAW } from './drawMode';
import { clusteredFocusTime, type FocusedEvent } from './focusNav';
import { LANE_PADDING, LaneMarks, markDomId, ROW_HEIGHT } from './LaneMarks';
import { layoutLane, type LaneGroup, type OverflowCluster } from './laneLayout';
import { frameTransform, layoutFrameFor, type LayoutFrame } from './layoutFrame';
import { AXIS_HEIGHT, TimelineAxis } from './TimelineAxis';
import { TimelineDefs } from './TimelineDefs';
import { useChartGestures } from './useChartGestures';
import { timelineKeyHandler } from './timelineKeys';
import { ticksFor } from './ticks';
import { MIN_SPAN } from './timeScale';
import type { TimeWindowControls } from './useTimeWindow';

const LABEL_WIDTH = 160;

export function TimelineChart(props: {
  lanes: readonly LaneGroup[];
  controls: TimeWindowControls;
  width: number;
  focus: FocusedEvent | null;
  setFocus: (focus: FocusedEvent | null) => void;
  selectedId: string | null;
  onOpen: (event: TimelineMark) => void;
  onClose: () => void;
  svgRef: RefObject<SVGSVGElement | null>;
}) {
  const { lanes, controls, focus } = props;
  const view = controls.window;
  const frame = useRef<HTMLDivElement>(null);
  const plotWidth = Math.max(100, props.width - LABEL_WIDTH);
  const { wasDrag, zooming } = useChartGestures(frame, controls, LABEL_WIDTH, plotWidth);
  // Laid out over a wider stretch than shown, once per zoom level: a pan slides it, a wheel zoom stretches
  // it until the gesture ends (the naive way lays out every frame).
  const lastFrame = useRef<LayoutFrame | null>(null);
  const layoutFrame = layoutFrameFor(lastFrame.current, view, plotWidth, NAIVE_DRAW, zooming);
  lastFrame.current = layoutFrame;
  const laid = useMemo(
    () => lanes.map((lane) => layoutLane(lane, layoutFrame.window, layoutFrame.width, NAIVE_DRAW, layoutFrame.viewRight)),
    // The frame object stays the same while it serves; a new one means a new layout.
    [lanes, layoutFrame],
  );
  const slide = frameTransform(layoutFrame, view, plotWidth);
  const ticks = useMemo(() => ticksFor(layoutFrame.window, layoutFrame.width), [layoutFrame]);
  const labelsFrom = ticks.find((tick) => tick.time >= view.start)?.time ?? Infinity;
  const slideTransform = `translate(${LABEL_WIDTH - slide.x} 0)${Math.abs(slide.k - 1) < 1e-9 ? '' : ` scale(${slide.k} 1)`}`;

  // An event counted in a "+N" cluster has the focus but is not drawn: zoom in around it until it is.
  const hiddenFocus = clusteredFocusTime(laid, focus);
  const canZoomIn = view.end - view.start > MIN_SPAN;
  useEffect(() => {
    if (hiddenFocus !== null && canZoomIn) controls.zoomIn(hiddenFocus);
  }, [hiddenFocus, canZoomIn, laid, controls]);

  let top = AXIS_HEIGHT;
  const placed = laid.map((lane) => {
    const height = lane.rows * ROW_HEIGHT + 2 * LANE_PADDING;
    const at = { lane, top, height };
    top += height;
    return at;
  });
  const height = Math.max(top + 8, 120);
  const onKeyDown = timelineKeyHandler({ ...props, panelOpen: props.selectedId !== null });
  const latest = useRef({ props, wasDrag });
  latest.current = { props, wasDrag };
  const open = useCallback((event: TimelineMark, laneKey: string) => {
    if (latest.current.wasDrag()) return;
    latest.current.props.setFocus({ laneKey, eventId: event.id });
    latest.current.props.onOpen(event);
  }, []);
  const zoomInto = useCallback((cluster: OverflowCluster) => {
    if (!latest.current.wasDrag()) latest.current.props.controls.showRange(cluster.start, cluster.end);
  }, []);

  return (
    <div
      ref={frame}
      className="tl-frame"
      tabIndex={0}
      role="group"
      aria-label="Timeline chart: arrows move between events, + and − zoom, Enter opens"
      aria-activedescendant={focus ? markDomId(focus.laneKey, focus.eventId) : undefined}
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
          {/* The axis and the marks are drawn over the layout's stretch and slid (or stretched) together: a pan changes one attribute. */}
          <g className="tl-slide" transform={slideTransform}>
            <TimelineAxis
              window={layoutFrame.window}
              width={layoutFrame.width}
              height={height}
              ticks={ticks}
              labelsFrom={labelsFrom}
              now={layoutFrame.madeAt}
            />
            <g data-testid="timeline-marks">
              {placed.map(({ lane, top: y }) => (
                <LaneMarks
                  key={lane.key}
                  lane={lane}
                  top={y}
                  focusedId={focus?.laneKey === lane.key ? focus.eventId : null}
                  selectedId={props.selectedId}
                  onOpen={open}
                  onZoom={zoomInto}
                />
              ))}
            </g>
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
