import type { TimelineEvent } from '../../../../../shared/timeline/types';
import { useCall } from '../../../api/useCall';
import { goTo, timelineRoute } from '../../../lib/routes';

/** How many of the card's events the section lists (it says when there are more). */
const SHOWN_EVENTS = 200;

/** The card's events and dated relations, in time order (undated last); one opens the Timeline at it. */
export function CardEvents(props: { entityId: string }) {
  const listed = useCall('events.list', { filter: { entityIds: [props.entityId], includeRelations: true }, offset: 0, limit: SHOWN_EVENTS });
  const page = listed.value;
  return (
    <section className="card-section" aria-labelledby="entity-events-heading" data-testid="entity-events">
      <h3 id="entity-events-heading">
        Events <span className="section-count">{page?.total ?? ''}</span>
      </h3>
      {listed.error && <p className="section-empty">The events could not be read: {listed.error}</p>}
      {page && page.items.length === 0 && <p className="section-empty">No events yet — add one from a passage in the Reader (t)</p>}
      {page && page.items.length > 0 && (
        <ul className="backlink-list card-event-list">
          {page.items.map((event) => (
            <li key={`${event.kind}:${event.id}`}>
              <button type="button" className="backlink card-event" data-testid="entity-event" onClick={() => goTo(timelineRoute(event.id))}>
                <span className="card-event-date">{dateLabel(event)}</span>
                <span className="backlink-quote">{event.title}</span>
                {event.kind === 'relation' && <span className="backlink-source">relation</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {page && page.total > page.items.length && (
        <p className="section-empty">
          The first {page.items.length} of {page.total}; the Timeline filtered to this card shows them all.
        </p>
      )}
    </section>
  );
}

/** The main dating's label, "dates disagree" beside it when sources differ, "Undated" when none. */
function dateLabel(event: TimelineEvent): string {
  const main = event.datings[0];
  if (!main) return 'Undated';
  return event.conflict ? `${main.label} (dates disagree)` : main.label;
}
