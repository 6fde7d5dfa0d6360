import { api } from '../../api/client';
import { ConfirmDeleteDialog } from '../../components/ConfirmDeleteDialog';
import { displayTitle } from './list/noteTitle';

/** Asks before deleting a note; the note and its history go together. */
export function DeleteNoteDialog(props: { noteId: string; title: string; onCancel: () => void; onDeleted: () => void }) {
  return (
    <ConfirmDeleteDialog
      heading={`Delete “${displayTitle(props.title)}”?`}
      confirmLabel="Delete note"
      testId="delete-note-dialog"
      remove={() => api.call('notes.delete', { id: props.noteId })}
      onCancel={props.onCancel}
      onDeleted={props.onDeleted}
    >
      The note and its saved history are deleted. The clippings, passages and cards it refers to stay as they are.
    </ConfirmDeleteDialog>
  );
}
