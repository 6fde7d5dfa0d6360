// The open note as the core has it. Each load (the first read, Load newer, a restore) is a new
// session: the pane starts its editor and autosave again for it. Filing or tagging is not.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../../../../shared/domain';
import { useCall } from '../../../api/useCall';

export interface LoadedNote {
  note: Note;
  /** Bumped by every load. */
  session: number;
}

export interface OpenNote {
  loaded: LoadedNote | null;
  /** Why the note could not be read (a deleted note is not an error: the pane closes). */
  loadError: string | null;
  /** Shows this state of the note as a new session. */
  show: (note: Note) => void;
  /** The note was filed or tagged: the same session goes on. */
  setFiled: (folder: string | null, tags: string[]) => void;
}

export function useOpenNote(noteId: string, onGone: () => void): OpenNote {
  const read = useCall('notes.get', { id: noteId });
  const [shown, setShown] = useState<LoadedNote | null>(null);
  const loaded = shown ?? (read.value ? { note: read.value, session: 0 } : null);
  const current = useRef(loaded);
  current.current = loaded;
  const gone = useRef(onGone);
  gone.current = onGone;

  // Deleted since it was last open: show no note rather than an error.
  useEffect(() => {
    if (read.errorCode === 'not_found') gone.current();
  }, [read.errorCode]);

  const show = useCallback((note: Note) => setShown({ note, session: (current.current?.session ?? 0) + 1 }), []);
  const setFiled = useCallback((folder: string | null, tags: string[]) => {
    const now = current.current;
    if (now) setShown({ ...now, note: { ...now.note, folder, tags } });
  }, []);

  return { loaded, loadError: read.errorCode === 'not_found' ? null : read.error, show, setFiled };
}
