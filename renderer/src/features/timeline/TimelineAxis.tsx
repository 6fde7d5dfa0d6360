// The time axis across the top with grid lines down through the lanes, and today's marker. Drawn over
// the chart's layout stretch, in its coordinates: memoised, so a pan that only slides it redraws nothing
// (but for a tick passing the left edge: ticks left of the shown window have no label, as if not drawn).
import { memo } from 'react';
import type { Tick } from './ticks';
import { toX, type TimeWindow } from './timeScale';

export const AXIS_HEIGHT = 30;

export const TimelineAxis = memo(function TimelineAxis(props: {
  window: TimeWindow;
  width: number;
  height: number;
  ticks: readonly Tick[];
  /** The first tick labelled: the first at or after the shown window's start. */
  labelsFrom: number;
  now: number;
}) {
  const { window, width, height, ticks } = props;
  const today = toX(window, width, props.now);
  return (
    <g className="tl-axis">
      <line className="tl-axis-line" x1={0} x2={width} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} />
      {ticks.map((tick) => {
        const x = toX(window, width, tick.time);
        return (
          <g key={tick.time} className={tick.major ? 'tl-tick tl-tick-major' : 'tl-tick'}>
            <line className="tl-grid" x1={x} x2={x} y1={AXIS_HEIGHT - 6} y2={height} />
            {tick.time >= props.labelsFrom && (
              <text className="tl-tick-label" x={x + 4} y={AXIS_HEIGHT - 10}>
                {tick.label}
              </text>
            )}
          </g>
        );
      })}
      {today >= 0 && today <= width && (
        <g className="tl-today" data-testid="timeline-today">
          <line x1={today} x2={today} y1={AXIS_HEIGHT - 4} y2={height} />
          <text x={today - 4} y={AXIS_HEIGHT + 12} textAnchor="end">
            Today
          </text>
        </g>
      )}
    </g>
  );
});
