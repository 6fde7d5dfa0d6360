// The card of an event opened on the timeline: its dates (each with its evidence when sources
// disagree), type, participants, place, tags, grade and evidence passages, each opening the Reader.
import type { EventEvidence, TimelineEvent } from '../../../../shared/timeline/types';
import { entityRoute, goTo, readerRoute } from '../../lib/routes';

function EvidenceList(props: { evidence: EventEvidence[] }) {
  if (props.evidence.length === 0) return null;
  return (
    <ul className="tl-evidence">
      {props.evidence.map((passage) => (
        <li key={passage.id}>
          <button type="button" className="tl-evidence-open" onClick={() => goTo(readerRoute(passage.clippingId, passage.id))}>
            <q>{passage.exact}</q>
          </button>
          <span className="tl-evidence-source">
            {[passage.clippingTitle, passage.outlet, passage.publishedAt].filter(Boolean).join(' · ')}
            {passage.grade && <span className="tl-grade"> {passage.grade}</span>}
            {passage.anchorStatus === 'orphaned' && <span className="hint"> (passage no longer found in its text)</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Datings(props: { event: TimelineEvent }) {
  const { event } = props;
  if (event.datings.length === 0) return <p className="hint">Undated: add a date to place it on the timeline.</p>;
  if (event.datings.length === 1) {
    const dating = event.datings[0]!;
    return (
      <>
        <p className="tl-panel-date">
          {dating.label} <code>{dating.edtf}</code>
        </p>
        <EvidenceList evidence={dating.evidence} />
      </>
    );
  }
  return (
    <>
      {event.conflict && (
        <p className="tl-conflict-note" role="note">
          Sources disagree: these dates share no day. Each is shown with the passages that give it.
        </p>
      )}
      <ol className="tl-datings">
        {event.datings.map((dating) => (
          <li key={dating.id}>
            <p className="tl-panel-date">
              {dating.label} <code>{dating.edtf}</code>
            </p>
            <EvidenceList evidence={dating.evidence} />
          </li>
        ))}
      </ol>
    </>
  );
}

export function EventPanel(props: { event: TimelineEvent; onClose: () => void; onDelete: (event: TimelineEvent) => void }) {
  const { event } = props;
  return (
    <aside
      className="tl-panel"
      aria-label={`Event: ${event.title}`}
      data-testid="timeline-event-card"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        props.onClose();
      }}
    >
      <header className="tl-panel-header">
        <h2>{event.title}</h2>
        <button type="button" className="tl-panel-close" aria-label="Close the event card" onClick={props.onClose}>
          ×
        </button>
      </header>
      {event.kind === 'relation' && <p className="hint">A dated relation between two cards, read from the relation.</p>}
      <Datings event={event} />
      {event.description && <p>{event.description}</p>}
      <dl className="tl-panel-facts">
        {event.type && (
          <>
            <dt>Type</dt>
            <dd>{event.type}</dd>
          </>
        )}
        <dt>Participants</dt>
        <dd>
          {event.participants.length === 0
            ? 'None yet'
            : event.participants.map((card) => (
                <button key={card.id} type="button" className="link-button tl-card-link" onClick={() => goTo(entityRoute(card.id))}>
                  {card.name}
                </button>
              ))}
        </dd>
        {event.place && (
          <>
            <dt>Place</dt>
            <dd>
              <button type="button" className="link-button tl-card-link" onClick={() => goTo(entityRoute(event.place!.id))}>
                {event.place.name}
              </button>
            </dd>
          </>
        )}
        {event.tags.length > 0 && (
          <>
            <dt>Tags</dt>
            <dd>
              {event.tags.map((tag) => (
                <span key={tag} className="tag-chip">
                  {tag}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>Grade</dt>
        <dd>
          {event.grade
            ? event.grade.best === event.grade.worst
              ? event.grade.best
              : `best ${event.grade.best}, worst ${event.grade.worst}`
            : 'No graded evidence'}
        </dd>
      </dl>
      {event.evidence.length > 0 && (
        <>
          <h3>Other evidence</h3>
          <EvidenceList evidence={event.evidence} />
        </>
      )}
      {event.kind === 'event' && (
        <div className="tl-panel-actions">
          <button type="button" className="danger" onClick={() => props.onDelete(event)}>
            Delete event
          </button>
        </div>
      )}
    </aside>
  );
}
