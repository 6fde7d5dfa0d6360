// One event on the chart: a point for a day, a bar for a longer date (soft-edged when approximate or
// uncertain, fading at an open end), every dating side by side with a conflict mark when sources disagree.
import type { PlacedMark, PlacedSegment } from './laneLayout';
import { POINT_RADIUS } from './laneLayout';
import { fadeId, type FadeKind, type MarkTone } from './TimelineDefs';

const BAR_HEIGHT = 12;

function fadeOf(segment: PlacedSegment): FadeKind | null {
  const open = segment.start === null ? 'open-start' : segment.end === null ? 'open-end' : null;
  if (segment.soft) return open ? `soft-${open}` : 'soft';
  return open;
}

function Segment(props: { segment: PlacedSegment; tone: MarkTone; y: number }) {
  const { segment, tone, y } = props;
  if (segment.point) {
    const x = (segment.x0 + segment.x1) / 2;
    if (tone === 'relation') {
      const r = POINT_RADIUS + 1;
      return <path className={`tl-point tl-${tone}`} d={`M${x} ${y - r}L${x + r} ${y}L${x} ${y + r}L${x - r} ${y}Z`} />;
    }
    return <circle className={`tl-point tl-${tone}${segment.soft ? ' tl-soft-point' : ''}`} cx={x} cy={y} r={POINT_RADIUS} />;
  }
  const fade = fadeOf(segment);
  return (
    <rect
      className={`tl-bar tl-${tone}${fade ? ' tl-faded' : ''}`}
      x={segment.x0}
      y={y - BAR_HEIGHT / 2}
      width={segment.x1 - segment.x0}
      height={BAR_HEIGHT}
      rx={3}
      // Inline, because the class's CSS fill would win over a fill attribute.
      style={fade ? { fill: `url(#${fadeId(tone, fade)})` } : undefined}
    />
  );
}

export function EventMark(props: { mark: PlacedMark; y: number; domId: string; focused: boolean; selected: boolean; onOpen: () => void }) {
  const { mark, y } = props;
  const { event } = mark;
  const tone: MarkTone = event.conflict ? 'conflict' : event.kind === 'relation' ? 'relation' : 'event';
  const dates = mark.segments.map((segment) => segment.label).join(' or ');
  const first = mark.segments[0]!;
  const last = mark.segments[mark.segments.length - 1]!;
  const middle = (first.x1 + last.x0) / 2;
  return (
    <g
      id={props.domId}
      className={`tl-mark${props.selected ? ' tl-selected' : ''}`}
      role="button"
      aria-label={`${event.title}, ${dates}${event.conflict ? ' (sources disagree)' : ''}`}
      data-event-id={event.id}
      onClick={props.onOpen}
    >
      <title>{`${event.title} — ${dates}`}</title>
      {props.focused && (
        <rect className="tl-focus-ring" data-focus-ring x={mark.extentStart - 4} y={y - 10} width={mark.extentEnd - mark.extentStart + 8} height={20} rx={5} />
      )}
      {mark.segments.length > 1 && <line className="tl-conflict-link" x1={first.x1} x2={last.x0} y1={y} y2={y} />}
      {mark.segments.map((segment) => (
        <Segment key={segment.datingId} segment={segment} tone={tone} y={y} />
      ))}
      {event.conflict && mark.segments.length > 1 && (
        <g className="tl-conflict-badge" aria-hidden="true">
          <circle cx={middle} cy={y} r={6} />
          <text x={middle} y={y} dy="0.35em" textAnchor="middle">
            !
          </text>
        </g>
      )}
      <text className="tl-label" x={mark.labelX} y={y} dy="0.35em" textAnchor={mark.labelSide === 'before' ? 'end' : 'start'}>
        {mark.label}
      </text>
    </g>
  );
}
