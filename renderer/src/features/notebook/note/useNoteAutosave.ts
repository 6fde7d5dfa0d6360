// One autosaver per session of the note. It reads this session's title and editor when it saves, and
// stores what is unsaved before the page goes away or is hidden, and when the session ends.
import { useEffect, useRef, useState } from 'react';
import type { Note } from '../../../../../shared/domain';
import { api } from '../../../api/client';
import { NoteAutosaver, type NoteDraft, type SaveStatus } from '../save/autosave';

export function useNoteAutosave(note: Note, read: () => NoteDraft, onSaved: () => void): { saver: NoteAutosaver; status: SaveStatus } {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const saved = useRef(onSaved);
  saved.current = onSaved;
  const [saver] = useState(
    () =>
      new NoteAutosaver({
        revision: note.revision,
        read,
        save: (draft) => api.call('notes.save', { id: note.id, ...draft }),
        onStatus: setStatus,
        onSaved: () => saved.current(),
      }),
  );

  useEffect(() => {
    const saveBeforeLeaving = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges || saver.inConflict) return;
      void saver.flush();
      // Ask the browser to hold the page while the save is sent.
      event.preventDefault();
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    window.addEventListener('beforeunload', saveBeforeLeaving);
    document.addEventListener('visibilitychange', saveWhenHidden);
    return () => {
      window.removeEventListener('beforeunload', saveBeforeLeaving);
      document.removeEventListener('visibilitychange', saveWhenHidden);
      // Switching notes or reloading this one: store what is unsaved first.
      saver.dispose();
      void saver.flush();
    };
  }, [saver]);

  return { saver, status };
}
