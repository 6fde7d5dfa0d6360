import { useCall } from '../api/useCall';
import { openNoteInNotebook } from '../lib/pendingCitation';

/** "Cited in: note, note" under a passage in the Reader; a note's title opens it in the Notebook. */
export function NotesCitingPassage(props: { passageId: string }) {
  const notes = useCall('notes.referencing', { passageId: props.passageId }).value ?? [];
  if (notes.length === 0) return null;
  return (
    <p className="cited-in" data-testid="cited-in">
      Cited in:{' '}
      {notes.map((note, index) => (
        <span key={note.id}>
          {index > 0 && ', '}
          <button type="button" className="link-button" onClick={() => openNoteInNotebook(note.id)}>
            {note.title || 'Untitled note'}
          </button>
        </span>
      ))}
    </p>
  );
}
