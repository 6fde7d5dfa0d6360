// Opening a note at a search match: the search leaves the matched words here and opens the note;
// the note's editor, once its text is on the page, takes them (once) to scroll there and flash.
const KEY = 'notebook.pendingMatch';

export interface NoteMatch {
  noteId: string;
  /** The matched words as the snippet showed them. */
  text: string;
  /** Where the core found them in the note's plain text: the nearest occurrence is the one shown. */
  near: number;
}

export function leaveNoteMatch(match: NoteMatch): void {
  sessionStorage.setItem(KEY, JSON.stringify(match));
}

/** The match waiting for this note, taken once; null when there is none or it is for another note. */
export function takeNoteMatch(noteId: string): NoteMatch | null {
  const stored = sessionStorage.getItem(KEY);
  if (stored === null) return null;
  try {
    const match = JSON.parse(stored) as NoteMatch;
    if (match.noteId !== noteId) return null;
    sessionStorage.removeItem(KEY);
    return typeof match.text === 'string' && typeof match.near === 'number' ? match : null;
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}
