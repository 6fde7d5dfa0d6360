import type { LexicalEditor } from 'lexical';
import type { RefObject } from 'react';
import { MAX_TITLE_CHARS } from '../../../../../shared/limits';
import { ExportMenu } from '../export/ExportMenu';
import type { NoteAutosaver, SaveStatus } from '../save/autosave';
import { SaveStatusLabel } from '../save/SaveStatusLabel';

/** The note's title (Enter goes on into the text), its save status, and Export, History and Delete. */
export function NoteHead(props: {
  noteId: string;
  title: string;
  onTitle: (title: string) => void;
  saver: NoteAutosaver;
  status: SaveStatus;
  editorRef: RefObject<LexicalEditor | null>;
  onHistory: () => void;
  onDelete: () => void;
}) {
  const { saver } = props;
  return (
    <div className="nb-note-head">
      <input
        className="nb-title"
        aria-label="Title"
        placeholder="Untitled"
        maxLength={MAX_TITLE_CHARS}
        value={props.title}
        onChange={(event) => props.onTitle(event.target.value)}
        onBlur={() => void saver.flush()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            props.editorRef.current?.focus();
          }
        }}
      />
      <SaveStatusLabel status={props.status} />
      <ExportMenu noteId={props.noteId} title={props.title} beforeExport={() => saver.flush()} />
      <button type="button" onClick={props.onHistory}>
        History
      </button>
      <button type="button" className="nb-danger" onClick={props.onDelete}>
        Delete
      </button>
    </div>
  );
}
