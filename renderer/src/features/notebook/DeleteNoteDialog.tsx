import { useState } from 'react';
import { api } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { displayTitle } from './list/noteFacets';

/** Asks before deleting a note; the note and its history go together. */
export function DeleteNoteDialog(props: { noteId: string; title: string; onCancel: () => void; onDeleted: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const result = await api.call('notes.delete', { id: props.noteId });
    setBusy(false);
    if (result.ok) props.onDeleted();
    else setError(result.error.message);
  };
  return (
    <Dialog labelledBy="nb-delete-title" onCancel={props.onCancel} className="nb-confirm-dialog" testId="delete-note-dialog">
      <div className="dialog-form">
        <h2 id="nb-delete-title">Delete “{displayTitle(props.title)}”?</h2>
        <p>The note and its saved history are deleted. The clippings, passages and cards it refers to stay as they are.</p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel} autoFocus>
            Cancel
          </button>
          <button type="button" className="nb-danger" disabled={busy} onClick={() => void remove()}>
            Delete note
          </button>
        </div>
      </div>
    </Dialog>
  );
}
