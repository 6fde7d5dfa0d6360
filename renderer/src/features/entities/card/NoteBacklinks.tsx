import { useCall } from '../../../api/useCall';
import { openNoteInNotebook } from '../../../lib/pendingCitation';

/** The notes that mention the card (derived on save, so no note is parsed here); a title opens the note. */
export function NoteBacklinks(props: { entityId: string }) {
  const referencing = useCall('notes.referencing', { entityId: props.entityId });
  // A failed read lists no notes, as an empty section rather than an error beside the card.
  const notes = referencing.value ?? (referencing.error ? [] : null);
  return (
    <section className="card-section" aria-labelledby="entity-notes-heading">
      <h3 id="entity-notes-heading">
        Notes <span className="section-count">{notes?.length ?? ''}</span>
      </h3>
      {notes && notes.length === 0 && <p className="section-empty">No note mentions this card yet. In a note, type @ and its name.</p>}
      {notes && notes.length > 0 && (
        <ul className="backlink-list" data-testid="entity-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <button type="button" className="backlink" onClick={() => openNoteInNotebook(note.id)}>
                <span className="backlink-quote">{note.title || 'Untitled note'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
