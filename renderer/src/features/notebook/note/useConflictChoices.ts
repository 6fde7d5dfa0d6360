// The two ways out of a conflict (the note was saved elsewhere since this page read it): load the newer
// text, dropping this page's changes, or keep this page's text as a new note "… (my version)".
import type { LexicalEditor } from 'lexical';
import type { RefObject } from 'react';
import type { Note } from '../../../../../shared/domain';
import { MAX_TITLE_CHARS } from '../../../../../shared/limits';
import { useAction } from '../../../api/useAction';
import { contentOf } from '../editor/editorContent';
import type { NoteAutosaver } from '../save/autosave';

const MY_VERSION = ' (my version)';

export interface ConflictChoicesInput {
  note: Note;
  saver: NoteAutosaver;
  editorRef: RefObject<LexicalEditor | null>;
  title: () => string;
  /** Shows the newer text (a new session). */
  onReload: (note: Note) => void;
  onOpenNote: (id: string) => void;
  onListChanged: () => void;
  onInfo: (message: string) => void;
}

export function useConflictChoices(input: ConflictChoicesInput) {
  const { run, busy } = useAction();
  const { note, saver } = input;

  const loadNewer = async () => {
    saver.discard();
    const result = await run('notes.get', { id: note.id });
    if (result.ok) input.onReload(result.value);
    else input.onInfo(`The newer version could not be loaded: ${result.error.message}`);
  };

  const keepMine = async () => {
    const content = contentOf(input.editorRef.current!);
    const base = (input.title().trim() || 'Untitled').slice(0, MAX_TITLE_CHARS - MY_VERSION.length);
    const result = await run('notes.create', { title: `${base}${MY_VERSION}`, folder: note.folder, tags: note.tags, content });
    if (!result.ok) {
      input.onInfo(`Your version could not be kept as a new note (it is still here, unsaved): ${result.error.message}`);
      return;
    }
    saver.discard();
    input.onListChanged();
    input.onOpenNote(result.value.id);
  };

  return { busy, loadNewer: () => void loadNewer(), keepMine: () => void keepMine() };
}
