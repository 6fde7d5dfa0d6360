// The open note, read from the core; each load of it is shown as a new NoteSession.
import { useRef } from 'react';
import { NoteSession } from './note/NoteSession';
import { useOpenNote } from './note/useOpenNote';

export interface NotePaneProps {
  noteId: string;
  /** Every folder in use, offered when filing the note. */
  folders: string[];
  onListChanged: () => void;
  onOpenNote: (id: string | null) => void;
  /** Where a click on an entity mention goes (else the evidence plugins change the URL themselves). */
  onOpenEntity?: (entityId: string) => void;
}

export function NotePane(props: NotePaneProps) {
  const onOpenNote = useRef(props.onOpenNote);
  onOpenNote.current = props.onOpenNote;
  const { loaded, loadError, show, setFiled } = useOpenNote(props.noteId, () => onOpenNote.current(null));

  if (loadError) {
    return (
      <section className="nb-note nb-note-message" role="alert">
        This note could not be opened: {loadError}
      </section>
    );
  }
  if (!loaded) return <section className="nb-note" aria-busy="true" />;
  return (
    <NoteSession
      key={loaded.session}
      note={loaded.note}
      folders={props.folders}
      onReload={show}
      onFiled={setFiled}
      onListChanged={props.onListChanged}
      onOpenNote={props.onOpenNote}
      onOpenEntity={props.onOpenEntity}
    />
  );
}
