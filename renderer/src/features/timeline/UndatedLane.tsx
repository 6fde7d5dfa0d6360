// Undated events are kept, never dropped: listed under the chart until they get a date.
import { memo } from 'react';
import type { TimelineMark } from '../../../../shared/timeline/types';

/** Memoised: it can hold hundreds of events, and the chart above it redraws on every pan. */
export const UndatedLane = memo(function UndatedLane(props: { events: TimelineMark[]; selectedId: string | null; onOpen: (event: TimelineMark) => void }) {
  if (props.events.length === 0) return null;
  return (
    <section className="tl-undated" aria-label="Undated events" data-testid="timeline-undated">
      <h2>Undated</h2>
      <ul>
        {props.events.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className={props.selectedId === event.id ? 'tl-undated-event tl-selected' : 'tl-undated-event'}
              onClick={() => props.onOpen(event)}
            >
              {event.title}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
});
