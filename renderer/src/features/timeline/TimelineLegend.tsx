// What the marks mean, drawn with the chart's own shapes and gradients.
import type { ReactNode } from 'react';
import { fadeId } from './TimelineDefs';

function Swatch(props: { children: ReactNode }) {
  return (
    <svg width={40} height={12} aria-hidden="true">
      {props.children}
    </svg>
  );
}

export function TimelineLegend() {
  return (
    <ul className="tl-legend" aria-label="Legend">
      <li>
        <Swatch>
          <circle className="tl-point tl-event" cx={20} cy={6} r={5} />
        </Swatch>
        a day
      </li>
      <li>
        <Swatch>
          <rect className="tl-bar tl-event" x={1} y={1} width={38} height={10} rx={3} />
        </Swatch>
        a longer date
      </li>
      <li>
        <Swatch>
          <rect className="tl-bar tl-event tl-faded" x={1} y={1} width={38} height={10} rx={3} style={{ fill: `url(#${fadeId('event', 'soft')})` }} />
        </Swatch>
        approximate or uncertain
      </li>
      <li>
        <Swatch>
          <rect className="tl-bar tl-event tl-faded" x={1} y={1} width={38} height={10} rx={3} style={{ fill: `url(#${fadeId('event', 'open-end')})` }} />
        </Swatch>
        open end
      </li>
      <li>
        <Swatch>
          <rect className="tl-bar tl-relation" x={1} y={1} width={38} height={10} rx={3} />
        </Swatch>
        dated relation
      </li>
      <li>
        <Swatch>
          <circle className="tl-point tl-conflict" cx={5} cy={6} r={4} />
          <line className="tl-conflict-link" x1={9} x2={31} y1={6} y2={6} />
          <circle className="tl-point tl-conflict" cx={35} cy={6} r={4} />
        </Swatch>
        sources disagree
      </li>
      <li>
        <Swatch>
          <line className="tl-today-swatch" x1={20} x2={20} y1={0} y2={12} />
        </Swatch>
        today
      </li>
    </ul>
  );
}
