import { useEffect, useState } from 'react';
import type { NoteRef } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { openNoteInNotebook } from '../../../lib/pendingCitation';

/** The notes that mention the card (derived on save, so no note is parsed here); a title opens the note. */
export function NoteBacklinks(props: { entityId: string }) {
  const [notes, setNotes] = useState<NoteRef[] | null>(null);
  useEffect(() => {
    let current = true;
    void api.call('notes.referencing', { entityId: props.entityId }).then((result) => {
      if (current) setNotes(result.ok ? result.value : []);
    });
    return () => {
      current = false;
    };
  }, [props.entityId]);
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
